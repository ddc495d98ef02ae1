import * as core from '@actions/core'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { buildOutputs, buildResultLines } from '../core/build/outputs.js'
import { limitFromPlan, parseBuildRequest, wantsBuild, type BuildRequest } from '../core/build/request.js'
import type { Plan } from '../core/plan.js'
import { removeBuilderCommand } from '../core/build/argv.js'
import { captureDocker } from '../runners/docker.js'
import { recordActionPeak } from './history.js'

/** State key of a builder this job created, for `post` to remove. */
const BUILDER_STATE = 'builder-to-remove'
/** State key of the kernel kills (pids) the build's explanation annotated already. */
export const EXPLAINED_KILLS_STATE = 'explained-kills'

/** The build inputs, read and checked before anything is written; null when the step does not build. */
export function readBuildRequest(): BuildRequest | null {
  const read = (name: string): string => core.getInput(name)
  if (!wantsBuild(read)) return null
  const request = parseBuildRequest(read)
  for (const s of request.secrets) core.setSecret(s.value)
  return request
}

/**
 * Builds with the plan's build memory; outputs, the OOM explanation and the summary are written
 * before a failed build fails the step. With a history key, the peak is kept for the next run:
 * a killed build's peak is its limit, a lower bound of what it needs, so the next plan grows.
 */
export async function buildStep(request: BuildRequest, plan: Plan, historyKey: string | null): Promise<void> {
  const limit = limitFromPlan(plan, request)
  // Loaded only when the step builds: the Dockerfile parser and the build runner cost the
  // plan-only step ~0.5× a bare node start (bench/plan-startup.mjs).
  const [{ runBuild }, { reportBuild }] = await Promise.all([import('../build/run-build.js'), import('../explain/report.js')])
  const run = await runBuild(request, limit, {
    logDir: join(process.env.RUNNER_TEMP || tmpdir(), 'docker-memory'),
    reporter: {
      info: (m) => core.info(m),
      warning: (m) => core.warning(m, { title: 'Docker build memory' }),
      startLog: (title) => core.startGroup(title),
      logLine: (l) => core.info(l),
      endLog: () => core.endGroup()
    }
  })
  const o = run.outcome
  if (run.createdBuilder && !request.keepBuilder) core.saveState(BUILDER_STATE, run.createdBuilder)
  for (const line of buildResultLines(o)) core.info(line)
  let findings = 0
  if (!o.cancelled) {
    const report = await reportBuild(o, plan, { publish: true }).catch((error: Error) => {
      core.warning(`the OOM explanation failed: ${error.message}`, { title: 'Docker build memory' })
      return null
    })
    // post's job-wide watch leaves these out: they have their annotation at the Dockerfile line.
    const explained = report?.explanation.findings.flatMap((f) => (f.kill ? [f.kill.pid] : [])) ?? []
    if (explained.length > 0) core.saveState(EXPLAINED_KILLS_STATE, explained.join(','))
    findings = report?.explanation.findings.length ?? 0
    if (historyKey !== null && o.peakBytes !== null) await recordActionPeak(historyKey, o.peakBytes)
  }
  for (const [name, value] of Object.entries(buildOutputs(o, findings))) core.setOutput(name, value)
  core.setOutput('build-log', o.logPath)
  if (run.problem) core.setFailed(run.problem)
  else if (o.exitCode !== 0) core.setFailed(`docker build failed with exit code ${o.exitCode}; the log is in the group above and at ${o.logPath}`)
}

/** Post: removes the builder main created for this job's limit, unless keep-builder kept it. */
export async function removeJobBuilder(): Promise<void> {
  const builder = core.getState(BUILDER_STATE)
  if (!builder) return
  const r = await captureDocker(removeBuilderCommand(builder).args, { timeoutMs: 60000 })
  if (r.code === 0) core.info(`removed builder ${builder}`)
  else core.warning(`could not remove builder ${builder}: ${(r.stderr || r.stdout).trim() || `exit code ${r.code}`}`)
}
