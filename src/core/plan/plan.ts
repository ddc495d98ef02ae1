/**
 * Where every limit is computed. Pure: takes what the probes found and what the user asked
 * for, returns the plan. The action, the CLI and the build all call `plan()`.
 */
import { neededBuildBytes, peakSentence, runnerName, smallestRunnerFor, type KnownPeak, type RunnerSize } from './history.js'
import type { MachineFacts } from '../machine.js'
import { autoModel, largestModelWithin, type OllamaChoice, type OllamaModel } from './ollama.js'
import { profileMemory, type Profile } from './profiles.js'
import { formatSize as fmt, GiB, type SizeOrPercent } from '../units.js'

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
}

export interface PlannedContainer {
  name: string
  bytes: number
  /** Set for the Ollama container. */
  model?: string
}

export interface PlanProblem {
  /** The layer of seed 000's hierarchy that is too small. */
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
  /** The smallest GitHub-hosted runner with Docker that has `requiredTotalBytes`. */
  runner: RunnerSize | null
}

/** Smallest memory limit Docker accepts for a container. */
export const DOCKER_MIN_MEMORY = 6 * 1024 * 1024
/** Room for the engine itself and small services beside the planned containers (seed 000: 10 GB model → 12 GB VM). */
export const ENGINE_OVERHEAD = 2 * GiB

/** Memory kept for the OS and the runner when `reserve-memory` is not given. */
export function defaultReserve(basisBytes: number): number {
  return Math.min(8 * GiB, Math.max(1 * GiB, Math.round(basisBytes * 0.1)))
}

