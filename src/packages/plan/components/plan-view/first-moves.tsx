import { View } from '@tarojs/components'
import { PLAN_SECTIONS, type FirstMove, type SectionKey } from '@/core/plan/schema'

/** 先做这三件事: each move with its one-line why and a link to the section it comes from. */
export function FirstMoves({ moves, onGo }: { moves: readonly FirstMove[]; onGo: (key: SectionKey) => void }) {
  if (moves.length === 0) return null
  return (
    <View className='pv-fm' role='region' aria-label='先做这三件事'>
      <View className='pv-fm__h'>先做这三件事</View>
      {moves.map((m, i) => {
        const s = PLAN_SECTIONS.find((x) => x.key === m.section)
        return (
          <View className='pv-fm__i' key={i}>
            <View className='pv-fm__t'>{`${i + 1}. ${m.title}`}</View>
            <View className='pv-fm__w'>{m.reason}</View>
            <View className='pv-fm__l' role='link' onClick={() => onGo(m.section)}>
              {`见第${s?.index ?? ''}部分 ${s?.title ?? ''} ›`}
            </View>
          </View>
        )
      })}
    </View>
  )
}

/** The section index: every section one tap away. */
export function SectionIndex({ onGo }: { onGo: (key: SectionKey) => void }) {
  return (
    <View className='pv-ix' role='navigation' aria-label='方案目录'>
      {PLAN_SECTIONS.map((s) => (
        <View className='pv-ix__c' key={s.key} role='link' onClick={() => onGo(s.key)}>
          {`${s.index} ${s.title}`}
        </View>
      ))}
    </View>
  )
}
