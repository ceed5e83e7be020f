import { Button, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { usePlans } from '@/stores/plans'
import { Empty, ErrorState, Loading } from '@/components/states'
import { PlanCell } from './plan-cell'
import { useDraftOffer } from './draft-offer'
import { DeletedBanner } from './deleted-banner'
import { RecentlyDeleted } from './recently-deleted'

export default function Home() {
  const { items, status, error, nextCursor, load, loadMore } = usePlans()
  const draft = useDraftOffer()
  const { params } = useRouter()

  useDidShow(() => {
    void load()
  })
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void loadMore()
  })

  const startWizard = () => Taro.navigateTo({ url: '/packages/wizard/index' })

  return (
    <View className='page'>
      <View className='page__title'>我的方案</View>
      <View className='page__desc'>回答几个问题，得到一份可解释的微信企业定位方案。</View>
      {params.deleted ? <DeletedBanner planId={params.deleted} onRestored={() => void load()} /> : null}
      {draft ? (
        <View className='cells'>
          <View className='cell' onClick={startWizard} role='button'>
            <View className='cell__body'>
              <View className='cell__title'>继续填写未完成的方案</View>
              <View className='cell__meta'>{draft}</View>
            </View>
            <View className='cell__arrow'>继续 ›</View>
          </View>
        </View>
      ) : null}
      {status === 'loading' && items.length === 0 ? <Loading /> : null}
      {status === 'error' ? <ErrorState message={error ?? '加载失败'} onRetry={() => void load()} /> : null}
      {status === 'ready' && items.length === 0 && !draft ? (
        <Empty
          title='还没有方案'
          desc='大约 5 分钟，按微信生态的八个方面梳理你的定位。'
          action={
            <Button className='btn btn--primary' onClick={startWizard}>
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
              <Button className='btn btn--default' onClick={() => void loadMore()}>
                加载更多
              </Button>
            </View>
          ) : null}
        </>
      ) : null}
      {items.length > 0 || draft ? (
        <View className='btn-area'>
          <Button className='btn btn--primary' onClick={startWizard}>
            {draft ? '继续填写' : '新建方案'}
          </Button>
        </View>
      ) : null}
      <RecentlyDeleted liveCount={items.length} onRestored={() => void load()} />
      <View className='cells'>
        <View className='cell' role='button' onClick={() => Taro.navigateTo({ url: '/packages/copy/index' })}>
          <View className='cell__body'>
            <View className='cell__title'>检查文案</View>
            <View className='cell__meta'>发朋友圈、公众号前，查诱导分享和广告法禁用词</View>
          </View>
          <View className='cell__arrow'>›</View>
        </View>
      </View>
    </View>
  )
}
