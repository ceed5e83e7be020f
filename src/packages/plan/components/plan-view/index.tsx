import { View } from '@tarojs/components'
import type { PlanContent } from '@/core/plan/schema'
import type { Answers } from '@/core/wizard/answers'
import { AnswersContext } from './why'
import { OWNER_VOICE, VoiceContext, type Voice } from '../voice'
import {
  Accounts,
  Audience,
  Compliance,
  Content,
  Differentiation,
  Iteration,
  Positioning,
  Tech,
  Tools,
} from './sections'
import { KpiBoard } from './kpi-board'
import './index.scss'

interface Props {
  content: PlanContent
  answers: Answers
  targets: Record<string, number>
  onSaveTargets?: (targets: Record<string, number>) => Promise<string | null>
  /** The owner is spoken to; a colleague reads in the third person. */
  voice?: Voice
}

/** The ten sections of a plan, in the order PRODUCT.md gives them; read-only unless onSaveTargets is set. */
export function PlanView({ content, answers, targets, onSaveTargets, voice = OWNER_VOICE }: Props) {
  return (
    <VoiceContext.Provider value={voice}>
      <AnswersContext.Provider value={answers}>
        <View className='plan-view'>
          <Positioning content={content} />
          <Tools content={content} />
          <Audience content={content} />
          <Accounts content={content} />
          <Content content={content} />
          <KpiBoard content={content} targets={targets} onSave={onSaveTargets} />
          <Compliance content={content} />
          <Differentiation content={content} />
          <Tech content={content} />
          <Iteration content={content} />
        </View>
      </AnswersContext.Provider>
    </VoiceContext.Provider>
  )
}
