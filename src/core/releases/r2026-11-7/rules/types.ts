// Shared, unchanged: r2026-11-7 computes with r2026-11-3's copy.
export * from '../../r2026-11-3/rules/types'
