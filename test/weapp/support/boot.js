/**
 * Boots Taro's compiled weapp output (dist/weapp) inside miniprogram-simulate, the way WeChat
 * would: app.js first (it registers the shared webpack chunks on `wx.webpackJsonp` and calls
 * App()), then a page's own js (which calls Page()), rendered from the page's wxml through the
 * official wcc compiler.
 *
 * miniprogram-simulate only implements Component(), so Page() is shimmed onto Component();
 * getApp/getCurrentPages/requirePlugin and the wx APIs Taro and our code use are stubbed.
 */
const fs = require('fs')
const path = require('path')
const { createFakeCloud } = require('./fake-cloud')

// WP_WEAPP_DIST points the loader at another build (e.g. a CI artifact).
const DIST = path.resolve(process.env.WP_WEAPP_DIST || path.join(__dirname, '../../../dist/weapp'))

function assertBuilt() {
  for (const f of ['app.js', 'app.json', 'base.wxml', 'pages/home/index.js']) {
    if (!fs.existsSync(path.join(DIST, f))) {
      throw new Error(`dist/weapp is missing or incomplete (${f} not found): run npm run build:weapp first`)
    }
  }
}

function createStorage() {
  const map = new Map()
  return {
    map,
    getStorageSync: (k) => (map.has(k) ? map.get(k) : ''),
    setStorageSync: (k, v) => void map.set(k, v),
    removeStorageSync: (k) => void map.delete(k),
    clearStorageSync: () => map.clear(),
    getStorageInfoSync: () => ({ keys: [...map.keys()], currentSize: 0, limitSize: 10240 }),
  }
}

/**
 * Loads the app and one page. Returns { page, cloud, storage, navigations, app, attach } where
 * `page` is the j-component root of the page (attached to a container unless `deferAttach`),
 * ready to query and tap.
 */
function bootPage(
  route,
  { query = {}, storage: initialStorage = {}, cloudSetup, wxSetup, onSetData, deferAttach = false } = {},
) {
  assertBuilt()
  // A fresh world per boot: the bundle keeps its webpack chunk registry on `wx.webpackJsonp`,
  // and miniprogram-simulate merges into an existing global `wx`, so drop the previous one first
  // or chunks of the last boot (incl. the Component() call of Taro's `comp`) would run again.
  for (const g of ['wx', 'App', 'Page', 'getApp', 'getCurrentPages', 'requirePlugin']) delete global[g]
  jest.resetModules()
  const simulate = require('miniprogram-simulate')

  const cloud = createFakeCloud()
  if (cloudSetup) cloudSetup(cloud)
  const storage = createStorage()
  for (const [k, v] of Object.entries(initialStorage)) storage.map.set(k, v)
  const navigations = []
  const nav =
    (kind) =>
    (opts = {}) => {
      navigations.push({ kind, url: opts.url, delta: opts.delta })
      const res = { errMsg: `${kind}:ok` }
      if (opts.success) opts.success(res)
      if (opts.complete) opts.complete(res)
      return Promise.resolve(res)
    }

  Object.assign(global.wx, storage, {
    cloud: cloud.api,
    navigateTo: nav('navigateTo'),
    redirectTo: nav('redirectTo'),
    reLaunch: nav('reLaunch'),
    switchTab: nav('switchTab'),
    navigateBack: nav('navigateBack'),
    stopPullDownRefresh: () => {},
  })
  // Extra wx APIs a test needs (e.g. a canvas node for the chart), before the app binds them.
  if (wxSetup) wxSetup(global.wx)

  let app
  const pages = []
  global.App = (options) => {
    app = options
  }
  global.getApp = () => app
  global.getCurrentPages = () => pages
  global.requirePlugin = () => ({})
  global.Page = (options) =>
    global.Component(pageAsComponent(options, route, query, pages, onSetData, { showApart: deferAttach }))

  require(path.join(DIST, 'app.js'))
  if (!app) throw new Error('dist/weapp/app.js did not call App()')
  if (app.onLaunch) app.onLaunch({ path: route, query, scene: 1001 })
  if (app.onShow) app.onShow({ path: route, query, scene: 1001 })

  const id = simulate.load(path.join(DIST, route), {
    compiler: 'official',
    rootPath: DIST,
    // Taro's base.wxml compiles to more than the default child_process buffer holds.
    compilerOptions: { maxBuffer: 64 * 1024 * 1024 },
  })
  const page = simulate.render(id)
  const container = global.document.createElement('div')
  // deferAttach: the page's code has run (its module-level requests are under way) but WeChat has
  // not created the page yet; `attach()` does that as late as a test needs, with onShow a task
  // after onLoad (two events from WeChat's native side), so what onLoad drew is sent first.
  const attach = () => page.attach(container)
  if (!deferAttach) attach()
  return { page, cloud, storage, navigations, app, simulate, attach }
}

/**
 * A page definition (top-level onLoad/onShow/… and handlers) as a Component definition: handlers
 * become methods, the page lifecycle runs from the component's attached/ready/detached.
 */
function pageAsComponent(options, route, query, pages, onSetData, { showApart = false } = {}) {
  const methods = {}
  const data = options.data || {}
  for (const [k, v] of Object.entries(options)) {
    if (typeof v === 'function') methods[k] = v
  }
  return {
    data,
    options: options.options,
    methods,
    lifetimes: {
      attached() {
        this.route = route
        this.__route__ = route
        this.options = query
        // onSetData sees every payload the page sends to the view layer (to measure its size).
        if (onSetData) {
          const setData = this.setData
          this.setData = function (data, cb) {
            onSetData(data)
            return setData.call(this, data, cb)
          }
        }
        pages.push(this)
        if (this.onLoad) this.onLoad({ ...query })
        if (this.onShow) {
          if (showApart) setTimeout(() => this.onShow(), 0)
          else this.onShow()
        }
      },
      ready() {
        if (this.onReady) this.onReady()
      },
      detached() {
        if (this.onUnload) this.onUnload()
      },
    },
  }
}

module.exports = { bootPage, DIST }
