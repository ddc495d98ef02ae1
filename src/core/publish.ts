/**
 * What a plan publishes: step outputs and environment variables, as plain name → value maps.
 * The action writes them with @actions/core, the CLI prints them; both come from here.
 */
import type { MachineFacts } from './machine.js'
import type { Plan } from './plan/plan.js'
import { toDockerSize, toWholeGiB } from './units.js'

export function planOutputs(plan: Plan): Record<string, string> {
  const m = plan.machine
  return {
    'total-memory': toDockerSize(m.totalBytes),
    'total-memory-bytes': String(m.totalBytes),
    'available-memory': toDockerSize(m.availableBytes),
    'available-memory-bytes': String(m.availableBytes),
    'cgroup-limit': m.cgroupLimitBytes === null ? '' : toDockerSize(m.cgroupLimitBytes),
    'cgroup-limit-bytes': m.cgroupLimitBytes === null ? '' : String(m.cgroupLimitBytes),
    'docker-memory': plan.engine.source === 'docker' ? toDockerSize(plan.engine.bytes) : '',
    'docker-memory-bytes': plan.engine.source === 'docker' ? String(plan.engine.bytes) : '',
    'reserve-memory': toDockerSize(plan.reserveBytes),
    'build-memory': toDockerSize(plan.build.bytes),
    'build-memory-bytes': String(plan.build.bytes),
    jobs: String(plan.jobs),
    cpus: String(m.cpus),
    profile: plan.profile,
    containers: JSON.stringify(Object.fromEntries(plan.containers.map((c) => [c.name, toDockerSize(c.bytes)]))),
    'ollama-model': plan.ollama?.model ?? '',
    'ollama-memory': plan.ollama ? toDockerSize(plan.ollama.memoryBytes) : '',
    status: plan.status,
    plan: JSON.stringify(planJson(plan))
  }
}

/**
 * Variables for later steps. `current` is the environment as it is, so flags other tools
 * already set (MAKEFLAGS, GRADLE_OPTS, GOFLAGS) are kept and only the job count is replaced.
 * NODE_OPTIONS is not among them: GitHub refuses it in GITHUB_ENV.
 */
export function planEnv(plan: Plan, current: Record<string, string | undefined> = {}): Record<string, string> {
  const jobs = String(plan.jobs)
  const env: Record<string, string> = {
    DOCKER_MEMORY_BUILD: toDockerSize(plan.build.bytes),
    DOCKER_MEMORY_BUILD_BYTES: String(plan.build.bytes),
    DOCKER_MEMORY_JOBS: jobs,
    DOCKER_MEMORY_PROFILE: plan.profile
  }
  for (const c of plan.containers) {
    env[`DOCKER_MEMORY_CONTAINER_${envName(c.name)}`] = toDockerSize(c.bytes)
  }
  if (plan.ollama) {
    // Seed 000's names: the model, and the container's memory in whole GB.
    env.OLLAMA_ROUTER_MODEL = plan.ollama.model
    env.OLLAMA_DOCKER_MEMORY = String(toWholeGiB(plan.ollama.memoryBytes))
  }
  env.MAKEFLAGS = withFlag(current.MAKEFLAGS, /(^|\s)(-j\s*\d*|--jobs(=\d+)?)(?=\s|$)/, `-j${jobs}`)
  env.CMAKE_BUILD_PARALLEL_LEVEL = jobs
  env.CARGO_BUILD_JOBS = jobs
  env.MAX_JOBS = jobs
  env.GRADLE_OPTS = withFlag(current.GRADLE_OPTS, /(^|\s)-Dorg\.gradle\.workers\.max=\d+(?=\s|$)/, `-Dorg.gradle.workers.max=${jobs}`)
  env.GOFLAGS = withFlag(current.GOFLAGS, /(^|\s)-p=\d+(?=\s|$)/, `-p=${jobs}`)
  return env
}

/** The plan as JSON for machines: sizes in bytes, names as in the TypeScript types. */
export function planJson(plan: Plan, machine?: MachineFacts): Record<string, unknown> {
  return {
    status: plan.status,
    profile: plan.profile,
    totalMemoryBytes: plan.machine.totalBytes,
    totalMemorySource: plan.machine.totalSource,
    physicalMemoryBytes: plan.machine.physicalBytes,
    cgroupLimitBytes: plan.machine.cgroupLimitBytes,
    availableMemoryBytes: plan.machine.availableBytes,
    swapBytes: plan.machine.swapBytes,
    cpus: plan.machine.cpus,
    cpusSource: plan.machine.cpusSource,
    dockerMemoryBytes: plan.engine.source === 'docker' ? plan.engine.bytes : null,
    engine: plan.engine,
    reserveMemoryBytes: plan.reserveBytes,
    usableMemoryBytes: plan.usableBytes,
    buildMemoryBytes: plan.build.bytes,
    buildMemory: toDockerSize(plan.build.bytes),
    buildMemorySource: plan.build.source,
    jobs: plan.jobs,
    memoryPerJobBytes: plan.memoryPerJobBytes,
    containers: plan.containers.map((c) => ({ name: c.name, memoryBytes: c.bytes, memory: toDockerSize(c.bytes), ...(c.model ? { model: c.model } : {}) })),
    ollama: plan.ollama,
    requiredEngineBytes: plan.requiredEngineBytes,
    onInsufficient: plan.onInsufficient,
    problems: plan.problems,
    adjustments: plan.adjustments,
    reasons: plan.reasons,
    ...(plan.history ? { history: plan.history } : {}),
    ...(machine ? { machine } : {})
  }
}

/** A container's name in an environment variable: DOCKER_MEMORY_CONTAINER_<this>. */
export function envName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_')
}

function withFlag(current: string | undefined, existing: RegExp, flag: string): string {
  const value = (current ?? '').trim()
  if (value === '') return flag
  return existing.test(value) ? value.replace(existing, `$1${flag}`).trim() : `${value} ${flag}`
}
