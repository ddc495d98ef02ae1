/**
 * docker-memory as a library, for another action or a script: the same functions the action
 * and the CLI run. Sizes are bytes; everything that reads the machine is async.
 */

// Detect: what this machine has (memory, cgroup limits, CPUs, Docker, CI runner).
export { detectMachine, type DetectOptions } from '../probes/machine.js'
export type { CgroupFacts, DockerBackend, DockerFacts, MachineFacts, MemoryFacts, RunnerFacts } from '../core/machine.js'

// Plan: limits from the machine and what was asked, by action input name.
export { parsePlanRequest, type InputReader } from '../core/inputs.js'
export {
  plan,
  buildLimitBytes,
  defaultReserve,
  type ContainerRequest,
  type OnInsufficient,
  type Plan,
  type PlanHistory,
  type PlanProblem,
  type PlanRequest,
  type PlannedContainer
} from '../core/plan/plan.js'
export { formatEnvFile, planEnv, planJson, planOutputs, type EnvOptions } from '../core/publish.js'
export { planText } from '../core/render/text.js'
export { planSummary } from '../core/render/summary.js'
export { PROFILES, PROFILE_TABLE, profileMemory, type Profile } from '../core/plan/profiles.js'

// History: the peaks builds reached, and the plan learned from them.
export {
  buildKey,
  GITHUB_RUNNERS,
  headroomFor,
  knownPeak,
  neededBuildBytes,
  smallestRunnerFor,
  type BuildKeyParts,
  type History,
  type KnownPeak,
  type RunnerSize
} from '../core/history/peaks.js'
export { loadKnownPeak, recordPeak, type HistoryStore, type LoadResult, type PeakLookup, type RecordResult } from '../history/store.js'
export { fileHistoryStore } from '../history/file-store.js'
export { actionsCacheHistoryStore } from '../history/actions-cache-store.js'

// Build and explain share this record of a finished build.
export type { BuildOutcome, Enforcement, MemorySample } from '../core/build/outcome.js'

export { InputError } from '../core/errors.js'
export { formatSize, parseSize, toDockerSize, GiB, MiB } from '../core/units.js'
