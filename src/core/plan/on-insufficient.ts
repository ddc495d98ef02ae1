import type { Plan } from './plan.js'

/**
 * The plan does not fit and `on-insufficient` says to stop: the step fails, `plan` exits 2,
 * and no build starts (a 40-minute build that is sure to be killed is better not started).
 */
export function stopsForInsufficient(plan: Pick<Plan, 'status' | 'onInsufficient'>): boolean {
  return plan.status === 'insufficient' && plan.onInsufficient !== 'warn'
}
