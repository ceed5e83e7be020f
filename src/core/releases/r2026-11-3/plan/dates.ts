// Shared, unchanged: r2026-11-3 computes with r2026-11-2's copy.
export * from '../../r2026-11-2/plan/dates'
