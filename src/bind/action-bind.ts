import * as core from '@actions/core'
import { hostname } from 'node:os'
import { bindPlannedLimit, type BindRequest, type PlanBinding } from './bind-plan.js'
import type { Holder } from '../core/bind/builder-bindings.js'
import type { Plan } from '../core/plan/plan.js'
import { getState, saveState } from '../action/state.js'

export const TITLE = 'Docker build memory'

/**
 * The job as the binding records name it. The runner's worker (this step's parent) lives through
 * main and post, so another job on this host can tell a live binding from one a killed job left.
 */
export function jobHolder(env: NodeJS.ProcessEnv): Holder {
  const job = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.RUNNER_NAME].map((p) => p || '-').join('/')
  return { job, host: hostname(), pid: process.ppid }
}

/** Main: binds the plan's limit; an input error (an explicit builder that cannot be bound) throws before anything is written. */
export async function bindForAction(plan: Plan, request: BindRequest): Promise<PlanBinding> {
  const binding = await bindPlannedLimit(plan, request, jobHolder(process.env))
  if (binding.enforcement === 'builder') {
    // Saved first: whatever fails after this, post still gives the container its limit back.
    saveState('builder-binding', JSON.stringify(binding.saved))
    const watched = getState('oom-watch-cgroups')
    saveState('oom-watch-cgroups', [watched, binding.saved.containerId].filter((x) => x !== '').join(','))
  }
  return binding
}

/** Main, after the plan is published: the outputs and what was done. */
export function publishBinding(binding: PlanBinding): void {
  core.setOutput('builder', binding.builder)
  core.setOutput('enforcement', binding.enforcement)
  if (binding.enforcement === 'builder') {
    core.info(binding.message)
    if (binding.warning) core.warning(binding.warning, { title: TITLE })
  } else if (binding.level === 'notice') {
    core.notice(`No builder was bound: ${binding.why}.`, { title: TITLE })
  } else {
    core.warning(`No builder was bound, so nothing limits the job's builds: ${binding.why}.`, { title: TITLE })
  }
}