export function plan(machine: MachineFacts, request: PlanRequest): Plan {
  const reasons: string[] = []
  const problems: PlanProblem[] = []
  const adjustments: string[] = []

  // Layer 1
  const override = request.totalMemoryBytes !== null
  const physicalBytes = request.totalMemoryBytes ?? machine.memory.totalBytes
  const rawCgroup = override ? null : (machine.cgroup?.memoryLimitBytes ?? null)
  const cgroupLimitBytes = rawCgroup !== null && rawCgroup < physicalBytes ? rawCgroup : null
  const totalBytes = cgroupLimitBytes ?? physicalBytes
  const totalSource = override ? 'override' : cgroupLimitBytes !== null ? 'cgroup' : 'physical'
  if (totalSource === 'cgroup') {
    reasons.push(
      `This job runs in a cgroup limited to ${fmt(totalBytes)} (${machine.cgroup?.memoryLimitPath}), less than the ${fmt(physicalBytes)} the host has: the plan uses the limit.`
    )
  } else if (totalSource === 'override') {
    reasons.push(`Planned for a machine with ${fmt(totalBytes)} (given), not for this one.`)
  }

  let availableBytes = override ? totalBytes : machine.memory.availableBytes
  const cg = machine.cgroup
  if (!override && cgroupLimitBytes !== null && cg?.memoryUsageBytes != null) {
    const inUse = Math.max(0, cg.memoryUsageBytes - (cg.memoryReclaimableBytes ?? 0))
    availableBytes = Math.min(availableBytes, cgroupLimitBytes - inUse)
  }
  availableBytes = clamp(availableBytes, 0, totalBytes)

  // Layer 2
  const docker = override ? null : machine.docker
  let engineBytes = totalBytes
  if (docker) {
    engineBytes = docker.memTotalBytes
    if (!docker.inVm && engineBytes > totalBytes) {
      reasons.push(
        `Docker reports the host's ${fmt(engineBytes)}, but this job may use only ${fmt(totalBytes)}: the plan uses ${fmt(totalBytes)}.`
      )
      engineBytes = totalBytes
    } else if (docker.inVm) {
      reasons.push(`Docker runs in a VM (${docker.backend}) with ${fmt(engineBytes)} of the machine's ${fmt(totalBytes)}.`)
    }
  } else if (!override) {
    reasons.push(`No Docker engine answered${machine.dockerAbsentReason ? ` (${machine.dockerAbsentReason})` : ''}: the plan assumes it will get this machine's memory.`)
  }
  const engine = {
    bytes: engineBytes,
    source: docker ? ('docker' as const) : ('assumed' as const),
    backend: docker?.backend ?? 'engine',
    inVm: docker?.inVm ?? false
  }
  const basisBytes = Math.min(totalBytes, engineBytes)

  const reserveBytes = request.reserveMemoryBytes ?? defaultReserve(basisBytes)
  if (request.reserveMemoryBytes === null) {
    reasons.push(`${fmt(reserveBytes)} is kept for the OS and the runner (10 % of ${fmt(basisBytes)}, between 1 and 8 GiB).`)
  }
  const usableBytes = Math.max(0, basisBytes - reserveBytes)
  if (usableBytes === 0) {
    problems.push({
      layer: 'machine',
      message: `reserve-memory ${fmt(reserveBytes)} leaves nothing of the ${fmt(basisBytes)} this job has`,
      fix: `lower reserve-memory below ${fmt(basisBytes)}`
    })
  }

  // Layer 3: containers, the Ollama model among them
  const containers: PlannedContainer[] = request.containers.map((c) => ({ ...c }))
  const fixedBytes = containers.reduce((sum, c) => sum + c.bytes, 0)
  let ollama: Plan['ollama'] = null
  if (request.ollama) {
    let model: OllamaModel
    let choice: 'auto' | 'explicit' | 'downgraded'
    if (request.ollama.kind === 'auto') {
      model = autoModel(totalBytes)
      choice = 'auto'
      reasons.push(`Ollama model ${model.name} is the best whose container (${fmt(model.dockerMemoryBytes)}) fits in 70 % of ${fmt(totalBytes)}.`)
    } else {
      model = request.ollama.model
      choice = 'explicit'
    }
    const room = usableBytes - fixedBytes
    if (model.dockerMemoryBytes > room && request.onInsufficient === 'downgrade') {
      const smaller = largestModelWithin(room)
      if (smaller && smaller.name !== model.name) {
        adjustments.push(`Ollama model ${model.name} needs ${fmt(model.dockerMemoryBytes)} but only ${fmt(Math.max(0, room))} is free for it: using ${smaller.name} (${fmt(smaller.dockerMemoryBytes)}).`)
        model = smaller
        choice = 'downgraded'
      }
    }
    ollama = { model: model.name, memoryBytes: model.dockerMemoryBytes, quality: model.quality, choice }
    containers.push({ name: 'ollama', bytes: model.dockerMemoryBytes, model: model.name })
  }
  const containerBytes = containers.reduce((sum, c) => sum + c.bytes, 0)

  for (const c of containers) {
    if (c.bytes > engineBytes) {
      problems.push({
        layer: 'engine',
        message: `container ${c.name} needs ${fmt(c.bytes)} but Docker's engine has ${fmt(engineBytes)}`,
        fix: engineFix(engine.inVm, c.bytes + ENGINE_OVERHEAD, totalBytes)
      })
    }
  }
  if (containers.length > 0 && containerBytes > usableBytes && !problems.some((p) => p.layer === 'engine')) {
    problems.push({
      layer: 'engine',
      message: `containers need ${fmt(containerBytes)} together but only ${fmt(usableBytes)} is usable (${fmt(basisBytes)} less ${fmt(reserveBytes)} reserve)`,
      fix: engineFix(engine.inVm, containerBytes + ENGINE_OVERHEAD, totalBytes)
    })
  }

  // The build gets what the profile gives, or what was asked, within what the containers leave.
  const roomBytes = Math.max(0, usableBytes - containerBytes)
  const profileBytes = profileMemory(request.profile, basisBytes)
  let buildBytes: number
  let source: Plan['build']['source']
  if (request.buildMemory === null) {
    source = 'profile'
    buildBytes = Math.min(profileBytes, roomBytes)
    reasons.push(`The ${request.profile} profile gives ${fmt(profileBytes)} of ${fmt(basisBytes)} (seed table: 16→${fmt(profileMemory(request.profile, 16 * GiB))}, 64→${fmt(profileMemory(request.profile, 64 * GiB))}).`)
    if (roomBytes < profileBytes) {
      reasons.push(`Containers and the reserve leave ${fmt(roomBytes)}, so the build gets that.`)
    }
    if (buildBytes < 512 * 1024 * 1024 && problems.length === 0) {
      problems.push({
        layer: 'build',
        message: `only ${fmt(buildBytes)} is left for the build once containers (${fmt(containerBytes)}) and the reserve (${fmt(reserveBytes)}) are taken`,
        fix: containers.length > 0 ? 'give the containers less memory or use a larger runner' : 'use a larger runner or a smaller reserve-memory'
      })
    }
  } else {
    if (request.buildMemory.kind === 'percent') {
      source = 'percent'
      buildBytes = Math.floor((availableBytes * request.buildMemory.percent) / 100)
      reasons.push(`build-memory ${request.buildMemory.percent}% of the ${fmt(availableBytes)} available now is ${fmt(buildBytes)}.`)
    } else {
      source = 'size'
      buildBytes = request.buildMemory.bytes
      reasons.push(`build-memory ${fmt(buildBytes)} was given.`)
    }
    // When the containers alone overflow the engine, that is the problem to report; the build
    // is then measured against what it could have had on its own.
    const containersFailed = problems.some((p) => p.layer === 'engine')
    const buildRoom = containersFailed ? usableBytes : roomBytes
    if (buildBytes > buildRoom) {
      if (request.onInsufficient === 'downgrade' && roomBytes >= DOCKER_MIN_MEMORY) {
        adjustments.push(`build-memory ${fmt(buildBytes)} does not fit in the ${fmt(roomBytes)} left: lowered to ${fmt(roomBytes)}.`)
        buildBytes = roomBytes
      } else {
        const fixes = [`set build-memory to at most ${fmt(buildRoom)}`]
        const fromProfile = Math.min(profileBytes, buildRoom)
        if (fromProfile >= 512 * 1024 * 1024) fixes.push(`leave it empty for the ${request.profile} profile (${fmt(fromProfile)})`)
        const machineBytes = totalGiving(buildBytes + (containersFailed ? 0 : containerBytes), request.reserveMemoryBytes)
        fixes.push(`use a machine with at least ${fmt(machineBytes)}${runnerFor(machineBytes)}`)
        problems.push({
          layer: 'build',
          message: `build-memory ${fmt(buildBytes)} is more than the ${fmt(buildRoom)} this machine can give a build (${fmt(basisBytes)} less ${fmt(reserveBytes)} reserve${containerBytes > 0 && !containersFailed ? ` and ${fmt(containerBytes)} of containers` : ''})`,
          fix: fixes.join(', ').replace(/, ([^,]*)$/, ', or $1')
        })
      }
    }
  }

  let history: PlanHistory | undefined
  if (request.knownPeak) {
    const peak = request.knownPeak
    const needed = neededBuildBytes(peak.bytes)
    const requiredTotalBytes = totalGiving(needed + containerBytes, request.reserveMemoryBytes)
    const runner = smallestRunnerFor(requiredTotalBytes)
    const runnerText = runnerFor(requiredTotalBytes)
    reasons.push(peakSentence(peak))
    if (peak.bytes > roomBytes) {
      problems.push({
        layer: 'build',
        message: `this build peaked at ${fmt(peak.bytes)} before (${peak.key}), more than the ${fmt(roomBytes)} this machine can give a build: it would be OOM-killed`,
        fix: `use a machine with at least ${fmt(requiredTotalBytes)}${runnerText}`
      })
    } else if (source === 'profile' && buildBytes < needed) {
      buildBytes = Math.min(needed, roomBytes)
      source = 'history'
      reasons.push(
        buildBytes < needed
          ? `The build gets all ${fmt(roomBytes)} this machine can give, above the peak but with less headroom than planned; a machine with ${fmt(requiredTotalBytes)} gives it all${runnerText}.`
          : `The profile's ${fmt(profileBytes)} is below that, so the build gets ${fmt(buildBytes)}.`
      )
    } else if (source !== 'profile' && buildBytes < peak.bytes) {
      problems.push({
        layer: 'build',
        message: `build-memory ${fmt(buildBytes)} is below the ${fmt(peak.bytes)} this build peaked at before (${peak.key})`,
        fix: `set build-memory to at least ${fmt(Math.min(needed, roomBytes))}, or leave it empty to plan from the history`
      })
    } else if (source !== 'profile' && buildBytes < needed) {
      reasons.push(`build-memory ${fmt(buildBytes)} holds the known peak but less than the planned headroom; ${fmt(needed)} would hold it all.`)
    }
    history = { key: peak.key, peakBytes: peak.bytes, runs: peak.runs, neededBuildBytes: needed, requiredTotalBytes, fits: peak.bytes <= roomBytes, runner }
  }

  // Parallelism: no more jobs than CPUs, and no more than the memory can hold.
  const { cpus, cpusSource } = effectiveCpus(machine, request.cpus)
  const byMemory = Math.max(1, Math.floor(buildBytes / request.memoryPerJobBytes))
  const jobs = Math.max(1, Math.min(cpus, byMemory))
  reasons.push(
    byMemory < cpus
      ? `${jobs} parallel job${jobs === 1 ? '' : 's'}: ${fmt(buildBytes)} holds ${Math.floor(buildBytes / request.memoryPerJobBytes) < 1 ? 'less than one job' : byMemory} at ${fmt(request.memoryPerJobBytes)} each, fewer than the ${cpus} CPUs.`
      : `${jobs} parallel job${jobs === 1 ? '' : 's'}: one per CPU (${cpus}), and ${fmt(buildBytes)} holds ${byMemory} at ${fmt(request.memoryPerJobBytes)} each.`
  )

  const explicitBuild = request.buildMemory === null ? 0 : buildBytes
  const requiredEngineBytes = containerBytes + explicitBuild + ENGINE_OVERHEAD

  return {
    profile: request.profile,
    machine: {
      totalBytes,
      totalSource,
      physicalBytes,
      cgroupLimitBytes,
      availableBytes,
      swapBytes: override ? 0 : machine.memory.swapTotalBytes,
      cpus,
      cpusSource
    },
    engine,
    reserveBytes,
    usableBytes,
    build: { bytes: Math.max(0, buildBytes), source, profileBytes },
    containers,
    ollama,
    jobs,
    memoryPerJobBytes: request.memoryPerJobBytes,
    requiredEngineBytes,
    onInsufficient: request.onInsufficient,
    status: problems.length > 0 ? 'insufficient' : 'ok',
    problems,
    adjustments,
    reasons,
    ...(history ? { history } : {})
  }
}

