/**
 * Which mechanism binds the build's memory on this machine, from what the probe
 * found and what the user asked for. Pure.
 *
 * Order under `driver: auto`, and why:
 * `docker buildx build --memory` binds nothing before buildx 0.35 (docker/buildx#644,
 * moby/buildkit#593), so it is never used.
 * 1. `resource` — per-step limits carried by the build request itself: nothing is created and
 *    no state shared with other builds is touched. Only when buildx ≥ 0.35 AND the builder's
 *    BuildKit ≥ 0.31, because older daemons drop the request silently.
 * 2. `builder` — a docker-container builder of our own whose container has the limit: binds
 *    every step together (what the machine actually runs out of), needs only buildx ≥ 0.12 and
 *    a local engine, and is named after the limit so later steps reuse it.
 * 3. `cgroup` — the engine's embedded BuildKit bound through its parent cgroup. Binds all steps
 *    together too, but it writes host-wide state shared by every BuildKit build of the engine,
 *    and its path is only seen on cgroup v1 + cgroupfs: the edge verifies by reading the limit
 *    back and comes here again with `unavailable.cgroup` set when it cannot.
 * 4. `legacy` — the classic builder binds each RUN container, but it is deprecated and lacks
 *    BuildKit features, so only when the request uses none of them.
 * 5. `none` — nothing binds; the reason says exactly why, so the warning can.
 * `kubernetes` needs a cluster, so it is never guessed: `driver: kubernetes` asks for it.
 * An explicit `driver` is the user's word: it is honoured or refused, never swapped for
 * another mechanism or weakened to none behind their back. An existing builder, named
 * (`builder`) or current (`docker buildx use`, setup-buildx-action), gets one decision however it
 * was named: used as it is when it has a limit of its own (reported); a docker-container one
 * without is bound in place for the build (`docker update`, given back after). Only the
 * engine's own BuildKit (docker driver), when current, goes through the order above.
 */
import type { Enforcement } from '../build/outcome.js'
import { InputError } from '../errors.js'
import { formatSize, MiB, parseSize } from '../units.js'
import type { BuilderInfo } from '../build/builders.js'
import type { BuildRequest } from '../build/request.js'
import { atLeast } from '../build/versions.js'

export interface BuildFacts {
  clientVersion: string | null
  serverVersion: string | null
  /** null: no buildx plugin for this client. */
  buildxVersion: string | null
  /** `docker buildx ls`; empty without buildx. */
  builders: BuilderInfo[]
  /** The embedded BuildKit's parent cgroup, or why there is none to bind. */
  buildkitCgroup: { path: string; version: 1 | 2 } | { path: null; reason: string }
  /** The engine runs on this host (docker info Name is our hostname), so its cgroups are the files we see. */
  engineLocal: boolean
  /** The engine's cgroup setup (docker info), to find a builder container's cgroup. */
  cgroupVersion: string | null
  cgroupDriver: string | null
  /** Mechanisms the edge tried and could not use, with why (a failed create, an unverifiable write). */
  unavailable: Partial<Record<Enforcement, string>>
}

export interface BuildLimit {
  memoryBytes: number
  swapBytes: number
  /** CPUs to give a builder we create; null when CPU is not limited. */
  cpus: number | null
  /** max-parallelism for a builder we create (its buildkitd.toml); null or absent: BuildKit's default. */
  maxParallelism?: number | null
}

/** How docker is run: `docker buildx build`, `DOCKER_BUILDKIT=1 docker build` (clients before 23) or the classic builder. */
export type Invocation = 'buildx' | 'classic-buildkit' | 'legacy'

/** A buildx builder to build with; `create` when it is ours to create (or reuse) and remove. */
export interface BuilderRef {
  name: string
  driver: string
  create: boolean
}

interface Chosen {
  reason: string
  warnings: string[]
}

/** `--resource memory=…` on each RUN step, carried by the build request itself. */
export interface ResourceChoice extends Chosen {
  enforcement: 'resource'
  scope: 'step'
  invocation: 'buildx'
  builder: BuilderRef
  memoryBytes: number
  swapBytes: number
}

/** A docker-container builder whose container has the limit: ours, the user's with its own, or the user's bound in place. */
export interface BuilderChoice extends Chosen {
  enforcement: 'builder'
  scope: 'build'
  invocation: 'buildx'
  builder: BuilderRef
  memoryBytes: number
  /** null: a user's builder that sets no memory-swap of its own. */
  swapBytes: number | null
  /** The user's builder without a limit of its own: `docker update` gives its container the limit for this build, and its own back after. */
  inPlace: boolean
}

