import type { StepCgroupsSeen } from './step-peaks.js'

/**
 * What a finished build leaves behind. The build runner fills it in; the explanation
 * (annotations, job summary) and the learned limits read it.
 */

/** The mechanism that bound the build's memory, or `none`. */
export type Enforcement = 'resource' | 'builder' | 'kubernetes' | 'cgroup' | 'legacy' | 'none'

export interface MemorySample {
  /** Milliseconds since the build started. */
  tMs: number
  bytes: number
}

export interface BuildOutcome {
  enforcement: Enforcement
  /** One sentence: why this mechanism was chosen, or for `none` why nothing can bind. */
  enforcementReason: string
  limitBytes: number | null
  swapLimitBytes: number | null
  /** Where the limit applies: each RUN step on its own, or all steps of the build together. */
  limitScope: 'step' | 'build' | null
  /** null when docker ended by a signal or was cancelled. */
  exitCode: number | null
  signal: string | null
  cancelled: boolean
  startedAt: string
  durationMs: number
  /** The whole build log on disk. */
  logPath: string
  logFormat: 'plain' | 'rawjson' | 'legacy'
  /** The Dockerfile as the user named it (relative to the workspace), null for the default. */
  dockerfile: string | null
  context: string
  /** High-water mark from the kernel (memory.peak, memory.max_usage_in_bytes). */
  peakBytes: number | null
  /** Which file the peak came from. */
  peakSource: string | null
  builderName: string | null
  /** The BuildKit daemon's container was OOM-killed (docker inspect State.OOMKilled). */
  builderOomKilled: boolean | null
  /** OOM kills counted by the cgroup during the build, where the kernel counts them. */
  oomKills: number | null
  /** Memory of the bound cgroup over time, sampled at low overhead. */
  memorySamples: MemorySample[]
  /** The step cgroups watched under the builder (each step's own memory); absent where none were watched. */
  stepCgroups?: StepCgroupsSeen | null
}
