/** What a build publishes as step outputs, and the kill evidence behind `oom-killed`. Pure. */
import type { BuildOutcome } from './outcome.js'
import { formatSize, MiB, toDockerSize } from '../units.js'

/**
 * `true` when direct evidence shows a kill, `false` only when a counter that sees every kill
 * (cgroup v2 `memory.events` of the bound cgroup) shows none, `unknown` otherwise: cgroup v1
 * counts kills only in the step's own, already deleted cgroup, and an exit code other than
 * 137 does not rule out a kill inside a pipeline.
 */
function oomEvidence(outcome: BuildOutcome): { killed: 'true' | 'false' | 'unknown'; evidence: string | null } {
  if (outcome.builderOomKilled) return { killed: 'true', evidence: `the BuildKit container of builder ${outcome.builderName} was OOM-killed` }
  if (outcome.oomKills !== null && outcome.oomKills > 0)
    return {
      killed: 'true',
      evidence: `${outcome.peakSource ? outcome.peakSource.replace(/\/[^/]+$/, '') : 'the bound cgroup'} counted ${outcome.oomKills} OOM kill(s)`
    }
  if (outcome.logFormat === 'legacy' && outcome.exitCode === 137)
    return { killed: 'true', evidence: 'the classic builder ended with exit code 137 (SIGKILL, the OOM killer)' }
  if (outcome.oomKills === 0) return { killed: 'false', evidence: null }
  return { killed: 'unknown', evidence: null }
}

/**
 * `memoryFindings`: kills the OOM explanation found in the log and the kernel log (a `Killed`
 * step, a dmesg line in the build's cgroup), evidence the outcome's counters can miss on v1.
 */
export function buildOutputs(outcome: BuildOutcome, memoryFindings = 0): Record<string, string> {
  return {
    enforcement: outcome.enforcement,
    // Rounded up: a peak fed back as build-memory must not come out below the peak.
    'peak-memory': outcome.peakBytes === null ? '' : toDockerSize(Math.ceil(outcome.peakBytes / MiB) * MiB),
    'peak-memory-bytes': outcome.peakBytes === null ? '' : String(outcome.peakBytes),
    'oom-killed': memoryFindings > 0 ? 'true' : oomEvidence(outcome).killed,
    'exit-code': outcome.exitCode === null ? '' : String(outcome.exitCode),
    // The name to pass to a later build-push-action's `builder:`; empty for a classic `docker build`.
    builder: outcome.builderName ?? ''
  }
}

/** The lines both the action and the CLI print when the build is over. */
export function buildResultLines(outcome: BuildOutcome): string[] {
  const lines: string[] = []
  const status = outcome.cancelled
    ? `cancelled (${outcome.signal})`
    : outcome.exitCode === 0
      ? 'succeeded'
      : `failed (exit code ${outcome.exitCode ?? outcome.signal})`
  const limit =
    outcome.limitBytes === null
      ? 'no memory limit bound it'
      : `limit ${formatSize(outcome.limitBytes)} enforced by ${outcome.enforcement} (${outcome.limitScope === 'step' ? 'per RUN step' : 'whole build'})`
  lines.push(`build ${status} in ${(outcome.durationMs / 1000).toFixed(1)} s; ${limit}`)
  if (outcome.peakBytes !== null) lines.push(`peak memory ${formatSize(outcome.peakBytes)} (${outcome.peakSource})`)
  const oom = oomEvidence(outcome)
  if (oom.evidence) lines.push(`OOM kill seen: ${oom.evidence}`)
  lines.push(`build log: ${outcome.logPath}`)
  return lines
}
