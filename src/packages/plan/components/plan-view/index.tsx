import { useCallback, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { liftContent } from '@/core/plan/legacy'
import type { PlanContent, SectionKey } from '@/core/plan/schema'
import { sectionSummary } from '@/core/plan/summary'
import type { Answers } from '@/core/wizard/answers'
import { INDUSTRIES } from '@/core/wizard/questions'
import type { Industry } from '@/core/wizard/questions'
import type { SavedChecksSource } from '@/stores/copy-checks'
import { AnswersContext } from './why'
import { SectionsContext, sectionId } from './section'
import { FirstMoves, SectionIndex } from './first-moves'
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
  /** Names calendar events the owner adds to the phone. */
  planName?: string
  /** The owner is spoken to; a colleague reads in the third person. */
  voice?: Voice
  /** Whose saved copy checks the compliance section lists: the owner's plan, or a share link. */
  checks?: SavedChecksSource
}

const industryOf = (answers: Answers): Industry | null =>
  INDUSTRIES.some((o) => o.value === answers.industry) ? answers.industry : null

/**
 * A plan as the owner acts on it: 先做这三件事, the section index, then the ten sections of
 * PRODUCT.md, each closed behind its one-line summary (the positioning statement is its own).
 * Content from older rule-base releases is lifted to today's shape first.
 */
export function PlanView({ content, answers, targets, onSaveTargets, planName, voice = OWNER_VOICE, checks }: Props) {
  const c = useMemo(() => liftContent(content), [content])
  // Everything starts closed; the positioning statement shows as its own summary.
  const [open, setOpen] = useState<ReadonlySet<SectionKey>>(() => new Set<SectionKey>())
  const toggle = useCallback(
    (key: SectionKey) =>
      setOpen((prev) => {
        const next = new Set(prev)
        if (next.has(key)) next.delete(key)
        else next.add(key)
        return next
      }),
    [],
  )
  const go = useCallback((key: SectionKey) => {
    setOpen((prev) => (prev.has(key) ? prev : new Set(prev).add(key)))
    // After the section has rendered open; a failed scroll leaves the owner where they were.
    setTimeout(() => {
      Promise.resolve(Taro.pageScrollTo({ selector: `#${sectionId(key)}`, duration: 200 })).catch(() => undefined)
    }, 60)
  }, [])
  const sections = useMemo(
    () => ({ open, toggle, summary: (key: SectionKey) => sectionSummary(c, key) }),
    [open, toggle, c],
  )
  const copy = { industry: industryOf(answers), source: checks }
  return (
    <VoiceContext.Provider value={voice}>
      <AnswersContext.Provider value={answers}>
        <SectionsContext.Provider value={sections}>
          <View className='plan-view'>
            <FirstMoves moves={c.firstMoves ?? []} onGo={go} />
            <SectionIndex onGo={go} />
            <Positioning content={c} />
            <Tools content={c} />
            <Audience content={c} />
            <Accounts content={c} />
            <Content content={c} planName={planName ?? answers.name} copy={copy} />
            <KpiBoard content={c} targets={targets} onSave={onSaveTargets} />
            <Compliance content={c} copy={copy} />
            <Differentiation content={c} />
            <Tech content={c} />
            <Iteration content={c} />
          </View>
        </SectionsContext.Provider>
      </AnswersContext.Provider>
    </VoiceContext.Provider>
  )
}
