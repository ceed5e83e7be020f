import { createContext, useContext, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { PLAN_SECTIONS, type SectionKey, type Why } from '@/core/plan/schema'
import { WhyNote } from './why'
import { Terms } from './glossary'

/** Which sections are open, and how to open one (from the index or a first move). */
export interface SectionsState {
  open: ReadonlySet<SectionKey>
  toggle: (key: SectionKey) => void
  summary: (key: SectionKey) => string
}

export const SectionsContext = createContext<SectionsState>({
  open: new Set(PLAN_SECTIONS.map((s) => s.key)),
  toggle: () => undefined,
  summary: () => '',
})

export const sectionId = (key: SectionKey) => `plan-${key}`

/**
 * A plan section: a heading that opens and closes it, and its one-line summary while closed.
 * Closed sections render nothing else, so the first screen stays small (setData ≤ 8 KB).
 */
export function Section({ k, children }: { k: SectionKey; children: ReactNode }) {
  const { open, toggle, summary } = useContext(SectionsContext)
  const meta = PLAN_SECTIONS.find((s) => s.key === k)
  const isOpen = open.has(k)
  return (
    // Short class names and no extra nodes: a closed section is five nodes in the first setData.
    // 展开/收起 is drawn by CSS (::after); the summary sits inside the heading, tapping either opens.
    <View className='pv-sec' id={sectionId(k)}>
      <View
        className={isOpen ? 'pv-sh pv-sh--open' : 'pv-sh'}
        role='button'
        aria-expanded={isOpen}
        onClick={() => toggle(k)}
      >
        {`${meta?.index ?? ''}、${meta?.title ?? ''}`}
        {isOpen ? null : <View className='pv-ss'>{summary(k)}</View>}
      </View>
      {isOpen ? <View className='cells'>{children}</View> : null}
    </View>
  )
}

/** One recommendation: a title, optional lines, its glossary terms and its why. */
export function Item({
  title,
  meta,
  why,
  terms,
  children,
}: {
  title: ReactNode
  meta?: ReactNode
  why: Why
  /** The item's text, scanned for glossary terms. */
  terms?: string
  children?: ReactNode
}) {
  return (
    <View className='item'>
      <View className='item__title'>{title}</View>
      {meta ? <View className='item__meta'>{meta}</View> : null}
      {children}
      {terms ? <Terms text={terms} /> : null}
      <WhyNote why={why} />
    </View>
  )
}

export function Label({ children }: { children: ReactNode }) {
  return <Text className='item__label'>{children}</Text>
}
