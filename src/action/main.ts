import * as core from '@actions/core'
import { InputError } from '../core/errors.js'
import { parseBoolean, parsePlanRequest, PLAN_DEFAULTS } from '../core/inputs.js'
import { plan } from '../core/plan/plan.js'
import { parseResizeInput, parseResizeTimeout } from '../core/resize/request.js'
import { OOM_KILL_COUNT_STATE, readOomKillCounter } from '../explain/kernel-log.js'
import { detectMachine } from '../probes/machine.js'
import { knownPeakForAction } from './history.js'
import { buildStep, readBuildRequest } from './build.js'
import { publishPlan } from './publish.js'
import { resizeForPlan } from './resize.js'

/**
 * The main step: read the machine, plan, publish, and build when the inputs name a context or
 * a Dockerfile. The plan and resize sub-actions never build (`plan-only`).
 */
export async function run(mode: 'plan-and-build' | 'plan-only' = 'plan-and-build'): Promise<void> {
  // First: post's job-wide watch counts OOM kills from here, a failed plan or a resize included.
  core.saveState('started-at', new Date().toISOString())
  // Where the kernel log is closed, post counts kills from this counter instead.
  const oomKills = await readOomKillCounter()
  if (oomKills !== null) core.saveState(OOM_KILL_COUNT_STATE, String(oomKills))
  try {
    // Every input is checked before anything is written.
    const request = parsePlanRequest((name) => core.getInput(name))
    const exportEnv = parseBoolean(core.getInput('export-env') || PLAN_DEFAULTS['export-env'], 'export-env')
    const exportParallelism = parseBoolean(core.getInput('export-parallelism') || PLAN_DEFAULTS['export-parallelism'], 'export-parallelism')
    const summary = parseBoolean(core.getInput('summary') || PLAN_DEFAULTS.summary, 'summary')
    parseBoolean(core.getInput('oom-watch') || 'true', 'oom-watch')
    const resizeInput = parseResizeInput(core.getInput('resize'))
    const resizeTimeoutMs = parseResizeTimeout(core.getInput('resize-timeout') || '600', 'resize-timeout')
    const build = mode === 'plan-and-build' ? readBuildRequest() : null
    const detected = await detectMachine()
    const history = await knownPeakForAction()
    const planRequest = { ...request, knownPeak: history?.peak ?? null }
    const { machine, plan: result, resized } = await resizeForPlan(detected, planRequest, plan(detected, planRequest), resizeInput, resizeTimeoutMs)
    await publishPlan(result, machine, { exportEnv, exportParallelism, summary })
    core.setOutput('resized', String(resized))
    // A plan that does not fit has failed the step already; building anyway would hide that.
    if (build && !(result.status === 'insufficient' && result.onInsufficient !== 'warn')) await buildStep(build, result, history?.key ?? null)
  } catch (error) {
    core.setFailed(error instanceof InputError ? error.message : `docker-memory-action failed: ${(error as Error).message}`)
  }
}
