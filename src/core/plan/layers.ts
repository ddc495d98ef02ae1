/**
 * The plan's steps, one per layer of the hierarchy: the machine holds the engine, the engine
 * holds the containers and the build, the build is sized from history and split into jobs.
 * Each step takes what the earlier ones decided and returns its own part with the sentences
 * that explain it, so each can be read and tested alone. `plan()` (plan.ts) runs them in order.
 */
import { STEP_FLOOR_BYTES } from '../enforce/mechanism.js'
import { InputError } from '../errors.js'
import type { MachineFacts } from '../machine.js'
import { formatSize as fmt, GiB, MiB } from '../units.js'
import { neededBuildBytes, peakSentence, runnerName, smallestRunnerFor } from '../history/peaks.js'
import { autoModel, largestModelWithin, type OllamaModel } from './ollama.js'
import type { Plan, PlanHistory, PlannedContainer, PlanProblem, PlanRequest } from './plan.js'
import { planParallelism, type Parallelism, type StepPeak } from './parallelism.js'
import { profileMemory } from './profiles.js'

/** Smallest memory limit Docker accepts for a container. */
export const DOCKER_MIN_MEMORY = 6 * MiB
/** Room for the engine itself and small services beside the planned containers (10 GB model → 12 GB VM). */
export const ENGINE_OVERHEAD = 2 * GiB
/** Below this a profile-planned build is reported as starved: not even one compiler job fits. */
const STARVED_BUILD_BYTES = 512 * MiB

/** What a step adds to the plan's explanation. */
export interface Notes {
  reasons: string[]
  problems: PlanProblem[]
  adjustments: string[]
}

const notes = (): Notes => ({ reasons: [], problems: [], adjustments: [] })

/** Memory kept for the OS and the runner when `reserve-memory` is not given. */
export function defaultReserve(basisBytes: number): number {
  return Math.min(8 * GiB, Math.max(1 * GiB, Math.round(basisBytes * 0.1)))
}

/** Layer 1: what the job may use: physical memory, the job's cgroup limit, or the given size. */
export function machineLayer(facts: MachineFacts, request: Pick<PlanRequest, 'totalMemoryBytes' | 'cpus'>): { machine: Plan['machine']; notes: Notes } {
  const out = notes()
  const override = request.totalMemoryBytes !== null
  const physicalBytes = request.totalMemoryBytes ?? facts.memory.totalBytes
  const rawCgroup = override ? null : (facts.cgroup?.memoryLimitBytes ?? null)
  const cgroupLimitBytes = rawCgroup !== null && rawCgroup < physicalBytes ? rawCgroup : null
  const totalBytes = cgroupLimitBytes ?? physicalBytes
  const totalSource = override ? 'override' : cgroupLimitBytes !== null ? 'cgroup' : 'physical'
  if (totalSource === 'cgroup') {
    out.reasons.push(
      `This job runs in a cgroup limited to ${fmt(totalBytes)} (${facts.cgroup?.memoryLimitPath}), less than the ${fmt(physicalBytes)} the host has: the plan uses the limit.`
    )
  } else if (totalSource === 'override') {
    out.reasons.push(`Planned for a machine with ${fmt(totalBytes)} (given), not for this one.`)
  }

  let availableBytes = override ? totalBytes : facts.memory.availableBytes
  const cg = facts.cgroup
  if (!override && cgroupLimitBytes !== null && cg?.memoryUsageBytes != null) {
    const inUse = Math.max(0, cg.memoryUsageBytes - (cg.memoryReclaimableBytes ?? 0))
    availableBytes = Math.min(availableBytes, cgroupLimitBytes - inUse)
  }
  availableBytes = Math.min(totalBytes, Math.max(0, availableBytes))

  const { cpus, cpusSource } = effectiveCpus(facts, request.cpus)
  const swapBytes = override ? 0 : facts.memory.swapTotalBytes
  return { machine: { totalBytes, totalSource, physicalBytes, cgroupLimitBytes, availableBytes, swapBytes, cpus, cpusSource }, notes: out }
}

export interface EngineLayer {
  engine: Plan['engine']
  /** The smaller of layers 1 and 2: what everything below is measured against. */
  basisBytes: number
  reserveBytes: number
  usableBytes: number
  notes: Notes
}

