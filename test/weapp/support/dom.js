/**
 * Finding and driving nodes of a page rendered by miniprogram-simulate, by what a user sees.
 *
 * j-component renders into jsdom (wx-view, wx-input, …); each DOM node keeps its exparser node in
 * `__wxElement`. Events are dispatched on that exparser node, as WeChat's renderer would, so they
 * bubble through the page's and Taro's recursive `comp` components to the `bindtap`/`bindinput`
 * that Taro's templates put on the node, and Taro routes them to the React handler by `data-sid`.
 */

/** The text of a node, without the text of nodes inside it that are elements. */
function ownText(el) {
  let s = ''
  for (const n of el.childNodes) if (n.nodeType === 3) s += n.textContent
  return s.trim()
}

function matches(actual, expected) {
  return expected instanceof RegExp ? expected.test(actual) : actual === expected
}

function allElements(root) {
  return [...root.querySelectorAll('*')]
}

/** Elements whose own text matches (innermost first); `tag` narrows to e.g. 'wx-button'. */
function queryAllByText(page, expected, { tag } = {}) {
  return allElements(page.dom).filter(
    (el) =>
      (!tag || el.tagName.toLowerCase() === tag) &&
      (matches(ownText(el), expected) ||
        (matches(el.textContent.trim(), expected) &&
          [...el.children].every((c) => !matches(c.textContent.trim(), expected)))),
  )
}

function getByText(page, expected, opts) {
  const found = queryAllByText(page, expected, opts)
  if (found.length === 0) throw new Error(`no node with text ${expected} in:\n${page.dom.textContent}`)
  return found[0]
}

function queryAllByTag(page, tag) {
  return page.dom.querySelectorAll(tag)
}

// Up to 10 s before calling a screen wrong: on a loaded machine (three builds and test runs on two
// cores) a page's setData can take seconds to land. A passing wait returns as soon as it passes.
async function waitFor(check, { timeout = 10_000, interval = 10 } = {}) {
  const start = Date.now()
  let lastError
  for (;;) {
    try {
      return await check()
    } catch (e) {
      lastError = e
    }
    if (Date.now() - start > timeout) throw lastError
    await new Promise((r) => setTimeout(r, interval))
  }
}

/** Waits until the page shows the text (React renders asynchronously, then Taro calls setData). */
function findByText(page, expected, opts) {
  return waitFor(() => getByText(page, expected, opts))
}

function dispatch(el, type, detail = {}) {
  const exparser = require('miniprogram-exparser')
  const target = el.__wxElement
  if (!target) throw new Error(`<${el.tagName.toLowerCase()}> has no exparser node to dispatch ${type} on`)
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(type, detail, {
      bubbles: true,
      composed: true,
      capturePhase: true,
      extraFields: { touches: [], changedTouches: [] },
    }),
  )
}

/** A tap on the node (bubbles to the nearest handler, as a finger would). */
function tap(el) {
  dispatch(el, 'tap', { x: 0, y: 0 })
}

/** Typing into an <input>: WeChat fires `input` with the whole new value in detail. */
function type(el, value) {
  dispatch(el, 'input', { value, cursor: value.length, keyCode: 0 })
}

module.exports = { ownText, queryAllByText, getByText, findByText, queryAllByTag, waitFor, tap, type, dispatch }