/** A kubernetes builder whose pod has the limit; a pod has no swap limit. */
export interface KubernetesChoice extends Chosen {
  enforcement: 'kubernetes'
  scope: 'build'
  invocation: 'buildx'
  builder: BuilderRef
  memoryBytes: number
  swapBytes: null
}

/** The engine's embedded BuildKit, bound through its parent cgroup. */
export interface CgroupChoice extends Chosen {
  enforcement: 'cgroup'
  scope: 'build'
  invocation: 'buildx' | 'classic-buildkit'
  /** The default docker builder under buildx; null through a client's built-in BuildKit. */
  builder: BuilderRef | null
  memoryBytes: number
  swapBytes: number
  cgroup: { path: string; version: 1 | 2 }
}

/** The classic builder's `--memory` on each RUN container. */
export interface LegacyChoice extends Chosen {
  enforcement: 'legacy'
  scope: 'step'
  invocation: 'legacy'
  builder: null
  memoryBytes: number
  swapBytes: number
}

/** Nothing binds; `reason` says exactly why, for the warning. */
export interface NoneChoice extends Chosen {
  enforcement: 'none'
  scope: null
  invocation: Invocation
  builder: BuilderRef | null
}

/** One variant per mechanism, each with the fields its set-up and its docker command need. */
export type MechanismChoice = ResourceChoice | BuilderChoice | KubernetesChoice | CgroupChoice | LegacyChoice | NoneChoice
/** A choice whose limit binds. */
export type EnforcingChoice = Exclude<MechanismChoice, NoneChoice>

/** buildx learned `--resource` in 0.35; BuildKit honours it from 0.31 (`exec.meta.linux.resources`). */
export const MIN_BUILDX_RESOURCE = '0.35.0'
export const MIN_BUILDKIT_RESOURCE = '0.31.0'
/** docker-container `--driver-opt memory=` arrived in buildx 0.12. */
export const MIN_BUILDX_BUILDER_MEMORY = '0.12.0'

/**
 * Below these a limit is refused. Measured on the Debian engine here: a busybox RUN step
 * fails to start under 4 MiB (exit 1) and runs at 8 MiB, so per-step mechanisms get twice
 * that. When the limit holds the BuildKit daemon too (builder, kubernetes), the daemon must
 * fit beside the steps or it is OOM-killed and buildx dies with `rpc error … EOF`; 100 MiB
 * builders ran the captured builds, and 64 MiB keeps room for the daemon with a small step.
 */
export const STEP_FLOOR_BYTES = 16 * MiB
export const DAEMON_FLOOR_BYTES = 64 * MiB

export function chooseMechanism(facts: BuildFacts, request: BuildRequest, limit: BuildLimit): MechanismChoice {
  const choice = pick(facts, request, limit)
  // A user's builder keeps the limit it has: we did not choose its size. Every limit of ours meets the floor.
  if (choice.enforcement === 'none') return choice
  if (
    (choice.enforcement === 'builder' || choice.enforcement === 'kubernetes') &&
    !choice.builder.create &&
    !(choice.enforcement === 'builder' && choice.inPlace)
  )
    return choice
  const floor = choice.enforcement === 'builder' || choice.enforcement === 'kubernetes' ? DAEMON_FLOOR_BYTES : STEP_FLOOR_BYTES
  if (limit.memoryBytes < floor) {
    const why =
      floor === DAEMON_FLOOR_BYTES
        ? 'the BuildKit daemon runs inside this limit and would be OOM-killed (buildx then fails with "rpc error … EOF")'
        : 'a RUN step cannot even start its shell in less'
    throw new InputError(`build memory ${formatSize(limit.memoryBytes)} is below the ${formatSize(floor)} floor of the ${choice.enforcement} mechanism: ${why}`)
  }
  return choice
}

