import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { THEME } from '@/theme'
import { Button } from '../button'
import { keepPhrasesWhole } from '../format'
import './index.scss'

export interface SecondaryAction {
  label: string
  onTap: () => void
}

export interface DestructiveAction {
  label: string
  /** What the confirmation asks and says will happen; the action runs only after 确定. */
  confirmTitle: string
  confirmContent: string
  confirmText?: string
  onConfirm: () => void
}

/** Opens the platform's action sheet; a cancel (tap outside, 取消) is not an error. */
export async function openActionSheet(actions: readonly SecondaryAction[]): Promise<void> {
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: actions.map((a) => a.label) })
    actions[tapIndex]?.onTap()
  } catch {
    // cancelled
  }
}

/**
 * Asks before a destructive action, with the destructive word in red; resolves true on 确定. The
 * dialog is the platform's, laid out from a plain string: quoted names and short clauses are kept whole there.
 */
export async function confirmDanger(title: string, content: string, confirmText = '删除'): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title,
    content: keepPhrasesWhole(content),
    confirmText,
    confirmColor: THEME.danger,
  })
  return confirm
}

interface Props {
  /** The one thing most owners come to do here (a primary Button, or a component that renders one). */
  primary?: ReactNode
  /** Everything else, behind 更多 (an action sheet holds at most six). */
  more?: readonly SecondaryAction[]
  /** Kept apart at the bottom, quiet, and always confirmed. */
  destructive?: DestructiveAction
}

/**
 * The app's one action pattern: a primary button, secondary actions in a 更多 action sheet,
 * destructive ones apart and confirmed.
 */
export function Actions({ primary, more = [], destructive }: Props) {
  const runDestructive = async () => {
    if (!destructive) return
    const ok = await confirmDanger(destructive.confirmTitle, destructive.confirmContent, destructive.confirmText)
    if (ok) destructive.onConfirm()
  }
  return (
    <View className='actions'>
      <View className='actions__main'>
        {primary ? <View className='actions__primary'>{primary}</View> : null}
        {more.length > 0 ? (
          <Button className='actions__more' onClick={() => void openActionSheet(more)}>
            更多
          </Button>
        ) : null}
      </View>
      {destructive ? (
        <View className='actions__danger'>
          <Button kind='danger-text' small onClick={() => void runDestructive()}>
            {destructive.label}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
