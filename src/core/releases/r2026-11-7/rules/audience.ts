// Shared, unchanged: r2026-11-7 computes with r2026-11-4's copy.
export * from '../../r2026-11-4/rules/audience'
