import { useEffect } from 'react'
import { usePlan } from '@/stores/plan'
import { useResults } from '@/stores/results'

/** The plan and its results, loaded once per page for the plan id in the link. */
export function usePlanWithResults(planId: string) {
  const plan = usePlan()
  const results = useResults()
  useEffect(() => {
    if (!planId) return
    if (usePlan.getState().plan?.id !== planId) void usePlan.getState().open(planId)
    void useResults.getState().open({ planId })
  }, [planId])
  return { plan, results }
}

/** "Now" for the pages: the client's clock, passed into the pure core functions. */
export function nowMs(): number {
  return Date.now()
}