function pick(facts: BuildFacts, request: BuildRequest, limit: BuildLimit): MechanismChoice {
  const legacyMissing = legacyCannot(request)
  if (request.builder !== null) return userBuilder(facts, request, request.builder, limit, 'named')

  switch (request.driver) {
    case 'legacy':
      if (legacyMissing) throw new InputError(`driver legacy: the classic builder cannot do ${legacyMissing}`)
      return legacy(limit, 'driver legacy was asked for')
    case 'docker-container': {
      const why = builderUnavailable(facts)
      if (why) throw new InputError(`driver docker-container: ${why}`)
      return ownBuilder(limit, 'driver docker-container was asked for')
    }
    case 'kubernetes': {
      if (facts.unavailable.kubernetes) throw new InputError(`driver kubernetes: ${facts.unavailable.kubernetes}`)
      if (facts.buildxVersion === null) throw new InputError('driver kubernetes needs docker buildx, and this docker client has none')
      return kubernetes(limit, 'driver kubernetes was asked for')
    }
    case 'remote':
      throw new InputError('driver remote needs builder: the name of an existing remote builder (docker buildx create --driver remote …)')
    case 'docker': {
      const def = defaultDockerBuilder(facts)
      if (def && resourceOk(facts, def) === null) return resource(def, limit, 'driver docker: its BuildKit takes per-step limits')
      const target = bindableCgroup(facts, request)
      if (typeof target !== 'string') return cgroup(facts, target, limit, 'driver docker: the engine’s BuildKit is bound through its parent cgroup')
      // An explicit driver is the user's word: building unbounded instead would weaken it behind their back.
      throw new InputError(`driver docker cannot bind the build's memory here: ${target}; use driver auto to build with what can bind`)
    }
    case 'auto':
      return auto(facts, request, limit, legacyMissing)
  }
}

/** The first mechanism that binds, in the order the module comment gives; `none` names every reason. */
function auto(facts: BuildFacts, request: BuildRequest, limit: BuildLimit, legacyMissing: string | null): MechanismChoice {
  const rejected: string[] = []
  const def = currentBuilder(facts)
  // A builder someone chose (docker buildx use, setup-buildx-action, BUILDX_BUILDER) gets the
  // decision it would get by name: how it was named must not change how it is bound. Only the
  // engine's own BuildKit, the builder nobody has to choose, may be swapped for one of ours.
  if (def && def.driver !== 'docker') return userBuilder(facts, request, def.name, limit, 'current')
  const res = def ? resourceOk(facts, def) : 'no buildx'
  if (def && res === null) return resource(def, limit, `buildx ${facts.buildxVersion} and BuildKit ${def.nodes[0]?.buildkitVersion} take per-step limits`)
  rejected.push(`resource: ${res}`)
  const b = builderUnavailable(facts)
  if (b === null) return ownBuilder(limit, `buildx ${facts.buildxVersion} can create a builder whose container has the limit`)
  rejected.push(`builder: ${b}`)
  const target = bindableCgroup(facts, request)
  if (typeof target !== 'string') return cgroup(facts, target, limit, `the engine’s BuildKit is bound through its parent cgroup ${target.path}`)
  rejected.push(`cgroup: ${target}`)
  if (legacyMissing === null && !facts.unavailable.legacy) {
    return legacy(limit, `the classic builder is the only one that binds here (${rejected.join('; ')})`)
  }
  rejected.push(`legacy: ${facts.unavailable.legacy ?? `the build needs ${legacyMissing}`}`)
  return none(facts, request, `nothing can bind the limit here: ${rejected.join('; ')}`)
}

/**
 * An existing builder, named (`builder`, `--builder`) or current (`docker buildx use`): one
 * decision for both. Its own limit is kept and reported; a docker-container one without is bound
 * in place (`docker update`), even where `--resource` would work: one limit for all its steps
 * together is what the machine runs out of (per-step limits let parallel steps each take the
 * whole), and it is what the plan step's bind and build-push-action's builds on it get too.
 */
function userBuilder(facts: BuildFacts, request: BuildRequest, name: string, limit: BuildLimit, how: 'named' | 'current'): MechanismChoice {
  const b = knownBuilder(facts, name)
  const builder: BuilderRef = { name, driver: b.driver, create: false }
  const own = ownLimit(b, builder, limit)
  if (own !== null) return own
  // Its container is on this engine: docker update binds every step together, as a builder of ours would.
  if (b.driver === 'docker-container' && !facts.unavailable.builder) {
    const reason = `builder "${name}" (${how === 'named' ? 'named' : 'the current one'}) is a docker-container builder with no memory limit of its own: its container gets the limit for this build by docker update, one limit for all its steps together (what the machine runs out of, which per-step --resource is not), and its own limit back after`
    return {
      enforcement: 'builder',
      scope: 'build',
      invocation: 'buildx',
      reason,
      builder,
      memoryBytes: limit.memoryBytes,
      swapBytes: limit.swapBytes,
      inPlace: true,
      warnings: []
    }
  }
  const res = resourceOk(facts, b)
  if (res === null) return resource(b, limit, `builder "${name}" takes per-step limits`)
  if (b.driver === 'remote') {
    return {
      ...none(
        facts,
        request,
        `builder "${name}" is a remote BuildKit (${b.nodes[0]?.buildkitVersion ?? 'version unknown'}): its memory is set where it runs, not from this client, and it does not take per-step limits (${res}); limit the BuildKit daemon on its host`
      ),
      builder
    }
  }
  let cgroupWhy = ''
  if (b.driver === 'docker') {
    const target = bindableCgroup(facts, request)
    if (typeof target !== 'string')
      return { ...cgroup(facts, target, limit, `builder "${name}" is the engine’s BuildKit, bound through its parent cgroup`), builder }
    cgroupWhy = `, its parent cgroup cannot be bound (${target})`
  }
  return {
    ...none(
      facts,
      request,
      `builder "${name}" (driver ${b.driver}) has no memory limit of its own, does not take per-step limits (${res})${cgroupWhy}, and an existing builder is not changed`
    ),
    builder
  }
}

