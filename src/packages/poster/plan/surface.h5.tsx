import { useEffect, useState } from 'react'
import { Image, View } from '@tarojs/components'
import { sharedPath } from '@/stores/share'
import { Button } from '@/components/button'
import { POSTER_HEIGHT, POSTER_WIDTH, drawPoster, layoutPoster, measureWith } from '../draw'
import type { PosterContext } from '../draw'
import type { EnvVersion, PosterData } from '../load'
import { drawQr, qrModules } from '../qr'

export const PLATFORM: 'weapp' | 'h5' = 'h5'

/** The browser is no build of the mini program: its code is a QR of the link, not a 小程序码. */
export function envVersion(): EnvVersion | undefined {
  return undefined
}

/** The link the QR code carries: the same page a share card opens, in this H5 app. */
export function posterLink(token: string): string {
  return `${window.location.origin}${window.location.pathname}#${sharedPath(token)}`
}

/** Drawn at twice the poster's code box, so the modules stay sharp when the poster scales it down. */
const QR_PIXELS = 440

function renderPng(poster: PosterData): string {
  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  const ctx = canvas.getContext('2d')
  const qr = document.createElement('canvas')
  qr.width = QR_PIXELS
  qr.height = QR_PIXELS
  const qctx = qr.getContext('2d')
  if (!ctx || !qctx) throw new Error('canvas 2d unavailable')
  drawQr(qctx, qrModules(posterLink(poster.token)), QR_PIXELS)
  const posterCtx = ctx as unknown as PosterContext<HTMLCanvasElement>
  drawPoster(posterCtx, layoutPoster(poster.content, measureWith(posterCtx)), qr)
  return canvas.toDataURL('image/png')
}

/** A file name the owner recognises in their downloads. */
function fileName(poster: PosterData): string {
  const safe = poster.content.businessName.replace(/[\\/:*?"<>|\s]+/g, '')
  return `${safe || '定位方案'}-朋友圈海报.png`
}

export function PosterSurface({ poster }: { poster: PosterData }) {
  const [png, setPng] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    try {
      setPng(renderPng(poster))
      setError(null)
    } catch {
      setError('这个浏览器画不出海报，请换一个浏览器再试')
    }
  }, [poster])

  const download = () => {
    if (!png) return
    const a = document.createElement('a')
    a.href = png
    a.download = fileName(poster)
    document.body.appendChild(a)
    a.click()
    a.remove()
  }

  if (error)
    return (
      <View className='field-error poster__error' role='alert'>
        {error}
      </View>
    )
  return (
    <View>
      <View className='poster__stage'>
        {png ? <Image className='poster__image' src={png} mode='aspectFit' ariaLabel='朋友圈海报' /> : null}
      </View>
      <View className='btn-area'>
        <Button kind='primary' disabled={!png} onClick={download}>
          下载海报图片
        </Button>
      </View>
    </View>
  )
}
