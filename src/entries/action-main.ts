import * as core from '@actions/core'
import { stopsForInsufficient } from '../core/plan/on-insufficient.js'
import type { buildAndExplain as BuildAndExplain } from '../build/build-and-explain.js'
import type { prepareBuild as PrepareBuild } from '../build/run-build.js'
import { messageForUser } from '../core/errors.js'
import { plan } from '../core/plan/plan.js'
import { readOomKillCounter } from '../explain/kernel-log.js'
import { detectMachine } from '../probes/machine.js'
import { bindForAction, publishBinding } from '../bind/action-bind.js'
import { actionSink } from '../action/build.js'
import { historyNotice, loadHistory } from '../action/history.js'
import { readActionInputs, type ActionMode } from '../action/inputs.js'
import { publishPlan } from '../action/publish.js'
import { resizeForPlan } from '../action/resize.js'
import { saveState } from '../action/state.js'

/**
 * The main step: read the machine, plan, publish, and build when the inputs name a context or
 * a Dockerfile; a step that does not build binds the limit on the builder the job's later
 * steps use instead. The plan and resize sub-actions never build (`plan-only`), and the resize
 * one, with no post step to give a limit back, binds nothing (`resize-only`). The plan's
 * `probeDocker()` takes the answer the entry asked for while this bundle loaded.
 */
export async function run(mode: ActionMode = 'plan-and-build'): Promise<void> {
  // First: post's job-wide watch counts OOM kills from here, a failed plan or a resize included.
  saveState('started-at', new Date().toISOString())
  // Where the kernel log is closed, post counts kills from this counter instead.
  const oomKills = await readOomKillCounter()
  if (oomKills !== null) saveState('oom-kill-count', String(oomKills))
  try {
    const inputs = readActionInputs(mode)
    const detected = await detectMachine()
    const history = inputs.history ? await loadHistory(inputs.history.key, inputs.read) : null
    const planRequest = { ...inputs.plan, knownPeak: history?.peak ?? null }
    const { machine, plan: result, resized } = await resizeForPlan(detected, planRequest, plan(detected, planRequest), inputs.resize, inputs.resizeTimeoutMs)
    // A plan that does not fit fails the step when published; building anyway would hide that.
    const build = inputs.build && !stopsForInsufficient(result) ? inputs.build : null
    // Checked against the plan's limit and this docker before any output, env or summary is written.
    // The build runner and the Dockerfile parser load only when the step builds: they cost the
    // plan-only step about half a bare node start (bench/plan-startup.mjs).
    const runner = build ? await loadBuildRunner() : null
    const prepared = build && runner && (await runner.prepareBuild(build, result))
    // Bound before any output is written, so an explicit builder that cannot be bound is one error and nothing else.
    const binding = inputs.bind && !stopsForInsufficient(result) ? await bindForAction(result, inputs.bind) : null
    await publishPlan(result, machine, { exportEnv: inputs.exportEnv, exportParallelism: inputs.exportParallelism, summary: inputs.summary })
    core.setOutput('resized', String(resized))
    if (binding) await publishBinding(binding, inputs.summary)
    if (binding?.enforcement === 'builder') {
      await (await import('../action/parallelism.js')).noteBuilderParallelism(binding.builder, binding.saved.container, result)
      // The builds later steps run on it are drawn against the limit over time in post's summary.
      await (await import('../action/builder-series.js')).startBuilderSeries(binding.saved.containerId, machine.docker)
    }
    if (prepared && runner) await runner.buildAndExplain(prepared, result, history, actionSink(historyNotice, prepared.request.keepBuilder))
  } catch (error) {
    core.setFailed(messageForUser(error) ?? `docker-memory-action failed: ${(error as Error).message}`)
  }
}

async function loadBuildRunner(): Promise<{ prepareBuild: typeof PrepareBuild; buildAndExplain: typeof BuildAndExplain }> {
  const [{ prepareBuild }, { buildAndExplain }] = await Promise.all([import('../build/run-build.js'), import('../build/build-and-explain.js')])
  return { prepareBuild, buildAndExplain }
}
