/**
 * What a plan publishes: step outputs and environment variables, as plain name → value maps.
 * The action writes them with @actions/core, the CLI prints them; both come from here.
 */
import { InputError } from './errors.js'
import type { MachineFacts } from './machine.js'
import type { Fit } from './plan/fit.js'
import { buildLimitBytes, type Plan } from './plan/plan.js'
import { toDockerSize, toWholeGiB } from './units.js'

export function planOutputs(plan: Plan): Record<string, string> {
  const m = plan.machine
  const build = buildLimitBytes(plan)
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
    'build-memory': build === null ? '' : toDockerSize(build),
    'build-memory-bytes': build === null ? '' : String(build),
    jobs: String(plan.jobs),
    'max-parallelism': String(plan.parallelism.maxParallelism),
    'buildkitd-config': plan.parallelism.buildkitdConfig,
    ...fitOutputs(plan.fit),
    cpus: String(m.cpus),
    profile: plan.profile,
    containers: JSON.stringify(Object.fromEntries(plan.containers.map((c) => [c.name, toDockerSize(c.bytes)]))),
    'ollama-model': plan.ollama?.model ?? '',
    'ollama-memory': plan.ollama ? toDockerSize(plan.ollama.memoryBytes) : '',
    status: plan.status,
    plan: JSON.stringify(planJson(plan))
  }
}

/** `fits`, `needs-memory` (bytes) and `larger-runner`: empty while no peak is known. */
export function fitOutputs(fit: Fit): Record<string, string> {
  return {
    fits: fit.fits === null ? '' : String(fit.fits),
    'needs-memory': fit.needsMemoryBytes === null ? '' : String(fit.needsMemoryBytes),
    'larger-runner': fit.largerRunner ?? ''
  }
}

export interface EnvOptions {
  /** Also set the toolchains' job counts; they change every later step, so only when asked. */
  parallelism: boolean
  /**
   * The environment as it is, read only with `parallelism`: flags other tools already put in
   * MAKEFLAGS, GRADLE_OPTS and GOFLAGS are kept and only the job count is replaced.
   */
  inherited?: Record<string, string | undefined>
}

/**
 * Variables for later steps. A plan without a build limit publishes DOCKER_MEMORY_BUILD empty:
 * `--memory 0` would mean no limit. NODE_OPTIONS is not among them: GitHub refuses it in GITHUB_ENV.
 */
export function planEnv(plan: Plan, options: EnvOptions = { parallelism: false }): Record<string, string> {
  const jobs = String(plan.jobs)
  const build = buildLimitBytes(plan)
  const env: Record<string, string> = {
    DOCKER_MEMORY_BUILD: build === null ? '' : toDockerSize(build),
    DOCKER_MEMORY_BUILD_BYTES: build === null ? '' : String(build),
    DOCKER_MEMORY_JOBS: jobs,
    DOCKER_MEMORY_MAX_PARALLELISM: String(plan.parallelism.maxParallelism),
    DOCKER_MEMORY_PROFILE: plan.profile
  }
  // Known only once a peak is: an empty variable would read as `fits` false in a shell test.
  if (plan.fit.fits !== null) env.DOCKER_MEMORY_FITS = String(plan.fit.fits)
  if (plan.fit.needsMemoryBytes !== null) env.DOCKER_MEMORY_NEEDS_MEMORY = String(plan.fit.needsMemoryBytes)
  for (const c of plan.containers) {
    env[`DOCKER_MEMORY_CONTAINER_${envName(c.name)}`] = toDockerSize(c.bytes)
  }
  if (plan.ollama) {
    // The names Ollama router setups read: the model, and the container's memory in whole GB.
    env.OLLAMA_ROUTER_MODEL = plan.ollama.model
    env.OLLAMA_DOCKER_MEMORY = String(toWholeGiB(plan.ollama.memoryBytes))
  }
  if (!options.parallelism) return env
  const inherited = (name: string): string => oneLine(name, options.inherited?.[name] ?? '')
  env.MAKEFLAGS = withFlag(inherited('MAKEFLAGS'), /(^|\s)(-j\s*\d*|--jobs(=\d+)?)(?=\s|$)/, `-j${jobs}`)
  env.CMAKE_BUILD_PARALLEL_LEVEL = jobs
  env.CARGO_BUILD_JOBS = jobs
  env.MAX_JOBS = jobs
  env.GRADLE_OPTS = withFlag(inherited('GRADLE_OPTS'), /(^|\s)-Dorg\.gradle\.workers\.max=\d+(?=\s|$)/, `-Dorg.gradle.workers.max=${jobs}`)
  env.GOFLAGS = withFlag(inherited('GOFLAGS'), /(^|\s)-p=\d+(?=\s|$)/, `-p=${jobs}`)
  return env
}

/** A value that reads the same unquoted in a POSIX shell and in a GitLab dotenv report. */
const PLAIN_VALUE = /^[A-Za-z0-9_.,:/@%+=-]*$/

/**
 * Variables as a file both `set -a; . file` and GitLab's dotenv report read. GitLab keeps
 * quotes as part of the value (gitlab-org/gitlab#251018, gitlab-org/gitlab!208927), so plain values
 * stay unquoted and read the same in both; any other value is single-quoted for the shell,
 * which is what matters when the file is sourced, and reaches GitLab with its quotes. A value
 * with a line break could start a new variable and is refused.
 */
export function formatEnvFile(env: Record<string, string>): string {
  return (
    Object.entries(env)
      .map(([name, value]) => {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new InputError(`cannot write the variable "${name}": not a variable name`)
        oneLine(name, value)
        return `${name}=${PLAIN_VALUE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`}`
      })
      .join('\n') + '\n'
  )
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
    buildMemoryBytes: buildLimitBytes(plan),
    buildMemory: buildLimitBytes(plan) === null ? null : toDockerSize(plan.build.bytes),
    buildMemorySource: plan.build.source,
    jobs: plan.jobs,
    memoryPerJobBytes: plan.memoryPerJobBytes,
    maxParallelism: plan.parallelism.maxParallelism,
    buildkitdConfig: plan.parallelism.buildkitdConfig,
    parallelism: { source: plan.parallelism.source, platforms: plan.parallelism.platforms, togetherBytes: plan.parallelism.together },
    fits: plan.fit.fits,
    needsMemoryBytes: plan.fit.needsMemoryBytes,
    largerRunner: plan.fit.largerRunner,
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

function oneLine(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new InputError(`${name} has a line break, which would start another variable: refusing to pass it on`)
  return value
}

function withFlag(current: string, existing: RegExp, flag: string): string {
  const value = current.trim()
  if (value === '') return flag
  return existing.test(value) ? value.replace(existing, `$1${flag}`).trim() : `${value} ${flag}`
}
