import { useEffect } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@/components/button'
import Taro, { useRouter } from '@tarojs/taro'
import { useShare } from '@/stores/share'
import { Empty, ErrorState, Loading } from '@/components/states'
import { THEME } from '@/theme'
import { DateTime } from '@/components/date-time'
import { Phrases } from '@/components/phrases'

const STATUS: Record<string, string> = { active: '有效', revoked: '已撤销', expired: '已过期' }

export default function Shares() {
  const { params } = useRouter()
  const planId = params.id ?? ''
  const { links, linksStatus, error, loadLinks, revoke } = useShare()

  useEffect(() => {
    if (planId) void loadLinks(planId)
  }, [planId, loadLinks])

  const onRevoke = async (token: string) => {
    const { confirm } = await Taro.showModal({
      title: '撤销这个链接？',
      content: '撤销后，拿到这个链接的人将无法再查看方案。',
      confirmText: '撤销',
      confirmColor: THEME.danger,
    })
    if (!confirm) return
    const failed = await revoke(planId, token)
    void Taro.showToast({ title: failed ?? '已撤销', icon: failed ? 'none' : 'success' })
  }

  if (!planId) return <ErrorState message='链接不完整，找不到方案' />
  if (linksStatus === 'error')
    return <ErrorState message={error ?? '加载失败'} onRetry={() => void loadLinks(planId)} />
  if (linksStatus !== 'ready') return <Loading />
  if (links.length === 0) return <Empty title='还没有分享过' desc='在方案页点「分享给同事」会生成一个只读链接。' />
  return (
    <View className='page'>
      <View className='page__desc page__desc--lead'>
        <Phrases text='按创建先后编号，最新的在最上面。拿到链接的同事可以只读查看并保存副本；撤销后立即失效。' />
      </View>
      <View className='cells'>
        {links.map((l, i) => (
          <View className='cell share-row' key={l.token}>
            <View className='cell__body'>
              <View className='cell__title'>
                链接 {links.length - i} · {STATUS[l.status] ?? '已失效'}
              </View>
              <View className='cell__meta'>
                创建于 <DateTime ms={l.createdAt} /> · {l.status === 'revoked' && l.revokedAt ? '撤销于' : '有效期至'}{' '}
                <DateTime ms={l.status === 'revoked' && l.revokedAt ? l.revokedAt : l.expiresAt} />
              </View>
            </View>
            {l.status === 'active' ? (
              <Button kind='warn' small className='share-row__revoke' onClick={() => void onRevoke(l.token)}>
                撤销
              </Button>
            ) : null}
          </View>
        ))}
      </View>
    </View>
  )
}
