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
    <View className='plan-section' id={sectionId(k)}>
      <View className='section__head' role='button' aria-expanded={isOpen} onClick={() => toggle(k)}>
        <View className='cells__title'>{`${meta?.index ?? ''}、${meta?.title ?? ''}`}</View>
        <Text className='section__toggle'>{isOpen ? '收起' : '展开'}</Text>
      </View>
      {isOpen ? (
        <View className='cells'>{children}</View>
      ) : (
        <View className='section__summary' onClick={() => toggle(k)}>
          {summary(k)}
        </View>
      )}
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