/** Layer 2: the Docker engine's memory, and what is usable in it once the reserve is kept. */
export function engineLayer(facts: MachineFacts, machine: Plan['machine'], request: Pick<PlanRequest, 'totalMemoryBytes' | 'reserveMemoryBytes'>): EngineLayer {
  const out = notes()
  const override = request.totalMemoryBytes !== null
  const totalBytes = machine.totalBytes
  const docker = override ? null : facts.docker
  let engineBytes = totalBytes
  if (docker) {
    engineBytes = docker.memTotalBytes
    if (!docker.inVm && engineBytes > totalBytes) {
      out.reasons.push(`Docker reports the host's ${fmt(engineBytes)}, but this job may use only ${fmt(totalBytes)}: the plan uses ${fmt(totalBytes)}.`)
      engineBytes = totalBytes
    } else if (docker.inVm && engineBytes > totalBytes) {
      // A VM given more than the job may use (a runner in a container with a cgroup limit): the
      // VM's memory is there only as far as the job's limit lets its processes take it.
      out.reasons.push(
        `Docker runs in a VM (${docker.backend}) given ${fmt(engineBytes)}, more than the ${fmt(totalBytes)} this job may use: the plan uses ${fmt(totalBytes)}.`
      )
    } else if (docker.inVm) {
      out.reasons.push(`Docker runs in a VM (${docker.backend}) with ${fmt(engineBytes)} of the machine's ${fmt(totalBytes)}.`)
    }
  } else if (!override) {
    out.reasons.push(
      `No Docker engine answered${facts.dockerAbsentReason ? ` (${facts.dockerAbsentReason})` : ''}: the plan assumes it will get this machine's memory.`
    )
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
    out.reasons.push(`${fmt(reserveBytes)} is kept for the OS and the runner (10 % of ${fmt(basisBytes)}, between 1 and 8 GiB).`)
  }
  const usableBytes = Math.max(0, basisBytes - reserveBytes)
  if (usableBytes === 0) {
    out.problems.push({
      layer: 'machine',
      message: `reserve-memory ${fmt(reserveBytes)} leaves nothing of the ${fmt(basisBytes)} this job has`,
      fix: `lower reserve-memory below ${fmt(basisBytes)}`
    })
  }
  return { engine, basisBytes, reserveBytes, usableBytes, notes: out }
}

export interface ContainersLayer {
  containers: PlannedContainer[]
  ollama: Plan['ollama']
  containerBytes: number
  /** What the containers leave the build of the usable memory. */
  roomBytes: number
  notes: Notes
}

