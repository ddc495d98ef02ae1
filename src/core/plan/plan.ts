/**
 * Where every limit is computed. Pure: takes what the probes found and what the user asked
 * for, returns the plan. The action, the CLI and the build all call `plan()`, which runs the
 * steps in layers.ts, one per layer, outermost first.
 */
import { STEP_FLOOR_BYTES } from '../enforce/mechanism.js'
import type { MachineFacts } from '../machine.js'
import type { SizeOrPercent } from '../units.js'
import type { KnownPeak, RunnerSize } from '../history/peaks.js'
import { fitOf, type Fit, type FitBasis, type RunnerLabel } from './fit.js'
import {
  buildFloorProblem,
  buildLayer,
  containersLayer,
  ENGINE_OVERHEAD,
  engineLayer,
  fitFor,
  historyLayer,
  machineLayer,
  parallelismLayer,
  type Notes
} from './layers.js'
import { buildkitdConfig, type Parallelism } from './parallelism.js'
import type { OllamaChoice } from './ollama.js'
import type { Profile } from './profiles.js'

export { defaultReserve } from './layers.js'

export const ON_INSUFFICIENT = ['fail', 'warn', 'downgrade', 'resize'] as const
export type OnInsufficient = (typeof ON_INSUFFICIENT)[number]

export interface ContainerRequest {
  name: string
  bytes: number
}

export interface PlanRequest {
  profile: Profile
  /** null: the profile decides. */
  buildMemory: SizeOrPercent | null
  /** null: the default reserve (`defaultReserve`). */
  reserveMemoryBytes: number | null
  containers: ContainerRequest[]
  ollama: OllamaChoice | null
  onInsufficient: OnInsufficient
  memoryPerJobBytes: number
  /** Plan for another machine: its memory and CPUs replace what the probes found. */
  totalMemoryBytes: number | null
  cpus: number | null
  /** The highest peak this build reached before (history.ts); the build limit is planned above it. */
  knownPeak?: KnownPeak | null
  /** Platforms the build asks for (`platforms`); empty: the builder's own. */
  platforms?: string[]
  /** `runner-labels`: the runners a build that does not fit may move to. */
  runnerLabels?: RunnerLabel[]
}

export interface PlannedContainer {
  name: string
  bytes: number
  /** Set for the Ollama container. */
  model?: string
}

export interface PlanProblem {
  /** The layer of the hierarchy (machine, engine, build) that is too small. */
  layer: 'machine' | 'engine' | 'build'
  message: string
  fix: string
}

export interface Plan {
  profile: Profile
  machine: {
    /** Layer 1: what the job may use, physical memory or the cgroup limit. */
    totalBytes: number
    totalSource: 'physical' | 'cgroup' | 'override'
    physicalBytes: number
    cgroupLimitBytes: number | null
    availableBytes: number
    swapBytes: number
    cpus: number
    cpusSource: 'cpus' | 'cgroup-quota' | 'cpuset' | 'override'
  }
  /** Layer 2: the Docker engine's memory (its VM on Docker Desktop and Colima). */
  engine: {
    bytes: number
    source: 'docker' | 'assumed'
    backend: string
    inVm: boolean
  }
  reserveBytes: number
  /** What builds and containers may share: the smaller of layers 1 and 2, less the reserve. */
  usableBytes: number
  build: {
    bytes: number
    source: 'profile' | 'size' | 'percent' | 'history'
    /** What the profile alone would give. */
    profileBytes: number
  }
  /** Layer 3: every container limit, the Ollama container included. */
  containers: PlannedContainer[]
  ollama: { model: string; memoryBytes: number; quality: string; choice: 'auto' | 'explicit' | 'downgraded' } | null
  jobs: number
  memoryPerJobBytes: number
  /** BuildKit's max-parallelism and why: the steps that may run at once fit the build limit. */
  parallelism: Parallelism & { buildkitdConfig: string; platforms: string[] }
  /** Whether the known peak fits this runner, and which would hold it. */
  fit: Fit
  /** What `fits` is measured against, for a build's own peak (afterBuild). */
  fitBasis: FitBasis
  /** Engine memory that would satisfy the containers and build asked for, with room for the engine itself. */
  requiredEngineBytes: number
  onInsufficient: OnInsufficient
  status: 'ok' | 'insufficient'
  problems: PlanProblem[]
  /** Changes `downgrade` made. */
  adjustments: string[]
  /** Why the numbers are what they are, one sentence each. */
  reasons: string[]
  /** Set when the request carried a known peak. */
  history?: PlanHistory
}

