/**
 * One build flow for the action and the CLI: run the build, explain what memory did to it,
 * keep its peak, hand over the outputs, and fail when it failed. The doors differ only in
 * where each of these goes: their `BuildSink`.
 */
import type { BuildOutcome } from '../core/build/outcome.js'
import { buildOutputs, buildResultLines } from '../core/build/step-outputs.js'
import { imageResultLines } from '../core/build/image.js'
import { fitAfterBuild, type Plan } from '../core/plan/plan.js'
import { fitOutputs } from '../core/publish.js'
import { isKill } from '../core/explain/classify.js'
import { reportBuild, type BuildReport } from '../explain/report.js'
import { recordBuildPeak, type BuildHistory } from '../history/build-peak.js'
import { runBuild, type BuildReporter, type PreparedBuild } from './run-build.js'
import { historySteps, stepPeaksSentence, type StepPeaks } from '../core/build/step-peaks.js'
import { formatSize } from '../core/units.js'

export interface BuildSink extends BuildReporter {
  logDir: string
  /** Leave a builder the build created for later steps; the CLI removes it unless asked to keep it. */
  keepCreatedBuilder: boolean
  /** Annotations and the job summary through @actions/core (the action). */
  publish: boolean
  notice(message: string): void
  /** The explanation of a build that ran to its end. */
  explained(report: BuildReport): void
  /** The build is over: its outcome, the step outputs and the lines that sum it up. */
  finished(result: BuildResult): void
  /** The build failed, was cancelled or could not finish: one line, and the exit status the CLI ends with. */
  fail(message: string, exitCode: number): void
}

export interface BuildResult {
  outcome: BuildOutcome
  outputs: Record<string, string>
  lines: string[]
  /** Each step's own peak, or why it was not measured; null when the build was not explained. */
  stepPeaks: StepPeaks | null
  /** A builder created for this build and left for later steps. */
  createdBuilder: string | null
}

export async function buildAndExplain(prepared: PreparedBuild, plan: Plan, history: BuildHistory | null, sink: BuildSink): Promise<void> {
  const run = await runBuild(prepared, { logDir: sink.logDir, reporter: sink, keepCreatedBuilder: sink.keepCreatedBuilder })
  const o = run.outcome
  let findings = 0
  let stepPeaks: StepPeaks | null = null
  if (!o.cancelled) {
    const report = await reportBuild(o, plan, { publish: sink.publish }).catch((error: Error) => {
      sink.warning(`the OOM explanation failed: ${error.message}`)
      return null
    })
    if (report) sink.explained(report)
    // Kills only: a failure that is not memory, or a lost builder, is no OOM kill.
    findings = report?.explanation.findings.filter(isKill).length ?? 0
    // A killed build's peak is its limit, a lower bound of what it needs, so the next plan grows.
    if (history !== null && o.peakBytes !== null) await recordBuildPeak(history, o.peakBytes, (m) => sink.notice(m), historySteps(report?.stepPeaks))
    stepPeaks = report?.stepPeaks ?? null
  }
  const built = buildOutputs(o, findings)
  // This build's own peak (and a kill) decide fits and needs-memory over what history said.
  const fit = fitOutputs(fitAfterBuild(plan, o.cancelled ? null : o.peakBytes, built['oom-killed'] === 'true'))
  const outputs = { ...built, ...fit, ...run.image, 'build-log': o.logPath }
  const stepLine = stepPeaks ? [stepPeaksSentence(stepPeaks, o.peakBytes, formatSize)] : []
  sink.finished({
    outcome: o,
    outputs,
    stepPeaks,
    lines: [...buildResultLines(o), ...stepLine, ...imageResultLines(run.image)],
    createdBuilder: run.createdBuilder
  })
  if (run.problem) sink.fail(run.problem, o.cancelled ? 130 : exitStatus(o.exitCode))
  else if (o.exitCode !== 0) sink.fail(`docker build failed with exit code ${o.exitCode}; the log is at ${o.logPath}`, exitStatus(o.exitCode))
}

/** docker's own status where a shell can carry it, else 1. */
function exitStatus(code: number | null): number {
  return code !== null && code > 0 && code < 256 ? code : 1
}
