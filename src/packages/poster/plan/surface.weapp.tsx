import { useCallback, useEffect, useRef, useState } from 'react'
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@/components/button'
import { POSTER_HEIGHT, POSTER_WIDTH, drawPoster, layoutPoster, measureWith } from '../draw'
import type { PosterContext } from '../draw'
import type { EnvVersion, PosterData } from '../load'

export const PLATFORM: 'weapp' | 'h5' = 'weapp'

/** 开发版 / 体验版 / 正式版: the 小程序码 must open the build the owner is using. */
export function envVersion(): EnvVersion | undefined {
  try {
    const v = Taro.getAccountInfoSync().miniProgram.envVersion
    return v === 'develop' || v === 'trial' || v === 'release' ? v : undefined
  } catch {
    return undefined
  }
}

const CANVAS_ID = 'poster-canvas'

/** The part of WeChat's canvas 2D node the poster uses. */
interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): PosterContext<WxImage>
  createImage(): WxImage
}
interface WxImage {
  src: string
  onload: (() => void) | null
  onerror: ((e: unknown) => void) | null
}

function canvasNode(): Promise<CanvasNode | null> {
  return new Promise((resolve) => {
    const page = Taro.getCurrentInstance().page
    const query = Taro.createSelectorQuery()
    const scoped = page ? query.in(page as unknown as Parameters<typeof query.in>[0]) : query
    scoped
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: CanvasNode }[] | null) => resolve(res?.[0]?.node ?? null))
  })
}

/** The 小程序码 arrives as base64: a file in the user data folder is what a canvas image can load. */
function writeCode(base64: string, token: string): Promise<string> {
  const filePath = `${Taro.env.USER_DATA_PATH}/poster-code-${token}.png`
  return new Promise((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: base64,
      encoding: 'base64',
      success: () => resolve(filePath),
      fail: reject,
    }),
  )
}

function loadImage(node: CanvasNode, src: string): Promise<WxImage> {
  return new Promise((resolve, reject) => {
    const img = node.createImage()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = src
  })
}

/** WeChat's errMsg when the user has refused (now or earlier) the album permission. */
export function isAlbumRefusal(error: unknown): boolean {
  const msg = typeof error === 'object' && error && 'errMsg' in error ? String(error.errMsg) : String(error)
  return /auth den(y|ied)|authorize no response|permission/i.test(msg)
}

const ALBUM_SCOPE = 'scope.writePhotosAlbum'

export function PosterSurface({ poster }: { poster: PosterData }) {
  const node = useRef<CanvasNode | null>(null)
  const [drawn, setDrawn] = useState(false)
  const [drawError, setDrawError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [refused, setRefused] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const canShareImage = Taro.canIUse('showShareImageMenu')

  const draw = useCallback(async () => {
    setDrawn(false)
    setDrawError(null)
    try {
      const canvas = await canvasNode()
      if (!canvas) throw new Error('canvas node not found')
      canvas.width = POSTER_WIDTH
      canvas.height = POSTER_HEIGHT
      const ctx = canvas.getContext('2d')
      const code = await loadImage(canvas, await writeCode(poster.code.base64, poster.token))
      drawPoster(ctx, layoutPoster(poster.content, measureWith(ctx)), code)
      node.current = canvas
      setDrawn(true)
    } catch {
      setDrawError('海报没有画出来，请重试')
    }
  }, [poster])

  useEffect(() => {
    // The canvas exists once this render reaches the view layer.
    Taro.nextTick(() => void draw())
  }, [draw])

  const exportFile = async (): Promise<string> => {
    const canvas = node.current
    if (!canvas) throw new Error('not drawn')
    const res = await Taro.canvasToTempFilePath({
      canvas: canvas as unknown as Taro.canvasToTempFilePath.Option['canvas'],
      destWidth: POSTER_WIDTH,
      destHeight: POSTER_HEIGHT,
      fileType: 'png',
    })
    return res.tempFilePath
  }

  const save = async () => {
    setBusy(true)
    setNotice(null)
    try {
      const filePath = await exportFile()
      await Taro.saveImageToPhotosAlbum({ filePath })
      setRefused(false)
      void Taro.showToast({ title: '已保存到相册', icon: 'success' })
    } catch (error) {
      if (isAlbumRefusal(error)) setRefused(true)
      else setNotice('没有保存成功，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  // openSetting must run in a tap: this is the button's handler, not a follow-up of a dialog.
  const openSettings = async () => {
    try {
      const { authSetting } = await Taro.openSetting()
      if (authSetting[ALBUM_SCOPE]) {
        setRefused(false)
        await save()
      } else setNotice('还没有打开「添加到相册」，打开后才能保存')
    } catch {
      setNotice('没能打开设置，请稍后再试')
    }
  }

  const share = async () => {
    setNotice(null)
    try {
      const path = await exportFile()
      await Taro.showShareImageMenu({ path })
    } catch (error) {
      // Closing the menu without choosing is a cancel, not a failure.
      if (!/cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error)))
        setNotice('没能打开分享菜单，请先保存到相册再发朋友圈')
    }
  }

  return (
    <View>
      <View className='poster__stage'>
        <Canvas type='2d' id={CANVAS_ID} className='poster__canvas' />
      </View>
      {drawError ? (
        <View className='state' role='alert'>
          <View>{drawError}</View>
          <View className='btn-area'>
            <Button onClick={() => void draw()}>重试</Button>
          </View>
        </View>
      ) : null}
      {refused ? (
        <View className='poster__denied' role='alert'>
          <View>保存到相册需要你允许微信「添加到相册」。之前选了不允许，请在设置里打开，打开后会自动保存。</View>
          <View className='btn-area'>
            <Button kind='primary' onClick={() => void openSettings()}>
              去设置里打开
            </Button>
          </View>
        </View>
      ) : null}
      {notice ? (
        <View className='field-error poster__notice' role='alert'>
          {notice}
        </View>
      ) : null}
      {drawError ? null : (
        <View className='btn-area'>
          <Button kind='primary' loading={busy} disabled={!drawn || busy} onClick={() => void save()}>
            {drawn ? '保存到相册' : '正在画海报…'}
          </Button>
          {canShareImage ? (
            <Button disabled={!drawn} onClick={() => void share()}>
              发给朋友或分享到朋友圈
            </Button>
          ) : null}
        </View>
      )}
    </View>
  )
}