function knownBuilder(facts: BuildFacts, name: string): BuilderInfo {
  if (facts.buildxVersion === null) throw new InputError(`builder "${name}" needs docker buildx, and this docker client has none`)
  const b = facts.builders.find((x) => x.name === name)
  if (!b) {
    const known = facts.builders.map((x) => x.name).join(', ') || 'none'
    throw new InputError(`builder "${name}" does not exist (docker buildx ls shows: ${known})`)
  }
  return b
}

/** A builder created with its own limit (a container's memory=, a pod's limits.memory=) keeps it and says so. */
function ownLimit(info: BuilderInfo, builder: BuilderRef, limit: BuildLimit): MechanismChoice | null {
  const name = info.name
  const opts = info.nodes[0]?.driverOpts ?? {}
  const own = (key: string): number | null => (opts[key] ? parseSize(opts[key], `builder ${name} ${key}`) : null)
  const differs = (bytes: number): string[] =>
    bytes === limit.memoryBytes
      ? []
      : [
          `builder "${name}" keeps its own memory limit of ${formatSize(bytes)}; the plan asked for ${formatSize(limit.memoryBytes)}, and an existing builder is not changed`
        ]
  const containerMemory = info.driver === 'docker-container' ? own('memory') : null
  if (containerMemory !== null) {
    const reason = `builder "${name}" has its own memory limit (driver option memory=${opts.memory})`
    return {
      enforcement: 'builder',
      scope: 'build',
      invocation: 'buildx',
      reason,
      builder,
      memoryBytes: containerMemory,
      swapBytes: own('memory-swap'),
      inPlace: false,
      warnings: differs(containerMemory)
    }
  }
  const podMemory = info.driver === 'kubernetes' ? own('limits.memory') : null
  if (podMemory === null) return null
  const reason = `builder "${name}" has its own pod limit (limits.memory=${opts['limits.memory']})`
  return {
    enforcement: 'kubernetes',
    scope: 'build',
    invocation: 'buildx',
    reason,
    builder,
    memoryBytes: podMemory,
    swapBytes: null,
    warnings: differs(podMemory)
  }
}

function resource(info: BuilderInfo, limit: BuildLimit, reason: string): ResourceChoice {
  return {
    enforcement: 'resource',
    scope: 'step',
    invocation: 'buildx',
    reason: `${reason}; the limit applies to each RUN step on its own, not to all steps together`,
    builder: { name: info.name, driver: info.driver, create: false },
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    warnings: []
  }
}

function ownBuilder(limit: BuildLimit, reason: string): BuilderChoice {
  const builder = { name: builderName(limit, 'docker-container'), driver: 'docker-container', create: true }
  return {
    enforcement: 'builder',
    scope: 'build',
    invocation: 'buildx',
    reason,
    builder,
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    inPlace: false,
    warnings: []
  }
}

function kubernetes(limit: BuildLimit, reason: string): KubernetesChoice {
  const builder = { name: builderName(limit, 'kubernetes'), driver: 'kubernetes', create: true }
  return { enforcement: 'kubernetes', scope: 'build', invocation: 'buildx', reason, builder, memoryBytes: limit.memoryBytes, swapBytes: null, warnings: [] }
}

