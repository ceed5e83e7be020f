/** @jest-environment jsdom */
// The poster sub-package as WeChat runs it: asks share.poster for the 开发版's code, draws the
// poster on a canvas 2D node (here @napi-rs/canvas stands in for WeChat's canvas, so the pixels are
// real), then saves to the album: the first save is refused (the owner once tapped 不允许), the
// page explains and offers the settings, and after 允许 there it saves.
const fs = require('fs')
const os = require('os')
const path = require('path')
const { createCanvas, GlobalFonts, Image } = require('@napi-rs/canvas')
const { bootPage } = require('./support/boot')
const { findByText, getByText, queryAllByText, tap, waitFor } = require('./support/dom')

/** Fetching the code and drawing take a while on a loaded machine: wait longer than findByText's 10 s. */
const drawnSave = (page) => waitFor(() => getByText(page, '保存到相册'), { timeout: 20_000 })

GlobalFonts.registerFromPath('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYi Micro Hei')

const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAA'
const ok = (data) => ({ ok: true, data })

/** A stand-in 小程序码: solid magenta, so its square on the poster is recognisable. */
function codeBase64() {
  const c = createCanvas(280, 280)
  const ctx = c.getContext('2d')
  ctx.fillStyle = '#ff00ff'
  ctx.fillRect(0, 0, 280, 280)
  return c.toBuffer('image/png').toString('base64')
}

const POSTER = ok({
  token: TOKEN,
  expiresAt: Date.UTC(2026, 11, 25),
  reused: false,
  page: 'packages/plan/shared/index',
  code: { contentType: 'image/png', base64: codeBase64() },
  plan: {
    name: '山城小面馆',
    content: {
      positioning: { statement: '社区街坊的早餐和午饭：十分钟出餐' },
      tools: [],
      firstMoves: [
        { title: '开通服务号', reason: '菜单接到小程序点餐' },
        { title: '建街坊社群', reason: '每天 11 点发当日菜单' },
        { title: '视频号', reason: '每周两条后厨短视频' },
      ],
    },
  },
})

function stubWx(dir, album) {
  const canvas = createCanvas(300, 150)
  const saved = []
  const settingsOpened = []
  let refuseNext = album.refuseFirst
  return {
    canvas,
    saved,
    settingsOpened,
    setup(wx) {
      wx.env = { USER_DATA_PATH: dir }
      wx.canIUse = (name) => name === 'showShareImageMenu'
      wx.getAccountInfoSync = () => ({ miniProgram: { appId: 'wx0123456789abcdef', envVersion: 'develop' } })
      wx.getFileSystemManager = () => ({
        writeFile: ({ filePath, data, encoding, success, fail }) => {
          try {
            fs.writeFileSync(filePath, Buffer.from(data, encoding))
            if (success) success({ errMsg: 'writeFile:ok' })
          } catch (e) {
            if (fail) fail({ errMsg: `writeFile:fail ${e.message}` })
          }
        },
      })
      const node = Object.assign(canvas, {
        createImage: () => new Image(),
      })
      const query = {
        in: () => query,
        select: () => query,
        fields: () => query,
        exec: (cb) => setTimeout(() => cb([{ node, width: 300, height: 480 }]), 0),
      }
      wx.createSelectorQuery = () => query
      wx.canvasToTempFilePath = ({ canvas: c, destWidth, destHeight, success }) => {
        const file = path.join(dir, `tmp-${saved.length}.png`)
        fs.writeFileSync(file, c.toBuffer('image/png'))
        success({ tempFilePath: file, errMsg: 'canvasToTempFilePath:ok', destWidth, destHeight })
      }
      wx.saveImageToPhotosAlbum = ({ filePath, success, fail }) => {
        if (refuseNext) {
          refuseNext = false
          fail({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
          return
        }
        saved.push(filePath)
        success({ errMsg: 'saveImageToPhotosAlbum:ok' })
      }
      wx.openSetting = ({ success }) => {
        settingsOpened.push(true)
        success({ authSetting: { 'scope.writePhotosAlbum': album.allowInSettings }, errMsg: 'openSetting:ok' })
      }
      wx.showShareImageMenu = ({ success }) => success({ errMsg: 'showShareImageMenu:ok' })
      wx.showToast = () => {}
    },
  }
}

function pixel(canvas, x, y) {
  const d = canvas.getContext('2d').getImageData(x, y, 1, 1).data
  return `#${[d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`
}

describe('weapp build: 朋友圈 poster', () => {
  let dir
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-poster-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  test('asks for the 开发版 code, draws the poster, and after a refused album permission retries from the settings', async () => {
    const wxs = stubWx(dir, { refuseFirst: true, allowInSettings: true })
    const { page, cloud } = bootPage('packages/poster/plan/index', {
      query: { id: 'plan_1' },
      cloudSetup: (c) => c.on('share.poster', POSTER),
      wxSetup: (wx) => wxs.setup(wx),
    })
    const save = await drawnSave(page)
    expect(cloud.callsTo('share.poster').map((c) => c.input)).toEqual([{ planId: 'plan_1', envVersion: 'develop' }])
    // Drawn at the poster's size: the brand band on top, the code's magenta in its square.
    expect([wxs.canvas.width, wxs.canvas.height]).toEqual([750, 1200])
    expect(pixel(wxs.canvas, 10, 10)).toBe('#07c160')
    expect(pixel(wxs.canvas, 750 - 56 - 110, 1200 - 56 - 110)).toBe('#ff00ff')
    expect(await findByText(page, '发给朋友或分享到朋友圈')).toBeTruthy()
    expect(await findByText(page, /2026-12-25前有效/)).toBeTruthy()

    tap(save)
    const explain = await findByText(page, /保存到相册需要你允许微信「添加到相册」/)
    expect(explain).toBeTruthy()
    expect(wxs.saved).toEqual([])
    tap(await findByText(page, '去设置里打开'))
    await waitFor(() => expect(wxs.saved).toHaveLength(1))
    expect(wxs.settingsOpened).toHaveLength(1)
    // What went to the album is the poster, at full size.
    const png = fs.readFileSync(wxs.saved[0])
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([750, 1200])
    await waitFor(() => expect(queryAllByText(page, '去设置里打开')).toHaveLength(0))
  })

  test('when the owner leaves the permission off in the settings, it says so and saves nothing', async () => {
    const wxs = stubWx(dir, { refuseFirst: true, allowInSettings: false })
    const { page } = bootPage('packages/poster/plan/index', {
      query: { id: 'plan_1' },
      cloudSetup: (c) => c.on('share.poster', POSTER),
      wxSetup: (wx) => wxs.setup(wx),
    })
    tap(await drawnSave(page))
    tap(await findByText(page, '去设置里打开'))
    expect(await findByText(page, '还没有打开「添加到相册」，打开后才能保存')).toBeTruthy()
    expect(wxs.saved).toEqual([])
  })

  test('a refused code shows the reason in Chinese with a retry', async () => {
    const wxs = stubWx(dir, { refuseFirst: false, allowInSettings: true })
    const { page, cloud } = bootPage('packages/poster/plan/index', {
      query: { id: 'plan_1' },
      cloudSetup: (c) =>
        c.on('share.poster', { ok: false, error: { code: 'INTERNAL', message: '暂时无法生成小程序码，请稍后再试' } }),
      wxSetup: (wx) => wxs.setup(wx),
    })
    expect(await findByText(page, '暂时无法生成小程序码，请稍后再试')).toBeTruthy()
    cloud.on('share.poster', POSTER)
    tap(await findByText(page, '重试'))
    expect(await drawnSave(page)).toBeTruthy()
  })
})
