/**
 * Which builder can be bound in place, and who holds a builder's limit when several jobs of
 * ours share one (self-hosted runners). Pure.
 *
 * Jobs sharing a builder share its engine, not always a host (runners pointing DOCKER_HOST at
 * one engine), so the record of who bound a builder lives in that engine: one labelled volume
 * per job and builder container. Every job on the engine lists them with `docker volume ls
 * --filter label=…`; volumes need no image and outlive the job's processes, so `post` finds
 * what `main` recorded. Labels cannot change, hence one volume per job rather than one shared.
 */
import type { BuilderInfo } from '../build/builders.js'
import type { DockerCommand } from '../build/argv.js'
import { formatSize } from '../units.js'
import type { Limits } from './builder-container.js'

export type BuilderTarget =
  | { bindable: true; builder: string; node: string; container: string; running: boolean }
  /** `fallback`: the engine's own BuildKit, which the existing mechanisms (cgroup, a builder of ours) can bind instead. */
  | { bindable: false; builder: string | null; fallback: boolean; reason: string }

/** `name`, or the current builder when none is named. */
export function builderTarget(builders: BuilderInfo[], name: string | null): BuilderTarget {
  const b = name === null ? builders.find((x) => x.current) : builders.find((x) => x.name === name)
  if (!b)
    return {
      bindable: false,
      builder: name,
      fallback: name === null,
      reason: name === null ? 'buildx names no current builder' : `buildx has no builder named ${name}`
    }
  if (b.driver === 'docker')
    return {
      bindable: false,
      builder: b.name,
      fallback: true,
      reason: `builder ${b.name} is the engine's own BuildKit (docker driver), which has no container of its own to update`
    }
  if (b.driver !== 'docker-container')
    return {
      bindable: false,
      builder: b.name,
      fallback: false,
      reason: `builder ${b.name} uses the ${b.driver} driver, whose BuildKit runs outside this engine; set its limit where it is created (kubernetes: --driver-opt limits.memory)`
    }
  const node = b.nodes[0]
  if (!node) return { bindable: false, builder: b.name, fallback: false, reason: `builder ${b.name} has no node` }
  // buildx names a docker-container node's container after the node (driver/docker-container).
  return { bindable: true, builder: b.name, node: node.name, container: `buildx_buildkit_${node.name}`, running: node.status === 'running' }
}

export function bootstrapCommand(builder: string): DockerCommand {
  return { args: ['buildx', 'inspect', '--bootstrap', builder], env: {} }
}

export interface Holder {
  /** The CI's job id and runner where it gives them (docs/binding.md), else this process's own. */
  job: string
  host: string
  /** A process that lives as long as the job (the runner's worker for the action, the job's shell for the CLI). */
  pid: number
  /** Epoch ms: until then the record holds even where its pid cannot be checked; a job renews it by binding again. */
  expires: number
}

export interface BindingRecord extends Holder {
  /** The volume holding the record. */
  volume: string
  containerId: string
  limits: Limits
  /** What the container had before the first of our jobs bound it. */
  original: Limits
}

const L = 'io.docker-memory.binding'

export function recordVolumeName(containerId: string, job: string): string {
  return `docker-memory-binding-${containerId.slice(0, 12)}-${hash(job)}`
}

export function createRecordCommand(r: Omit<BindingRecord, 'volume'>): DockerCommand {
  const labels: Record<string, string> = {
    [L]: r.containerId,
    [`${L}.job`]: r.job,
    [`${L}.host`]: r.host,
    [`${L}.pid`]: String(r.pid),
    [`${L}.expires`]: String(r.expires),
    [`${L}.memory`]: String(r.limits.memoryBytes),
    [`${L}.memory-swap`]: String(r.limits.memorySwapBytes),
    [`${L}.original-memory`]: String(r.original.memoryBytes),
    [`${L}.original-memory-swap`]: String(r.original.memorySwapBytes)
  }
  return {
    args: ['volume', 'create', ...Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]), recordVolumeName(r.containerId, r.job)],
    env: {}
  }
}

export function listRecordsCommand(containerId: string): DockerCommand {
  return { args: ['volume', 'ls', '--quiet', '--filter', `label=${L}=${containerId}`], env: {} }
}

export function inspectRecordsCommand(volumes: string[]): DockerCommand {
  return { args: ['volume', 'inspect', ...volumes], env: {} }
}

export function removeRecordCommand(volume: string): DockerCommand {
  return { args: ['volume', 'rm', volume], env: {} }
}