function cgroup(facts: BuildFacts, target: CgroupChoice['cgroup'], limit: BuildLimit, reason: string): CgroupChoice {
  const def = defaultDockerBuilder(facts)
  return {
    enforcement: 'cgroup',
    scope: 'build',
    invocation: def ? 'buildx' : 'classic-buildkit',
    reason,
    builder: def ? { name: def.name, driver: def.driver, create: false } : null,
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    cgroup: target,
    warnings: []
  }
}

function legacy(limit: BuildLimit, reason: string): LegacyChoice {
  const why = `${reason}; the limit applies to each RUN step on its own`
  return {
    enforcement: 'legacy',
    scope: 'step',
    invocation: 'legacy',
    reason: why,
    builder: null,
    memoryBytes: limit.memoryBytes,
    swapBytes: limit.swapBytes,
    warnings: []
  }
}

function none(facts: BuildFacts, request: BuildRequest, reason: string): NoneChoice {
  const def = currentBuilder(facts)
  const invocation: Invocation = def ? 'buildx' : clientHasBuildkit(facts) ? 'classic-buildkit' : 'legacy'
  // Building without what was asked for would be worse than not building.
  const missing = invocation === 'legacy' ? legacyCannot(request) : invocation === 'classic-buildkit' ? classicBuildkitCannot(request) : null
  if (missing) throw new InputError(`${reason}; and this docker ${facts.clientVersion ?? ''} client cannot build ${missing} at all without buildx`)
  const builder = def && invocation === 'buildx' ? { name: def.name, driver: def.driver, create: false } : null
  return { enforcement: 'none', scope: null, invocation, reason, builder, warnings: [] }
}

/** Deterministic per limit, so every step of a job that asks for the same limit shares one builder. */
export function builderName(limit: BuildLimit, driver: 'docker-container' | 'kubernetes'): string {
  const mib = (b: number): string => `${Math.floor(b / MiB)}m`
  const parts = ['docker-memory', driver === 'kubernetes' ? 'k8s' : null, mib(limit.memoryBytes)]
  if (driver !== 'kubernetes' && limit.swapBytes !== limit.memoryBytes) parts.push(`swap${mib(limit.swapBytes)}`)
  if (limit.cpus !== null) parts.push(`${limit.cpus}cpu`)
  // A builder of ours runs with the config it was created with: another max-parallelism is another builder.
  if (driver !== 'kubernetes' && limit.maxParallelism != null) parts.push(`p${limit.maxParallelism}`)
  return parts.filter((p) => p !== null).join('-')
}

function currentBuilder(facts: BuildFacts): BuilderInfo | null {
  return facts.builders.find((b) => b.current) ?? null
}

function defaultDockerBuilder(facts: BuildFacts): BuilderInfo | null {
  const docker = facts.builders.filter((b) => b.driver === 'docker')
  return docker.find((b) => b.current) ?? docker[0] ?? null
}

function resourceOk(facts: BuildFacts, b: BuilderInfo): string | null {
  if (facts.buildxVersion === null) return 'no buildx'
  if (!atLeast(facts.buildxVersion, MIN_BUILDX_RESOURCE)) return `buildx ${facts.buildxVersion} is older than ${MIN_BUILDX_RESOURCE}`
  const v = b.nodes[0]?.buildkitVersion ?? null
  if (!atLeast(v, MIN_BUILDKIT_RESOURCE))
    return `builder "${b.name}" runs BuildKit ${v ?? 'of unknown version'}, older than ${MIN_BUILDKIT_RESOURCE}, which would drop the limit silently`
  return null
}

function builderUnavailable(facts: BuildFacts): string | null {
  if (facts.unavailable.builder) return facts.unavailable.builder
  if (facts.buildxVersion === null) return 'this docker client has no buildx'
  if (!atLeast(facts.buildxVersion, MIN_BUILDX_BUILDER_MEMORY))
    return `buildx ${facts.buildxVersion} is older than ${MIN_BUILDX_BUILDER_MEMORY} (no memory driver option)`
  if (facts.serverVersion === null) return 'no Docker engine answered'
  return null
}

/** The embedded BuildKit's parent cgroup when it can be bound, else why not. */
function bindableCgroup(facts: BuildFacts, request: BuildRequest): CgroupChoice['cgroup'] | string {
  if (facts.unavailable.cgroup) return facts.unavailable.cgroup
  if (facts.buildkitCgroup.path === null) return facts.buildkitCgroup.reason
  if (defaultDockerBuilder(facts) === null && !clientHasBuildkit(facts)) {
    return `docker ${facts.clientVersion ?? '(unknown version)'} has neither buildx nor the BuildKit built into clients before 23`
  }
  if (defaultDockerBuilder(facts) === null) {
    const missing = classicBuildkitCannot(request)
    if (missing) return `the docker ${facts.clientVersion} client's built-in BuildKit cannot do ${missing}`
  }
  return facts.buildkitCgroup
}

