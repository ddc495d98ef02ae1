/** What a build publishes as step outputs, and the kill evidence behind `oom-killed`. Pure. */
import type { BuildOutcome } from './outcome.js'
import { formatSize, MiB, toDockerSize } from '../units.js'

/**
 * `true` when direct evidence shows a kill, `false` only when a counter that sees every kill
 * (cgroup v2 `memory.events` of the bound cgroup) shows none, `unknown` otherwise: cgroup v1
 * counts kills only in the step's own, already deleted cgroup, and an exit code other than
 * 137 does not rule out a kill inside a pipeline.
 */
function oomEvidence(o: BuildOutcome): { killed: 'true' | 'false' | 'unknown'; evidence: string | null } {
  if (o.builderOomKilled) return { killed: 'true', evidence: `the BuildKit container of builder ${o.builderName} was OOM-killed` }
  if (o.oomKills !== null && o.oomKills > 0)
    return { killed: 'true', evidence: `${o.peakSource ? o.peakSource.replace(/\/[^/]+$/, '') : 'the bound cgroup'} counted ${o.oomKills} OOM kill(s)` }
  if (o.logFormat === 'legacy' && o.exitCode === 137)
    return { killed: 'true', evidence: 'the classic builder ended with exit code 137 (SIGKILL, the OOM killer)' }
  if (o.oomKills === 0) return { killed: 'false', evidence: null }
  return { killed: 'unknown', evidence: null }
}

/**
 * `memoryFindings`: kills the OOM explanation found in the log and the kernel log (a `Killed`
 * step, a dmesg line in the build's cgroup), evidence the outcome's counters can miss on v1.
 */
export function buildOutputs(o: BuildOutcome, memoryFindings = 0): Record<string, string> {
  return {
    enforcement: o.enforcement,
    // Rounded up: a peak fed back as build-memory must not come out below the peak.
    'peak-memory': o.peakBytes === null ? '' : toDockerSize(Math.ceil(o.peakBytes / MiB) * MiB),
    'peak-memory-bytes': o.peakBytes === null ? '' : String(o.peakBytes),
    'oom-killed': memoryFindings > 0 ? 'true' : oomEvidence(o).killed,
    'exit-code': o.exitCode === null ? '' : String(o.exitCode),
    // The name to pass to a later build-push-action's `builder:`; empty for a classic `docker build`.
    builder: o.builderName ?? ''
  }
}

/** The lines both the action and the CLI print when the build is over. */
export function buildResultLines(o: BuildOutcome): string[] {
  const lines: string[] = []
  const status = o.cancelled ? `cancelled (${o.signal})` : o.exitCode === 0 ? 'succeeded' : `failed (exit code ${o.exitCode ?? o.signal})`
  const limit =
    o.limitBytes === null
      ? 'no memory limit bound it'
      : `limit ${formatSize(o.limitBytes)} enforced by ${o.enforcement} (${o.limitScope === 'step' ? 'per RUN step' : 'whole build'})`
  lines.push(`build ${status} in ${(o.durationMs / 1000).toFixed(1)} s; ${limit}`)
  if (o.peakBytes !== null) lines.push(`peak memory ${formatSize(o.peakBytes)} (${o.peakSource})`)
  const oom = oomEvidence(o)
  if (oom.evidence) lines.push(`OOM kill seen: ${oom.evidence}`)
  lines.push(`build log: ${o.logPath}`)
  return lines
}
