/**
 * Each BuildKit step's own peak. BuildKit runs every RUN step in a cgroup of its own under the
 * builder's (`<builder cgroup>/buildkit/<step id>`, v1 and v2 alike; the engine's embedded
 * BuildKit puts them under its `buildkit` cgroup), so watching those children gives each
 * step's memory, not only the build's sum. The step id is BuildKit's, not the build log's:
 * a cgroup is tied to its step by the command its process runs, narrowed by when it lived
 * where the log has times. When that leaves more than one step (the same command in two
 * stages or on two platforms at once), the peak is reported unattributed with the candidates,
 * never guessed. Pure: the watch (src/enforce/step-cgroups.ts) reads the files, whose layout is
 * ./step-cgroups.ts.
 */
import type { BuildStep } from '../explain/log/types.js'
import { runInstruction, squeeze } from '../explain/log/state.js'
import type { StepPeak } from '../plan/parallelism.js'
import type { StepCgroup } from './step-cgroups.js'

export { commandLine, stepCgroupParent, stepMemoryFiles, type StepCgroup } from './step-cgroups.js'

/** A step's peak as the report shows it: the Dockerfile step and the cgroups attributed to it. */
export interface MeasuredStep extends StepPeak {
  cgroups: number
}

export interface UnattributedStep {
  bytes: number
  command: string | null
  /** The steps it may be (two or more), or none when no step of the log runs its command. */
  candidates: string[]
}

export type StepPeaks =
  | {
      seen: true
      /** Where the step cgroups were read: `<builder cgroup>/buildkit`. */
      parent: string
      steps: MeasuredStep[]
      unattributed: UnattributedStep[]
    }
  | { seen: false; reason: string }

/** `linux/arm64` from `[linux/arm64 build 2/3] RUN make`; null when the build named no platform. */
export function stepPlatform(step: BuildStep): string | null {
  const head = /^\[([^\]]*)\]/.exec(step.name)?.[1] ?? ''
  return head.split(' ').find((w) => /^[a-z][a-z0-9]*\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(w)) ?? null
}

/** What a RUN step's process runs, in the log's words: `/bin/sh -c make` is `RUN make`, `["a","b"]` is `RUN a b`. */
function asInstruction(command: string): string {
  return squeeze(runInstruction(command))
}

/** The step's instruction with exec form unwrapped, for comparing with a process' command. */
function stepCommand(step: BuildStep): string | null {
  if (!/^RUN\b/i.test(step.instruction)) return null
  const body = step.instruction.replace(/^RUN\s+/i, '').replace(/^(?:--[a-z-]+(?:=\S*)?\s+)+/, '')
  if (body.startsWith('[')) {
    try {
      const args = JSON.parse(body) as unknown
      if (Array.isArray(args) && args.every((a) => typeof a === 'string')) return squeeze(`RUN ${args.join(' ')}`)
    } catch {
      // Not JSON: the shell form, as written.
    }
  }
  return squeeze(`RUN ${body}`)
}

/** The log's spans are epoch ms only in rawjson; in plain and legacy logs they are line positions. */
function overlaps(step: BuildStep, cg: StepCgroup, slackMs: number): boolean {
  const end = step.span.end ?? Number.POSITIVE_INFINITY
  return step.span.start - slackMs <= cg.lastMs && cg.firstMs <= end + slackMs
}

/**
 * Ties each watched cgroup to the build's step that runs its command (and, with times, ran
 * when it lived); a step's peak is the highest of its cgroups'. `timed`: the log's spans are
 * epoch ms (rawjson). `slackMs`: how far apart the watch's and the log's clocks may be (the
 * watch samples at intervals).
 */
export function attributeStepPeaks(
  cgroups: readonly StepCgroup[],
  steps: readonly BuildStep[],
  options: { timed: boolean; slackMs?: number }
): {
  steps: MeasuredStep[]
  unattributed: UnattributedStep[]
} {
  const slack = options.slackMs ?? 2000
  const runs = steps.map((s) => ({ step: s, command: stepCommand(s) })).filter((r) => r.command !== null)
  const byStep = new Map<BuildStep, MeasuredStep>()
  const unattributed: UnattributedStep[] = []
  for (const cg of cgroups) {
    const said = cg.command === null ? null : asInstruction(cg.command)
    let candidates = said === null ? [] : runs.filter((r) => r.command === said).map((r) => r.step)
    if (options.timed && candidates.length > 1) candidates = candidates.filter((s) => overlaps(s, cg, slack))
    // One step by several names is still one step: BuildKit merges identical vertices of two stages.
    const names = [...new Set(candidates.map((s) => `${stepPlatform(s) ?? ''}\0${s.name}`))]
    if (names.length !== 1) {
      unattributed.push({ bytes: cg.peakBytes, command: cg.command, candidates: candidates.map((s) => s.name) })
      continue
    }
    const step = candidates[0]
    const seen = byStep.get(step)
    if (seen) {
      seen.bytes = Math.max(seen.bytes, cg.peakBytes)
      seen.cgroups++
    } else byStep.set(step, { instruction: step.name, platform: stepPlatform(step), bytes: cg.peakBytes, cgroups: 1 })
  }
  return { steps: [...byStep.values()].sort((a, b) => b.bytes - a.bytes), unattributed: unattributed.sort((a, b) => b.bytes - a.bytes) }
}

/** The step peaks worth keeping in the history: attributed ones only, without the report's counts. */
export function historySteps(peaks: StepPeaks | null | undefined): StepPeak[] {
  if (!peaks?.seen) return []
  return peaks.steps.map(({ instruction, platform, bytes }) => ({ instruction, platform, bytes }))
}

/** One line for the log and the CLI: what was measured per step, or why nothing was. */
export function stepPeaksSentence(peaks: StepPeaks, builderPeak: number | null, fmt: (bytes: number) => string): string {
  if (!peaks.seen)
    return `Per-step peaks not measured: ${peaks.reason}; ${builderPeak === null ? 'the build has no peak either' : `the build's peak (${fmt(builderPeak)}, all steps together) stands for them`}.`
  if (peaks.steps.length === 0 && peaks.unattributed.length === 0) return `No RUN step's cgroup appeared under ${peaks.parent} during the build.`
  const top = peaks.steps
    .slice(0, 3)
    .map((s) => `${s.instruction}${s.platform ? ` (${s.platform})` : ''} ${fmt(s.bytes)}`)
    .join('; ')
  const rest = peaks.unattributed.length > 0 ? `; ${peaks.unattributed.length} not tied to one step` : ''
  return `Per-step peaks: ${peaks.steps.length} step${peaks.steps.length === 1 ? '' : 's'} measured${top ? ` (heaviest: ${top})` : ''}${rest}.`
}

/** What the run's watch of the step cgroups left: the cgroups it saw, or why it could not look. */
export type StepCgroupsSeen = { parent: string; cgroups: StepCgroup[] } | { unseen: string }

/** A build's step peaks from what its watch saw and the steps its log names. */
export function stepPeaksOf(seen: StepCgroupsSeen | null | undefined, log: { format: string; steps: readonly BuildStep[] }): StepPeaks {
  if (!seen) return { seen: false, reason: "this build's steps ran where no step cgroup is watched (only a builder or BuildKit cgroup on this host is)" }
  if ('unseen' in seen) return { seen: false, reason: seen.unseen }
  return { seen: true, parent: seen.parent, ...attributeStepPeaks(seen.cgroups, log.steps, { timed: log.format === 'rawjson' }) }
}
