import * as core from '@actions/core'
import type { MachineFacts } from '../core/machine.js'
import type { Plan } from '../core/plan/plan.js'
import { planEnv, planOutputs } from '../core/publish.js'
import { planSummary } from '../core/render/summary.js'
import { stopsForInsufficient } from '../core/plan/on-insufficient.js'

export interface PublishOptions {
  exportEnv: boolean
  exportParallelism: boolean
  summary: boolean
}

/**
 * Step outputs, GITHUB_ENV, the job summary and annotations, all through @actions/core.
 * Shared by the action and `docker-memory plan --format github`.
 */
export async function publishPlan(plan: Plan, machine: MachineFacts, options: PublishOptions): Promise<void> {
  // Built before anything is written: an inherited value it refuses must leave no half-written outputs.
  const env = options.exportEnv ? planEnv(plan, { parallelism: options.exportParallelism, inherited: process.env }) : {}
  for (const [name, value] of Object.entries(planOutputs(plan))) core.setOutput(name, value)
  for (const [name, value] of Object.entries(env)) core.exportVariable(name, value)
  if (options.summary && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(planSummary(plan, machine)).write()
  }
  for (const a of plan.adjustments) core.warning(a, { title: 'Docker memory plan adjusted' })
  const fail = plan.onInsufficient !== 'warn'
  for (const p of plan.problems) {
    const message = `${p.message}. Fix: ${p.fix}.`
    if (fail) core.error(message, { title: 'Not enough memory for this plan' })
    else core.warning(message, { title: 'Not enough memory for this plan' })
  }
  if (stopsForInsufficient(plan)) {
    core.setFailed(`The memory plan does not fit this machine (on-insufficient: ${plan.onInsufficient}); see the errors above.`)
  }
}
