import * as core from '@actions/core'
import path from 'node:path'
import type { BuildOutcome } from '../core/build/outcome.js'
import type { BuildLogAnalysis } from '../core/explain/build-log.js'
import { killsSince, type OomKill } from '../core/explain/dmesg.js'
import { explainBuild, type Explanation } from '../core/explain/explain.js'
import { buildSummary } from '../core/explain/summary.js'
import type { Plan } from '../core/plan/plan.js'
import { stepPeaksOf, type StepPeaks } from '../core/build/step-peaks.js'
import { readKernelKills, toBootSeconds } from './kernel-log.js'
import { analyzeLogFile } from './log-file.js'
import { publishExplanation } from './publish.js'
import { readDockerfile } from './dockerfile.js'

// The explain sub-action reads saved logs through here.
export { explainSavedLog } from './saved-log.js'

export interface ReportOptions {
  /** The workspace annotation paths are relative to: GITHUB_WORKSPACE, else the current directory. */
  workspace?: string
  /** Publish annotations and the summary through @actions/core (the action); false returns them only. */
  publish?: boolean
}

export interface BuildReport {
  log: BuildLogAnalysis
  explanation: Explanation
  summary: string
  /** Evidence that could not be read, for a warning; the report is made without it. */
  problems: string[]
  /** Each step's own peak, or why it was not measured. */
  stepPeaks: StepPeaks
}

/** After a build: what memory did to it, published as annotations and the job summary. */
export async function reportBuild(outcome: BuildOutcome, plan: Plan | null, options: ReportOptions = {}): Promise<BuildReport> {
  const workspace = options.workspace ?? (process.env.GITHUB_WORKSPACE || process.cwd())
  const problems: string[] = []
  const log = analyzeLogFile(outcome.logPath)
  const dockerfilePath = outcome.dockerfile ?? path.join(outcome.context, 'Dockerfile')
  const dockerfile = await readDockerfile(workspace, dockerfilePath)
  if (!dockerfile) problems.push(`the Dockerfile ${dockerfilePath} could not be read: annotations carry no line`)
  const kernel = await readKernelKills()
  if (kernel.problem) problems.push(`the kernel log could not be read (${kernel.problem})`)
  let kills: OomKill[] = []
  if (!kernel.problem) {
    const from = await toBootSeconds(new Date(outcome.startedAt))
    kills = killsSince(kernel.kills, from).filter((k) => k.timeSec <= from + outcome.durationMs / 1000 + 2)
  }
  const explanation = explainBuild({ log, dockerfile, outcome, kills, plan })
  const summary = buildSummary(log, explanation, outcome, plan)
  if (options.publish) {
    await publishExplanation(explanation.annotations, summary)
    // Missing evidence weakens the explanation but is no reason to fail the build step.
    for (const p of problems) core.warning(`docker-memory-action: ${p}.`, { title: 'OOM explanation' })
  }
  return { log, explanation, summary, problems, stepPeaks: stepPeaksOf(outcome.stepCgroups, log) }
}
