import type { ReactNode } from 'react'
import { Button as TaroButton, Text } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'

const H5 = process.env.TARO_ENV === 'h5'

export type ButtonKind = 'primary' | 'default' | 'warn' | 'text' | 'danger-text'

interface Props {
  kind?: ButtonKind
  small?: boolean
  disabled?: boolean
  loading?: boolean
  openType?: ButtonProps['openType']
  className?: string
  onClick?: () => void
  children: ReactNode
}

/**
 * The app's button. The disabled look comes from a class set only when the button really is
 * disabled: Taro's H5 button writes disabled="false" on an enabled one, which a `[disabled]`
 * selector would grey out.
 */
export function Button({
  kind = 'default',
  small,
  disabled = false,
  loading = false,
  openType,
  className,
  onClick,
  children,
}: Props) {
  const classes = ['btn', `btn--${kind}`, small ? 'btn--small' : '', disabled ? 'btn--disabled' : '', className ?? '']
  return (
    <TaroButton
      className={classes.filter(Boolean).join(' ')}
      disabled={disabled}
      // In H5, Taro's button inserts its spinner with its own virtual DOM among the children React
      // manages, and toggling it throws insertBefore NotFoundError (issue 13): H5 gets our spinner.
      loading={H5 ? undefined : loading}
      // WeChat's open abilities (share…) have no H5 counterpart; Taro's HTML button would only
      // write the prop onto its element.
      openType={H5 ? undefined : openType}
      onClick={disabled ? undefined : onClick}
      aria-disabled={disabled ? 'true' : undefined}
    >
      {H5 ? <Text className={loading ? 'btn__spinner btn__spinner--on' : 'btn__spinner'} /> : null}
      {children}
    </TaroButton>
  )
}