/** Layer 3, containers: the fixed limits asked for, and the Ollama model, downgraded when asked and needed. */
export function containersLayer(
  request: Pick<PlanRequest, 'containers' | 'ollama' | 'onInsufficient'>,
  machine: Plan['machine'],
  engine: EngineLayer
): ContainersLayer {
  const out = notes()
  const containers: PlannedContainer[] = request.containers.map((c) => ({ ...c }))
  let ollama: Plan['ollama'] = null
  if (request.ollama) {
    const fixedBytes = containers.reduce((sum, c) => sum + c.bytes, 0)
    let model: OllamaModel
    let choice: 'auto' | 'explicit' | 'downgraded'
    if (request.ollama.kind === 'auto') {
      model = autoModel(machine.totalBytes)
      choice = 'auto'
      out.reasons.push(`Ollama model ${model.name} is the best whose container (${fmt(model.dockerMemoryBytes)}) fits in 70 % of ${fmt(machine.totalBytes)}.`)
    } else {
      model = request.ollama.model
      choice = 'explicit'
    }
    const room = engine.usableBytes - fixedBytes
    // Downgrading is for a plan that fits: the best model that leaves the build room to run, else
    // (none does) the best that at least fits itself, the build's shortfall then reported. A
    // model that already leaves the room is among those, so only a lower rank is a downgrade.
    if (request.onInsufficient === 'downgrade') {
      const smaller = largestModelWithin(room - STARVED_BUILD_BYTES) ?? largestModelWithin(room)
      if (smaller && smaller.rank < model.rank) {
        const need =
          model.dockerMemoryBytes > room
            ? `needs ${fmt(model.dockerMemoryBytes)} but only ${fmt(Math.max(0, room))} is free for it`
            : `(${fmt(model.dockerMemoryBytes)}) would leave the build ${fmt(room - model.dockerMemoryBytes)}, less than the ${fmt(STARVED_BUILD_BYTES)} it needs`
        out.adjustments.push(
          `Ollama model ${model.name} ${need}: using ${smaller.name} (${fmt(smaller.dockerMemoryBytes)}), which leaves ${fmt(room - smaller.dockerMemoryBytes)} for the build.`
        )
        model = smaller
        choice = 'downgraded'
      }
    }
    ollama = { model: model.name, memoryBytes: model.dockerMemoryBytes, quality: model.quality, choice }
    containers.push({ name: 'ollama', bytes: model.dockerMemoryBytes, model: model.name })
  }
  const containerBytes = containers.reduce((sum, c) => sum + c.bytes, 0)
  // on-insufficient: downgrade changes the Ollama model only (fixed limits are the user's): worth
  // suggesting where it is not on already and a smaller model than this one exists.
  const downgradeHelps = ollama !== null && request.onInsufficient !== 'downgrade' && largestModelWithin(ollama.memoryBytes - 1) !== null

  for (const c of containers) {
    if (c.bytes > engine.engine.bytes) {
      out.problems.push({
        layer: 'engine',
        message: `container ${c.name} needs ${fmt(c.bytes)} but Docker's engine has ${fmt(engine.engine.bytes)}`,
        fix: engineFix(engine.engine.inVm, c.bytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
      })
    }
  }
  if (containers.length > 0 && containerBytes > engine.usableBytes && out.problems.length === 0) {
    out.problems.push({
      layer: 'engine',
      message: `containers need ${fmt(containerBytes)} together but only ${fmt(engine.usableBytes)} is usable (${fmt(engine.basisBytes)} less ${fmt(engine.reserveBytes)} reserve)`,
      fix: engineFix(engine.engine.inVm, containerBytes + ENGINE_OVERHEAD, machine.totalBytes, downgradeHelps)
    })
  }
  return { containers, ollama, containerBytes, roomBytes: Math.max(0, engine.usableBytes - containerBytes), notes: out }
}

/**
 * Layer 3, the build: what the profile gives, or what was asked, within what the containers
 * leave. `problemsSoFar` are the earlier layers' problems: a starved build is not reported on
 * top of the cause, and when the containers alone overflow the engine, an explicit build limit
 * is measured against what it could have had on its own.
 */
export function buildLayer(
  request: Pick<PlanRequest, 'profile' | 'buildMemory' | 'onInsufficient' | 'reserveMemoryBytes'>,
  machine: Plan['machine'],
  engine: EngineLayer,
  containers: ContainersLayer,
  problemsSoFar: readonly PlanProblem[]
): { build: Plan['build']; notes: Notes } {
  const out = notes()
  const { basisBytes, reserveBytes } = engine
  const { roomBytes, containerBytes } = containers
  const profileBytes = profileMemory(request.profile, basisBytes)
  if (request.buildMemory === null) {
    const bytes = Math.min(profileBytes, roomBytes)
    out.reasons.push(
      `The ${request.profile} profile gives ${fmt(profileBytes)} of ${fmt(basisBytes)} (its table: 16 GiB→${fmt(profileMemory(request.profile, 16 * GiB))}, 64 GiB→${fmt(profileMemory(request.profile, 64 * GiB))}).`
    )
    if (roomBytes < profileBytes) out.reasons.push(`Containers and the reserve leave ${fmt(roomBytes)}, so the build gets that.`)
    if (bytes < STARVED_BUILD_BYTES && problemsSoFar.length === 0) {
      out.problems.push({
        layer: 'build',
        message: `only ${fmt(bytes)} is left for the build once containers (${fmt(containerBytes)}) and the reserve (${fmt(reserveBytes)}) are taken`,
        fix: containers.containers.length > 0 ? 'give the containers less memory or use a larger runner' : 'use a larger runner or a smaller reserve-memory'
      })
    }
    return { build: { bytes, source: 'profile', profileBytes }, notes: out }
  }

  let bytes: number
  const source = request.buildMemory.kind === 'percent' ? 'percent' : 'size'
  if (request.buildMemory.kind === 'percent') {
    bytes = Math.floor((machine.availableBytes * request.buildMemory.percent) / 100)
    if (bytes < STEP_FLOOR_BYTES) {
      throw new InputError(
        `build-memory ${request.buildMemory.percent}% of the ${fmt(machine.availableBytes)} available is ${fmt(bytes)}, below the ${fmt(STEP_FLOOR_BYTES)} a build step needs to start`
      )
    }
    out.reasons.push(`build-memory ${request.buildMemory.percent}% of the ${fmt(machine.availableBytes)} available now is ${fmt(bytes)}.`)
  } else {
    bytes = request.buildMemory.bytes
    out.reasons.push(`build-memory ${fmt(bytes)} was given.`)
  }
  const containersFailed = problemsSoFar.some((p) => p.layer === 'engine')
  const buildRoom = containersFailed ? engine.usableBytes : roomBytes
  if (bytes > buildRoom) {
    if (request.onInsufficient === 'downgrade' && roomBytes >= STEP_FLOOR_BYTES) {
      out.adjustments.push(`build-memory ${fmt(bytes)} does not fit in the ${fmt(roomBytes)} left: lowered to ${fmt(roomBytes)}.`)
      bytes = roomBytes
    } else {
      const fixes = [`set build-memory to at most ${fmt(buildRoom)}`]
      const fromProfile = Math.min(profileBytes, buildRoom)
      if (fromProfile >= STARVED_BUILD_BYTES) fixes.push(`leave it empty for the ${request.profile} profile (${fmt(fromProfile)})`)
      const machineBytes = totalGiving(bytes + (containersFailed ? 0 : containerBytes), request.reserveMemoryBytes)
      fixes.push(`use a machine with at least ${fmt(machineBytes)}${runnerFor(machineBytes)}`)
      out.problems.push({
        layer: 'build',
        message: `build-memory ${fmt(bytes)} is more than the ${fmt(buildRoom)} this machine can give a build (${fmt(basisBytes)} less ${fmt(reserveBytes)} reserve${containerBytes > 0 && !containersFailed ? ` and ${fmt(containerBytes)} of containers` : ''})`,
        fix: fixes.join(', ').replace(/, ([^,]*)$/, ', or $1')
      })
    }
  }
  return { build: { bytes, source, profileBytes }, notes: out }
}

/** The build limit again, from the peak this build reached before: raised to hold it, or a problem when it cannot. */
export function historyLayer(
  request: Pick<PlanRequest, 'knownPeak' | 'reserveMemoryBytes'>,
  build: Plan['build'],
  containers: ContainersLayer
): { build: Plan['build']; history: PlanHistory | undefined; notes: Notes } {
  const out = notes()
  const peak = request.knownPeak
  if (!peak) return { build, history: undefined, notes: out }
  const { roomBytes, containerBytes } = containers
  const needed = neededBuildBytes(peak.bytes)
  const requiredTotalBytes = totalGiving(needed + containerBytes, request.reserveMemoryBytes)
  const runnerText = runnerFor(requiredTotalBytes)
  let next = build
  out.reasons.push(peakSentence(peak))
  if (peak.bytes > roomBytes) {
    out.problems.push({
      layer: 'build',
      message: `this build peaked at ${fmt(peak.bytes)} before (${peak.key}), more than the ${fmt(roomBytes)} this machine can give a build: it would be OOM-killed`,
      fix: `use a machine with at least ${fmt(requiredTotalBytes)}${runnerText}`
    })
  } else if (build.source === 'profile' && build.bytes < needed) {
    next = { ...build, bytes: Math.min(needed, roomBytes), source: 'history' }
    out.reasons.push(
      next.bytes < needed
        ? `The build gets all ${fmt(roomBytes)} this machine can give, above the peak but with less headroom than planned; a machine with ${fmt(requiredTotalBytes)} gives it all${runnerText}.`
        : `The profile's ${fmt(build.profileBytes)} is below that, so the build gets ${fmt(next.bytes)}.`
    )
  } else if (build.source !== 'profile' && build.bytes < peak.bytes) {
    out.problems.push({
      layer: 'build',
      message: `build-memory ${fmt(build.bytes)} is below the ${fmt(peak.bytes)} this build peaked at before (${peak.key})`,
      fix: `set build-memory to at least ${fmt(Math.min(needed, roomBytes))}, or leave it empty to plan from the history`
    })
  } else if (build.source !== 'profile' && build.bytes < needed) {
    out.reasons.push(`build-memory ${fmt(build.bytes)} holds the known peak but less than the planned headroom; ${fmt(needed)} would hold it all.`)
  }
  const history = {
    key: peak.key,
    peakBytes: peak.bytes,
    runs: peak.runs,
    neededBuildBytes: needed,
    requiredTotalBytes,
    fits: peak.bytes <= roomBytes,
    fitsWithHeadroom: needed <= roomBytes,
    runner: smallestRunnerFor(requiredTotalBytes)
  }
  return { build: next, history, notes: out }
}

/**
 * A build limit below the per-step floor binds nothing (Docker reads `--memory 0` as no limit),
 * so a plan with one must not say `ok`. When an earlier step reported why, that problem stands
 * alone, as a starved build is not reported on top of its cause.
 */
export function buildFloorProblem(build: Plan['build'], problemsSoFar: readonly PlanProblem[]): PlanProblem | null {
  if (build.bytes >= STEP_FLOOR_BYTES || problemsSoFar.length > 0) return null
  return {
    layer: 'build',
    message: `no memory is left for the build (${fmt(build.bytes)}, below the ${fmt(STEP_FLOOR_BYTES)} a build step needs): no build limit is published`,
    fix: 'free memory in the layers above (containers, reserve-memory) or use a larger runner'
  }
}

/**
 * Parallelism: BuildKit's max-parallelism and the jobs of one step, from the steps' expected
 * peaks (parallelism.ts). No more jobs than CPUs, and no more than the build limit can hold.
 */
export function parallelismLayer(
  buildBytes: number,
  cpus: number,
  memoryPerJobBytes: number,
  platforms = 1,
  steps: readonly StepPeak[] = []
): { parallelism: Parallelism; notes: Notes } {
  const out = notes()
  const parallelism = planParallelism({ buildBytes, cpus, memoryPerJobBytes, platforms, steps })
  out.reasons.push(...parallelism.reasons)
  return { parallelism, notes: out }
}

/** The jobs part alone, for callers that plan no BuildKit steps. */
export function jobsLayer(buildBytes: number, cpus: number, memoryPerJobBytes: number): { jobs: number; notes: Notes } {
  const { parallelism } = parallelismLayer(buildBytes, cpus, memoryPerJobBytes)
  const out = notes()
  out.reasons.push(parallelism.reasons[parallelism.reasons.length - 1])
  return { jobs: parallelism.jobs, notes: out }
}

/**
 * What a measured peak asks of a runner: the build limit with its headroom, and the machine
 * memory that gives the build that after the reserve and the containers (`needs-memory`).
 */
export function fitFor(
  peakBytes: number,
  roomBytes: number,
  containerBytes: number,
  reserveMemoryBytes: number | null
): { neededBuildBytes: number; requiredTotalBytes: number; fits: boolean } {
  const needed = neededBuildBytes(peakBytes)
  return { neededBuildBytes: needed, requiredTotalBytes: totalGiving(needed + containerBytes, reserveMemoryBytes), fits: needed <= roomBytes }
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

function engineFix(inVm: boolean, neededBytes: number, totalBytes: number, downgradeHelps: boolean): string {
  if (inVm && neededBytes <= totalBytes) {
    return `give Docker's VM at least ${fmt(neededBytes)} (docker-memory resize --memory ${Math.ceil(neededBytes / GiB)}g, or on-insufficient: resize)`
  }
  const ways = inVm
    ? ['a larger machine', 'smaller container limits']
    : [`a runner with more memory (at least ${fmt(neededBytes)})`, 'smaller container limits']
  if (downgradeHelps) ways.push('on-insufficient: downgrade (a smaller Ollama model)')
  const choice = ways.length === 3 ? `${ways[0]}, ${ways[1]}, or ${ways[2]}` : `${ways[0]} or ${ways[1]}`
  return inVm ? `this machine has ${fmt(totalBytes)}, less than the ${fmt(neededBytes)} Docker would need: use ${choice}` : `use ${choice}`
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
