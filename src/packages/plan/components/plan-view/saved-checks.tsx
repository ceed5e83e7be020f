import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { SavedCopyCheck } from '@/core/api'
import type { Industry } from '@/core/wizard/questions'
import { confirmDanger } from '@/components/actions'
import { formatDate } from '@/components/format'
import { copyCheckUrl } from '@/packages/copy/url'
import { sourceKey, useSavedChecks } from '@/stores/copy-checks'
import type { SavedChecksSource } from '@/stores/copy-checks'
import './saved-checks.scss'

const EXCERPT = 40

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : chars.join('')
}

function Counts({ check }: { check: SavedCopyCheck }) {
  const c = check.counts
  if (c.total === 0) return <Text className='saved-check__clean'>没有发现问题</Text>
  return (
    <>
      {c.high ? <Text className='saved-check__sev saved-check__sev--high'>高风险 {c.high}</Text> : null}
      {c.medium ? <Text className='saved-check__sev saved-check__sev--medium'>中风险 {c.medium}</Text> : null}
      {c.low ? <Text className='saved-check__sev saved-check__sev--low'>提醒 {c.low}</Text> : null}
    </>
  )
}

/**
 * The compliance section's way into the checker, and the checks the owner saved under this plan
 * (date, counts by severity; tap to open and check again). A colleague reads the list through the
 * share link and cannot delete. Without a source (an old version's page) only the way in shows.
 */
export function SavedChecks({ source, industry }: { source?: SavedChecksSource; industry: Industry | null }) {
  const key = source ? sourceKey(source) : ''
  const list = useSavedChecks((s) => (key ? s.lists[key] : undefined))
  const load = useSavedChecks((s) => s.load)
  const remove = useSavedChecks((s) => s.remove)
  const planId = source && 'planId' in source ? source.planId : undefined
  const token = source && 'token' in source ? source.token : undefined

  useEffect(() => {
    if (source) void load(source)
    // The key names the source; a new object for the same plan must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, load])

  const go = (url: string) => void Taro.navigateTo({ url })
  const open = (c: SavedCopyCheck) =>
    go(copyCheckUrl(undefined, c.industry ?? industry, { planId, token, saved: c.id }))
  const del = async (c: SavedCopyCheck) => {
    if (!planId) return
    if (!(await confirmDanger('删除这条检查？', '只删除保存的检查记录，不影响方案。'))) return
    const failed = await remove(planId, c.id)
    if (failed) void Taro.showToast({ title: failed, icon: 'none' })
  }
  const items = list?.items ?? []

  return (
    <View className='item saved-checks'>
      <View className='item__title'>文案检查</View>
      <View className='item__meta'>发朋友圈、公众号或社群前，先查一查诱导分享、绝对化用语和行业禁用说法。</View>
      <View
        className='saved-checks__open'
        role='button'
        onClick={() => go(copyCheckUrl(undefined, industry, { planId }))}
      >
        检查一段文案 ›
      </View>
      {source ? (
        <>
          <View className='saved-checks__title'>
            {planId ? '保存的检查' : '方案主人保存的检查'}
            {items.length ? `（${items.length}）` : ''}
          </View>
          {list?.status === 'error' ? (
            <View className='saved-checks__error' role='alert'>
              {list.error}
              <Text className='saved-checks__retry' onClick={() => void load(source)}>
                重试
              </Text>
            </View>
          ) : null}
          {list?.status === 'loading' && items.length === 0 ? (
            <View className='saved-checks__empty'>正在读取…</View>
          ) : null}
          {list?.status === 'ready' && items.length === 0 ? (
            <View className='saved-checks__empty'>
              {planId
                ? '还没有保存的检查。检查文案后点「保存到方案」，结果会列在这里。'
                : '方案主人还没有保存文案检查。'}
            </View>
          ) : null}
          {items.map((c) => (
            <View className='saved-check' key={c.id}>
              <View className='saved-check__body' role='button' onClick={() => open(c)}>
                <View className='saved-check__when'>{formatDate(c.savedAt)}</View>
                <View className='saved-check__text'>{excerpt(c.text)}</View>
                <View className='saved-check__counts'>
                  <Counts check={c} />
                </View>
                {c.categories.length ? (
                  <View className='saved-check__categories'>{c.categories.join('、')}</View>
                ) : null}
              </View>
              <View className='saved-check__actions'>
                <Text className='saved-check__action' onClick={() => open(c)}>
                  重新检查 ›
                </Text>
                {planId ? (
                  <Text className='saved-check__action saved-check__action--danger' onClick={() => void del(c)}>
                    删除
                  </Text>
                ) : null}
              </View>
            </View>
          ))}
        </>
      ) : null}
    </View>
  )
}
