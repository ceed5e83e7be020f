import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { usePlans } from '@/stores/plans'
import { Empty, ErrorState, Loading } from '@/components/states'
import { Button } from '@/components/button'
import { confirmDanger } from './confirm'
import { PlanCell } from './plan-cell'
import { useDraftOffer } from './draft-offer'
import { homeShown, loadHome, startHomeRequests } from './first-load'
import { DeletedBanner } from './deleted-banner'
import { RecentlyDeleted } from './recently-deleted'
import './index.scss'

const WIZARD = '/packages/wizard/index'

const loadAll = loadHome

// The first screen: its data is asked for as soon as this code runs (if the app entry has not
// already done so), before React renders the page, so the list arrives with the first render.
startHomeRequests()

export default function Home() {
  const items = usePlans((s) => s.items)
  const status = usePlans((s) => s.status)
  const error = usePlans((s) => s.error)
  const offline = usePlans((s) => s.offline)
  const nextCursor = usePlans((s) => s.nextCursor)
  const offer = useDraftOffer((s) => s.offer)
  const { params } = useRouter()
  // The first show reuses the requests started above; coming back (from a plan, the wizard) reloads.
  useDidShow(homeShown)
  usePullDownRefresh(() => {
    void Promise.all([usePlans.getState().load(), useDraftOffer.getState().load()]).finally(() =>
      Taro.stopPullDownRefresh(),
    )
  })
  useReachBottom(() => {
    void usePlans.getState().loadMore()
  })

  const openWizard = () => Taro.navigateTo({ url: WIZARD })
  const discardDraft = async () => {
    if (!offer) return
    if (await confirmDanger('放弃这份草稿？', `「${offer.name}」已填写的回答会被删除，不能恢复。`, '放弃')) {
      await useDraftOffer.getState().discard()
    }
  }
  // One new-plan draft at a time: a new plan starts after the open one is let go.
  const newPlan = async () => {
    if (offer) {
      const ok = await confirmDanger(
        '新建一份方案？',
        `未完成的「${offer.name}」会被放弃。想继续它，请点“继续填写”。`,
        '放弃并新建',
      )
      if (!ok) return
      await useDraftOffer.getState().discard()
    }
    void openWizard()
  }

  return (
    <View className='page home'>
      <View className='page__desc page__desc--lead'>回答几个问题，得到一份可解释的微信企业定位方案。</View>
      {params.deleted ? <DeletedBanner planId={params.deleted} onRestored={loadAll} /> : null}
      {offer ? <View className='cells__title'>未完成的方案</View> : null}
      {offer ? (
        <View className='cells draft-offer'>
          <View className='cell'>
            <View className='cell__body'>
              <View className='cell__title'>{offer.name}</View>
              <View className='cell__meta'>已填 {offer.answered} 项，回答都已保存</View>
              <View className='cell__actions'>
                <Button kind='primary' small onClick={() => void openWizard()}>
                  继续填写
                </Button>
                <Button kind='text' small onClick={() => void discardDraft()}>
                  放弃草稿
                </Button>
              </View>
            </View>
          </View>
        </View>
      ) : null}
      {status === 'loading' && items.length === 0 ? <Loading /> : null}
      {status === 'error' ? (
        <ErrorState
          message={offline ? '网络不可用，请联网后重试' : (error ?? '加载失败')}
          onRetry={() => void usePlans.getState().load()}
        />
      ) : null}
      {status === 'ready' && items.length === 0 && !offer ? (
        <Empty
          title='还没有方案'
          desc='大约 5 分钟，按微信生态的八个方面梳理你的定位。'
          action={
            <Button kind='primary' onClick={() => void openWizard()}>
              开始定位
            </Button>
          }
        />
      ) : null}
      {items.length > 0 ? (
        <>
          <View className='cells__title'>已保存的方案（最近更新在前）</View>
          <View className='cells'>
            {items.map((p) => (
              <PlanCell key={p.id} plan={p} />
            ))}
          </View>
          {nextCursor ? (
            <View className='btn-area'>
              <Button onClick={() => void usePlans.getState().loadMore()}>加载更多</Button>
            </View>
          ) : null}
        </>
      ) : null}
      {items.length > 0 || offer ? (
        <View className='btn-area'>
          <Button kind={offer ? 'default' : 'primary'} onClick={() => void newPlan()}>
            新建方案
          </Button>
        </View>
      ) : null}
      <RecentlyDeleted liveCount={items.length} onRestored={loadAll} />
      <View className='cells'>
        <View className='cell' role='button' onClick={() => Taro.navigateTo({ url: '/packages/copy/index' })}>
          <View className='cell__body'>
            <View className='cell__title'>检查文案</View>
            <View className='cell__meta'>发布前查诱导分享和广告法禁用词</View>
          </View>
          <View className='cell__arrow'>›</View>
        </View>
      </View>
    </View>
  )
}
