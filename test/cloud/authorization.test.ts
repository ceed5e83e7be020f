import type { ActionName, FunctionName } from '@/core/api'
import { API_SCHEMAS } from '@/core/api'
import { DAY, OTHER, OWNER, changedAnswers, makeHarness, sampleAnswers } from './support/fixtures'
import type { Harness } from './support/fixtures'

/**
 * Who may do what, cell by cell: owner / another user / a colleague holding a live token /
 * holding an expired token / holding a revoked token, × every action. A plan is readable only by
 * its owner or through a live token, which grants read and copy and nothing else; someone else's
 * plan looks exactly like a missing one.
 */

type Role = 'owner' | 'other' | 'holder' | 'expired' | 'revoked'
const ROLES: Role[] = ['owner', 'other', 'holder', 'expired', 'revoked']
type Outcome = 'ok' | 'NOT_FOUND' | 'SHARE_EXPIRED' | 'SHARE_REVOKED' | 'INVALID_INPUT'

interface World {
  h: Harness
  planId: string
  tokens: Record<Role, string>
}

const NF: Record<Role, Outcome> = {
  owner: 'ok',
  other: 'NOT_FOUND',
  holder: 'NOT_FOUND',
  expired: 'NOT_FOUND',
  revoked: 'NOT_FOUND',
}
const ALL_OK: Record<Role, Outcome> = { owner: 'ok', other: 'ok', holder: 'ok', expired: 'ok', revoked: 'ok' }
const BY_TOKEN: Record<Role, Outcome> = {
  owner: 'ok',
  other: 'NOT_FOUND',
  holder: 'ok',
  expired: 'SHARE_EXPIRED',
  revoked: 'SHARE_REVOKED',
}

interface Cell {
  input: (w: World, role: Role) => unknown
  expect: Record<Role, Outcome>
}

const MATRIX: { [F in FunctionName]: Record<ActionName<F>, Cell> } = {
  plan: {
    create: { input: () => ({ answers: sampleAnswers() }), expect: ALL_OK },
    list: { input: () => ({}), expect: ALL_OK },
    get: { input: (w) => ({ planId: w.planId }), expect: NF },
    rename: { input: (w) => ({ planId: w.planId, name: '改名', baseRev: 1 }), expect: NF },
    update: { input: (w) => ({ planId: w.planId, answers: changedAnswers(), baseRev: 1 }), expect: NF },
    setTargets: { input: (w) => ({ planId: w.planId, baseRev: 1, targets: {} }), expect: NF },
    upgrade: { input: (w) => ({ planId: w.planId, baseRev: 1 }), expect: NF },
    versions: { input: (w) => ({ planId: w.planId }), expect: NF },
    version: { input: (w) => ({ planId: w.planId, version: 1 }), expect: NF },
    // Version 1 is the current one, so the owner is told so; nobody else learns anything.
    restoreVersion: {
      input: (w) => ({ planId: w.planId, version: 1, baseRev: 1 }),
      expect: { ...NF, owner: 'INVALID_INPUT' },
    },
    delete: { input: (w) => ({ planId: w.planId }), expect: NF },
    restore: { input: (w) => ({ planId: w.planId }), expect: NF },
    // Only the caller's own deleted plans: never someone else's.
    deleted: { input: () => ({}), expect: ALL_OK },
  },
  draft: {
    save: { input: (w) => ({ planId: w.planId, answers: { name: '改' }, step: 1, baseVersion: 1 }), expect: NF },
    // Drafts live in the caller's own space: another user's planId finds nothing, changes nothing.
    get: { input: (w) => ({ planId: w.planId }), expect: ALL_OK },
    discard: { input: (w) => ({ planId: w.planId }), expect: ALL_OK },
  },
  share: {
    create: { input: (w) => ({ planId: w.planId }), expect: NF },
    list: { input: (w) => ({ planId: w.planId }), expect: NF },
    revoke: { input: (w, role) => ({ planId: w.planId, token: w.tokens[role] }), expect: NF },
    open: { input: (w, role) => ({ token: w.tokens[role] }), expect: BY_TOKEN },
    copy: { input: (w, role) => ({ token: w.tokens[role] }), expect: BY_TOKEN },
    // A poster's code is a share link: only the owner may make one.
    poster: { input: (w) => ({ planId: w.planId }), expect: NF },
  },
  // Checking copy reads and stores nothing of anyone's: every signed-in caller may.
  copy: {
    check: { input: () => ({ text: '周末到店，欢迎品尝新品。' }), expect: ALL_OK },
  },
  results: {
    // The owner reads by plan id, a colleague through the link: read-only, like share.open.
    list: {
      input: (w, role) => (role === 'owner' || role === 'other' ? { planId: w.planId } : { token: w.tokens[role] }),
      expect: BY_TOKEN,
    },
    save: {
      input: (w) => ({ planId: w.planId, month: '2026-10', values: { 'team.posts': 5 }, baseRev: 1 }),
      expect: NF,
    },
    remove: { input: (w) => ({ planId: w.planId, month: '2026-10', baseRev: 1 }), expect: NF },
  },
  reminder: {
    subscribe: { input: (w) => ({ planId: w.planId, accepted: 1 }), expect: NF },
    status: { input: (w) => ({ planId: w.planId }), expect: NF },
    // Notices and "seen" live in the caller's own space: another user finds none, changes nothing.
    notices: { input: () => ({}), expect: ALL_OK },
    seen: { input: () => ({ id: 'r_missing' }), expect: ALL_OK },
  },
}

