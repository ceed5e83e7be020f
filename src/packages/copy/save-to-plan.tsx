import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCopyCheck } from '@/stores/copy'

const PLAN_PATH = '/packages/plan/detail/index'

/**
 * 保存到方案: keeps the check (text, counts, time) under the plan it was opened from, or under
 * one of the owner's plans chosen here. Only a fresh result can be saved: the summary must be
 * the one the owner is looking at. A colleague (opened through a share link) cannot save.
 */
export function SaveToPlan() {
  const s = useCopyCheck()
  const { saving, origin } = s
  if (origin.token) return null

  if (saving.status === 'saved') {
    const back = () => {
      // Opened from that plan: go back to it (its compliance section already lists the check).
      if (origin.planId === saving.planId) void Taro.navigateBack()
      else void Taro.navigateTo({ url: `${PLAN_PATH}?id=${encodeURIComponent(saving.planId)}` })
    }
    return (
      <View className='copy-save copy-save--done' role='status'>
        <View>
          已保存到方案「{saving.planName}」的文案检查（共 {saving.saved} 条，最多 {saving.max} 条）。
        </View>
        <Text className='copy-save__link' onClick={back}>
          {origin.planId === saving.planId ? '回到方案 ›' : '去方案里看 ›'}
        </Text>
      </View>
    )
  }

  if (saving.status === 'choosing') {
    return (
      <View className='copy-save'>
        <View className='copy-save__title'>保存到哪份方案？</View>
        {saving.plans === null ? <View className='copy-save__note'>正在读取你的方案…</View> : null}
        {saving.error ? (
          <View className='field-error' role='alert'>
            {saving.error}
          </View>
        ) : null}
        {saving.plans && saving.plans.length === 0 && !saving.error ? (
          <View className='copy-save__note'>你还没有方案。先做一份定位方案，再把检查保存到它下面。</View>
        ) : null}
        {(saving.plans ?? []).map((p) => (
          <View key={p.id} className='copy-save__plan' role='button' onClick={() => void s.save(p.id)}>
            {p.name}
          </View>
        ))}
        <Text className='copy-save__link' onClick={() => s.cancelSave()}>
          取消
        </Text>
      </View>
    )
  }

  const busy = saving.status === 'saving'
  return (
    <View className='copy-save'>
      {saving.status === 'error' ? (
        <View className='field-error' role='alert'>
          {saving.message}
        </View>
      ) : null}
      <Button
        className='btn btn--default'
        loading={busy}
        {...(busy ? { disabled: true } : {})}
        onClick={() => void (origin.planId ? s.save() : s.choosePlan())}
      >
        {busy ? '保存中…' : '保存到方案'}
      </Button>
      <View className='copy-save__note'>
        保存这段文案、检查结果和时间，方案的合规部分会列出来。不保存就不会留下记录。
      </View>
    </View>
  )
}