function clientHasBuildkit(facts: BuildFacts): boolean {
  return facts.clientVersion !== null && !atLeast(facts.clientVersion, '23.0.0')
}

/** BuildKit-only features the classic builder lacks; null when the request uses none. */
function legacyCannot(request: BuildRequest): string | null {
  const used = [
    request.secrets.length + request.secretFiles.length + request.secretEnvs.length > 0 && 'secrets',
    request.ssh.length > 0 && 'ssh',
    request.buildContexts.length > 0 && 'build-contexts',
    request.provenance !== null && 'provenance',
    request.sbom !== null && 'sbom',
    request.annotations.length > 0 && 'annotations',
    request.platforms.length > 0 && 'platforms',
    request.outputs.length > 0 && 'outputs',
    request.cacheTo.length > 0 && 'cache-to',
    request.push && 'push',
    ...buildxOnly(request)
  ].filter((x): x is string => typeof x === 'string')
  return used.length > 0 ? used.join(', ') : null
}

function classicBuildkitCannot(request: BuildRequest): string | null {
  const used = [
    request.cacheTo.length > 0 && 'cache-to',
    request.push && 'push',
    request.platforms.length > 1 && 'several platforms',
    // buildx flags: docker build's own BuildKit client has none of them.
    request.buildContexts.length > 0 && 'build-contexts',
    request.provenance !== null && 'provenance',
    request.sbom !== null && 'sbom',
    request.annotations.length > 0 && 'annotations',
    ...buildxOnly(request)
  ].filter((x): x is string => typeof x === 'string')
  return used.length > 0 ? used.join(', ') : null
}

/** build-push-action inputs only buildx has flags for: neither docker build of the classic builder nor its BuildKit client takes them. */
function buildxOnly(request: BuildRequest): Array<string | false> {
  return [
    request.allow.length > 0 && 'allow',
    request.attests.length > 0 && 'attests',
    request.call !== null && 'call',
    request.noCacheFilters.length > 0 && 'no-cache-filters'
  ]
}

/**
 * Where the embedded BuildKit puts its steps. Seen: cgroup v1 + cgroupfs →
 * `<memory mount>/docker/buildkit`. Inferred: v2 + cgroupfs → `<mount>/docker/buildkit`.
 * With the systemd driver the steps land directly in system.slice, whose limit would bind
 * every service of the host, so there is nothing safe to bind.
 */
export function buildkitCgroupPath(cgroupVersion: string | null, cgroupDriver: string | null, engineLocal: boolean): BuildFacts['buildkitCgroup'] {
  // A limit written here would read back fine and bind nothing on a remote engine.
  if (!engineLocal) return { path: null, reason: 'the engine does not run on this host (docker info names another), so its cgroups are out of reach' }
  if (cgroupDriver === 'systemd')
    return { path: null, reason: 'with the systemd cgroup driver the engine’s BuildKit steps have no parent cgroup of their own to bind' }
  if (cgroupDriver !== 'cgroupfs') return { path: null, reason: `the engine reports cgroup driver ${cgroupDriver ?? 'unknown'}` }
  if (cgroupVersion === '1') return { path: '/sys/fs/cgroup/memory/docker/buildkit', version: 1 }
  if (cgroupVersion === '2') return { path: '/sys/fs/cgroup/docker/buildkit', version: 2 }
  return { path: null, reason: `the engine reports cgroup version ${cgroupVersion ?? 'unknown'}` }
}

/**
 * A cgroup parent of our own for the classic builder's steps, when the engine is here and uses
 * cgroupfs (systemd wants a slice name, and its path is not ours to guess): its directory
 * holds the high-water mark of all steps. `id` makes it unique to this run.
 */
export function legacyCgroupParent(facts: BuildFacts, id: string): { name: string; path: string; version: 1 | 2 } | null {
  if (!facts.engineLocal || facts.cgroupDriver !== 'cgroupfs') return null
  const name = `docker-memory-build-${id}`
  if (facts.cgroupVersion === '1') return { name: `/${name}`, path: `/sys/fs/cgroup/memory/${name}`, version: 1 }
  if (facts.cgroupVersion === '2') return { name: `/${name}`, path: `/sys/fs/cgroup/${name}`, version: 2 }
  return null
}
