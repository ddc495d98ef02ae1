// Post's half of the builder binding, apart from main's (bind.ts): explaining a build loads the
// Dockerfile parser and the log readers, which the plan step must not pay for.
import * as core from '@actions/core'
import { historySteps, stepPeaksOf } from '../core/build/step-peaks.js'
import { highestPerStep, type StepPeak } from '../core/plan/parallelism.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { releaseBuilder } from './bind-builder.js'
import { parseSavedBinding } from './bind-plan.js'
import { formatSize } from '../core/units.js'
import { isKill } from '../core/explain/classify.js'
import { explainBuildRecords } from '../explain/build-records.js'
import { TITLE } from './action-bind.js'
import { getState } from '../action/state.js'
import type { CgroupMarks } from '../core/bind/builder-marks.js'

export interface PostBindingOptions {
  keepLimit: boolean
  /** Called with the peak of the builds on the builder since main (explained or passed), for the history. */
  recordPeak: ((peakBytes: number, steps: StepPeak[]) => Promise<void>) | null
}

/**
 * Post: first the builds made on the bound builder since main started, explained while the
 * limit and peak can still be read; then the container gets its limit back. Each failure is a
 * warning: post never fails the job.
 */
export async function explainAndRelease(options: PostBindingOptions): Promise<string[]> {
  const saved = parseSavedBinding(getState('builder-binding'))
  if (!saved) {
    core.warning('docker-memory-action: the saved builder binding is unreadable; its limit stays as main set it.', { title: TITLE })
    return []
  }
  let explained: string[] = []
  try {
    if (await explainBuilds(saved.builder, options.recordPeak)) explained = [saved.containerId]
  } catch (error) {
    core.warning(`could not explain the builds on builder ${saved.builder}: ${(error as Error).message}`, { title: TITLE })
  }
  try {
    core.info(await releaseBuilder(saved, options.keepLimit))
  } catch (error) {
    core.warning(`could not give builder ${saved.builder} its limit back: ${(error as Error).message}`, { title: TITLE })
  }
  return explained
}

/** The kernel's marks main read in the builder's cgroup when it bound it; null when it read none. */
function marksAtBind(): CgroupMarks | null {
  const saved = getState('builder-marks')
  if (saved === '') return null
  try {
    return JSON.parse(saved) as CgroupMarks
  } catch {
    return null
  }
}

/** True when a kill was annotated. */
async function explainBuilds(builder: string, recordPeak: PostBindingOptions['recordPeak']): Promise<boolean> {
  const { publishExplanation } = await import('../explain/publish.js')
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const logDir = join(process.env.RUNNER_TEMP || tmpdir(), 'docker-memory')
  const { builds, passed, problems } = await explainBuildRecords(builder, {
    since: getState('started-at') || null,
    workspace,
    logDir,
    plan: null,
    marksAtBind: marksAtBind()
  })
  for (const p of problems) core.warning(p, { title: TITLE })
  // At most 10 annotations of each level over all builds, as GitHub shows no more per step; the summary has every build.
  const shown = { error: 0, warning: 0, notice: 0 }
  for (const b of builds) {
    const annotations = b.explanation.annotations.filter((a) => ++shown[a.level] <= 10)
    await publishExplanation(annotations, b.summary)
  }
  core.info(
    `builder ${builder}: ${builds.length} build${builds.length === 1 ? '' : 's'} since this job's plan showed memory trouble, ${passed.length} passed untouched`
  )
  // Every build counts for the history, the ones that passed too: else it learns only from failures.
  const measured = [...builds, ...passed]
  // The builder container's high-water mark covers every build on it, so one record holds it.
  const peaks = measured.flatMap((b) => (b.outcome.peakBytes === null ? [] : [b.outcome.peakBytes]))
  if (recordPeak && peaks.length > 0) {
    // A loop, as knownPeak's: no spread of an unbounded list into Math.max.
    const peak = peaks.reduce((max, p) => Math.max(max, p), 0)
    core.info(`builder ${builder} peaked at ${formatSize(peak)}`)
    // Each step's own peak, the highest over the builds, where the sampler saw the step cgroups.
    await recordPeak(peak, highestPerStep(measured.map((b) => historySteps(stepPeaksOf(b.outcome.stepCgroups, b.log)))))
  }
  return builds.some((b) => b.explanation.findings.some(isKill))
}
