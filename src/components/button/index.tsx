import type { ReactNode } from 'react'
import { Button as TaroButton } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'

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
      loading={loading}
      openType={openType}
      onClick={disabled ? undefined : onClick}
      aria-disabled={disabled ? 'true' : undefined}
    >
      {children}
    </TaroButton>
  )
}