/** `docker volume inspect` (a JSON array); volumes that are not whole records are skipped. */
export function parseRecords(json: string): BindingRecord[] {
  let raw: Array<{ Name?: string; Labels?: Record<string, string> | null }>
  try {
    raw = JSON.parse(json) as typeof raw
  } catch {
    throw new Error('docker volume inspect did not print JSON')
  }
  const out: BindingRecord[] = []
  for (const v of Array.isArray(raw) ? raw : []) {
    const l = v.Labels ?? {}
    const n = (k: string): number => Number(l[`${L}.${k}`])
    const nums = [n('pid'), n('memory'), n('memory-swap'), n('original-memory'), n('original-memory-swap')]
    if (!v.Name || !l[L] || !l[`${L}.job`] || nums.some((x) => !Number.isFinite(x))) continue
    out.push({
      volume: v.Name,
      containerId: l[L],
      job: l[`${L}.job`],
      host: l[`${L}.host`] ?? '',
      pid: nums[0],
      // A record of an older version has no expiry: its pid alone says whether it holds.
      expires: Number(l[`${L}.expires`] ?? 0) || 0,
      limits: { memoryBytes: nums[1], memorySwapBytes: nums[2] },
      original: { memoryBytes: nums[3], memorySwapBytes: nums[4] }
    })
  }
  return out
}

/**
 * A record is stale only when everything that can say so does: its expiry has passed and its
 * process is not alive on this host (a record from another host cannot have its pid checked).
 * A job's own record (same job id) is never another job's stale one: that is read apart.
 */
export function isStale(r: BindingRecord, now: number, host: string, alive: (pid: number) => boolean): boolean {
  if (r.host === host && alive(r.pid)) return false
  return now > r.expires
}

/** `lower`: a limit the builder had before any of our jobs (a person's `--driver-opt memory=…`) is never raised. */
export type BuilderLimitMode = 'lower' | 'replace'

export interface BindDecision {
  /** What the container had before the first of our jobs bound it: what the last to leave gives back. */
  original: Limits
  /** What this job holds (its record): what it wanted, or the builder's own lower limit. */
  own: Limits
  /** The limit the container must have now: the highest any live job holds, so no job runs under less than it bound. */
  target: Limits
  /** The container's limit differs from `target`. */
  update: boolean
  /** Why `target` is not what this job asked for, when it is not: said as a warning. */
  warning: string | null
  /** Another job holds a higher limit, said as information. */
  note: string | null
}

/**
 * `current`: the container's limits read under the lock; `others`: the live records of other
 * jobs; `staleOriginal`: the original a dead job's record kept, when one was swept.
 * `engineMemory`: a limit at or above it is no one's choice (what a restore of an unlimited
 * container leaves, since `--memory 0` lifts nothing).
 */
export function decideBind(
  current: Limits,
  wanted: Limits,
  others: BindingRecord[],
  options: { staleOriginal: Limits | null; mode: BuilderLimitMode; engineMemory: number; builder: string }
): BindDecision {
  const original = others[0]?.original ?? options.staleOriginal ?? current
  const ownLimit = original.memoryBytes > 0 && (options.engineMemory <= 0 || original.memoryBytes < options.engineMemory)
  let own = wanted
  let warning: string | null = null
  if (ownLimit && original.memoryBytes < wanted.memoryBytes) {
    if (options.mode === 'lower') {
      own = original
      warning = `builder ${options.builder} keeps its own limit of ${formatSize(original.memoryBytes)}, lower than the ${formatSize(wanted.memoryBytes)} planned: a limit set on the builder is never raised (builder-limit: replace raises it)`
    } else {
      warning = `builder ${options.builder} had its own limit of ${formatSize(original.memoryBytes)}; replaced by the ${formatSize(wanted.memoryBytes)} planned (builder-limit: replace), given back at the end`
    }
  }
  const highest = [...others].sort((a, b) => b.limits.memoryBytes - a.limits.memoryBytes)[0]
  const target = highest && highest.limits.memoryBytes > own.memoryBytes ? highest.limits : own
  const note =
    highest && highest.limits.memoryBytes > own.memoryBytes
      ? `job ${highest.job} (on ${highest.host}) bound this builder to ${formatSize(highest.limits.memoryBytes)} and is still running; not lowering it to ${formatSize(own.memoryBytes)}, so this job's builds share that limit`
      : null
  return { original, own, target, update: !sameLimits(current, target), warning, note }
}

export type RestoreDecision =
  /** No job of ours holds the container any more: it gets back what it had. */
  | { kind: 'restore'; to: Limits }
  /** Other jobs still build on it: the highest of their limits, never less than any of them bound. */
  | { kind: 'leave'; to: Limits; by: BindingRecord; update: boolean }

/** `others`: the live records of other jobs on this container. */
export function decideRestore(current: Limits, original: Limits, others: BindingRecord[]): RestoreDecision {
  const highest = [...others].sort((a, b) => b.limits.memoryBytes - a.limits.memoryBytes)[0]
  if (!highest) return { kind: 'restore', to: original }
  return { kind: 'leave', to: highest.limits, by: highest, update: !sameLimits(current, highest.limits) }
}

export function sameLimits(a: Limits, b: Limits): boolean {
  return a.memoryBytes === b.memoryBytes && a.memorySwapBytes === b.memorySwapBytes
}

/** FNV-1a, for a short volume name that is the same for a job's `main` and `post`. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (const ch of Buffer.from(text, 'utf8')) {
    h ^= ch
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}
