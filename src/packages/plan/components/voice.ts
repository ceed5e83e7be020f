import { createContext, useContext } from 'react'

/**
 * Who is reading the plan. The owner is spoken to ("你的回答"); a colleague reads about the
 * person who shared it, in the third person.
 */
export interface Voice {
  answers: string
  target: string
  inferredFrom: string
}

export const OWNER_VOICE: Voice = { answers: '你的回答', target: '你设置的目标', inferredFrom: '你的回答' }
export const COLLEAGUE_VOICE: Voice = {
  answers: '分享人的回答',
  target: '分享人设置的目标',
  inferredFrom: '分享人的回答',
}

export const VoiceContext = createContext<Voice>(OWNER_VOICE)
export const useVoice = (): Voice => useContext(VoiceContext)