async function world(): Promise<World> {
  const h = makeHarness('sqlite')
  const plan = await h.must('plan', 'create', { answers: sampleAnswers() })
  await h.must('draft', 'save', { planId: plan.id, answers: { name: '草稿' }, step: 0 })
  await h.must('results', 'save', { planId: plan.id, month: '2026-10', values: { 'team.posts': 3 }, baseRev: 0 })
  const live = await h.must('share', 'create', { planId: plan.id, expiresInDays: 30 })
  const expiring = await h.must('share', 'create', { planId: plan.id, expiresInDays: 1 })
  const revoked = await h.must('share', 'create', { planId: plan.id, expiresInDays: 30 })
  await h.must('share', 'revoke', { planId: plan.id, token: revoked.token })
  h.clock.advance(DAY + 1)
  return {
    h,
    planId: plan.id,
    tokens: {
      owner: live.token,
      other: 'Zm9yZ2VkLXRva2VuLW5vdA',
      holder: live.token,
      expired: expiring.token,
      revoked: revoked.token,
    },
  }
}

const callerOf = (role: Role) => (role === 'owner' ? OWNER : OTHER)

const cells = (Object.keys(MATRIX) as FunctionName[]).flatMap((fn) =>
  Object.entries(MATRIX[fn] as Record<string, Cell>).flatMap(([action, cell]) =>
    ROLES.map((role) => [fn, action, role, cell.expect[role], cell] as const),
  ),
)

describe('authorization matrix', () => {
  it('covers every function and action of the API', () => {
    for (const fn of Object.keys(API_SCHEMAS) as FunctionName[]) {
      expect(Object.keys(MATRIX[fn]).sort()).toEqual(Object.keys(API_SCHEMAS[fn]).sort())
    }
  })

  it.each(cells.map(([fn, action, role, outcome, cell]) => [`${fn}.${action}`, role, outcome, cell] as const))(
    '%s as %s → %s',
    async (name, role, outcome, cell) => {
      const [fn, action] = name.split('.') as [FunctionName, string]
      const w = await world()
      try {
        const before = await w.h.store.plans.find(w.planId)
        const draftBefore = await w.h.store.drafts.find(OWNER, w.planId)
        const resultsBefore = await w.h.store.results.listByPlan(w.planId, 100)
        const r = await w.h.call(fn, action as never, cell.input(w, role), callerOf(role))
        expect(r.ok ? 'ok' : r.error.code).toBe(outcome)
        const text = JSON.stringify(r)
        if (role !== 'owner') {
          // Nothing that identifies the owner, and for a non-owner no way to reach the plan by id.
          expect(text).not.toContain(OWNER)
          if (!(fn === 'share' && action === 'copy')) expect(text).not.toContain(w.planId)
          expect(await w.h.store.plans.find(w.planId)).toEqual(before)
          expect(await w.h.store.drafts.find(OWNER, w.planId)).toEqual(draftBefore)
          expect(await w.h.store.results.listByPlan(w.planId, 100)).toEqual(resultsBefore)
          if (fn === 'draft' && action === 'get') expect(r).toEqual({ ok: true, data: null })
          if (fn === 'draft' && action === 'discard') expect(r).toEqual({ ok: true, data: { discarded: false } })
          if (fn === 'plan' && action === 'list' && r.ok) expect(text).not.toContain(w.planId)
        }
        if (fn === 'share' && action === 'copy' && r.ok) {
          const copy = r.data as { id: string }
          expect(copy.id).not.toBe(w.planId)
          expect((await w.h.store.plans.find(copy.id))?.ownerId).toBe(callerOf(role))
        }
      } finally {
        await w.h.close()
      }
    },
  )
})