function runnerFor(totalBytes: number): string {
  const runner = smallestRunnerFor(totalBytes)
  return runner ? `; the smallest GitHub-hosted runner with that is ${runnerName(runner)}` : '; no GitHub-hosted runner is that large'
}

/** The machine memory that leaves `usableBytes` after the reserve (given, or the default's 10 %, 1–8 GiB). */
function totalGiving(usableBytes: number, reserveBytes: number | null): number {
  if (reserveBytes !== null) return usableBytes + reserveBytes
  // The default reserve is 1 GiB, 10 % or 8 GiB, so the smallest total is one of these three.
  const candidates = [usableBytes + GiB, Math.ceil(usableBytes / 0.9) + 1, usableBytes + 8 * GiB].sort((x, y) => x - y)
  return candidates.find((total) => total - defaultReserve(total) >= usableBytes) ?? usableBytes + 8 * GiB
}

function engineFix(inVm: boolean, neededBytes: number, totalBytes: number): string {
  if (inVm) {
    return neededBytes <= totalBytes
      ? `give Docker's VM at least ${fmt(neededBytes)} (docker-memory resize --memory ${Math.ceil(neededBytes / GiB)}g, or on-insufficient: resize)`
      : `this machine has ${fmt(totalBytes)}, less than the ${fmt(neededBytes)} Docker would need: use on-insufficient: downgrade or a larger machine`
  }
  return `use a runner with more memory (at least ${fmt(neededBytes)}), smaller container limits, or on-insufficient: downgrade`
}

function effectiveCpus(machine: MachineFacts, override: number | null): { cpus: number; cpusSource: Plan['machine']['cpusSource'] } {
  if (override !== null) return { cpus: override, cpusSource: 'override' }
  let cpus = Math.max(1, machine.cpus.logical)
  let cpusSource: Plan['machine']['cpusSource'] = 'cpus'
  const quota = machine.cgroup?.cpuQuota
  if (quota != null && Math.max(1, Math.floor(quota)) < cpus) {
    cpus = Math.max(1, Math.floor(quota))
    cpusSource = 'cgroup-quota'
  }
  const cpuset = machine.cgroup?.cpusetCount
  if (cpuset != null && cpuset > 0 && cpuset < cpus) {
    cpus = cpuset
    cpusSource = 'cpuset'
  }
  return { cpus, cpusSource }
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n))
}
