// Constants Taro's build defines for the H5 runtime (webpack DefinePlugin); jest has no build,
// so they are set here before any Taro module loads.
const g = globalThis as Record<string, unknown>
for (const flag of [
  'ENABLE_INNER_HTML',
  'ENABLE_ADJACENT_HTML',
  'ENABLE_SIZE_APIS',
  'ENABLE_TEMPLATE_CONTENT',
  'ENABLE_CLONE_NODE',
  'ENABLE_CONTAINS',
  'ENABLE_MUTATION_OBSERVER',
]) {
  g[flag] = true
}
// The H5 components are Stencil custom elements defined on import (not the deprecated adapter).
g.DEPRECATED_ADAPTER_COMPONENT = false
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
process.env.SUPPORT_TARO_POLYFILL = 'disabled'