export interface PlanHistory {
  key: string
  peakBytes: number
  runs: number
  /** The known peak plus headroom. */
  neededBuildBytes: number
  /** Machine memory that gives a build `neededBuildBytes` after the reserve and the containers. */
  requiredTotalBytes: number
  /** The known peak fits in what this machine can give a build. */
  fits: boolean
  /** The known peak and its headroom (`neededBuildBytes`) fit too. */
  fitsWithHeadroom: boolean
  /** The smallest GitHub-hosted runner with Docker that has `requiredTotalBytes`. */
  runner: RunnerSize | null
}

export function plan(facts: MachineFacts, request: PlanRequest): Plan {
  const { machine, notes: machineNotes } = machineLayer(facts, request)
  const engine = engineLayer(facts, machine, request)
  const containers = containersLayer(request, machine, engine)
  const earlier = [...engine.notes.problems, ...containers.notes.problems]
  const sized = buildLayer(request, machine, engine, containers, earlier)
  const learned = historyLayer(request, sized.build, containers)
  const build = { ...learned.build, bytes: Math.max(0, learned.build.bytes) }
  const platforms = request.platforms ?? []
  const jobs = parallelismLayer(build.bytes, machine.cpus, request.memoryPerJobBytes, platforms.length, request.knownPeak?.steps ?? [])
  const all = joinNotes(machineNotes, engine.notes, containers.notes, sized.notes, learned.notes, jobs.notes)
  const peak = request.knownPeak
  const fit = fitOf(
    peak ? fitFor(peak.bytes, containers.roomBytes, containers.containerBytes, request.reserveMemoryBytes) : null,
    request.runnerLabels ?? [],
    'history'
  )
  const floor = buildFloorProblem(build, all.problems)
  if (floor) all.problems.push(floor)

  const explicitBuild = request.buildMemory === null ? 0 : build.bytes
  return {
    profile: request.profile,
    machine,
    engine: engine.engine,
    reserveBytes: engine.reserveBytes,
    usableBytes: engine.usableBytes,
    build,
    containers: containers.containers,
    ollama: containers.ollama,
    jobs: jobs.parallelism.jobs,
    memoryPerJobBytes: request.memoryPerJobBytes,
    parallelism: { ...jobs.parallelism, buildkitdConfig: buildkitdConfig(jobs.parallelism.maxParallelism), platforms },
    fit,
    fitBasis: {
      roomBytes: containers.roomBytes,
      containerBytes: containers.containerBytes,
      reserveMemoryBytes: request.reserveMemoryBytes,
      labels: request.runnerLabels ?? []
    },
    requiredEngineBytes: containers.containerBytes + explicitBuild + ENGINE_OVERHEAD,
    onInsufficient: request.onInsufficient,
    status: all.problems.length > 0 ? 'insufficient' : 'ok',
    problems: all.problems,
    adjustments: all.adjustments,
    reasons: all.reasons,
    ...(learned.history ? { history: learned.history } : {})
  }
}

/**
 * The build limit to publish, or null when the plan has none: below the per-step floor a
 * limit binds nothing, and Docker reads `--memory 0` as no limit at all.
 */
export function buildLimitBytes(plan: Plan): number | null {
  return plan.build.bytes >= STEP_FLOOR_BYTES ? plan.build.bytes : null
}

/**
 * `fits` and `needs-memory` once the build ran: from the higher of its own peak and the known
 * one. A killed build's peak is the limit it hit, a lower bound of its need, so it never fits.
 */
export function fitAfterBuild(plan: Plan, peakBytes: number | null, killed: boolean): Fit {
  const b = plan.fitBasis
  const peak = Math.max(peakBytes ?? 0, plan.history?.peakBytes ?? 0)
  if (peak === 0) return killed ? { ...plan.fit, fits: false, source: 'build' } : plan.fit
  const fit = fitFor(peak, b.roomBytes, b.containerBytes, b.reserveMemoryBytes)
  return fitOf({ fits: fit.fits && !killed, requiredTotalBytes: fit.requiredTotalBytes }, b.labels, peakBytes !== null ? 'build' : plan.fit.source)
}

function joinNotes(...parts: Notes[]): Notes {
  return {
    reasons: parts.flatMap((n) => n.reasons),
    problems: parts.flatMap((n) => n.problems),
    adjustments: parts.flatMap((n) => n.adjustments)
  }
}
