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
  /** `GITHUB_RUN_ID/GITHUB_JOB/RUNNER_NAME`, or what the CLI's caller says. */
  job: string
  host: string
  /** A process that lives as long as the job (the runner's worker for the action). */
  pid: number
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
      limits: { memoryBytes: nums[1], memorySwapBytes: nums[2] },
      original: { memoryBytes: nums[3], memorySwapBytes: nums[4] }
    })
  }
  return out
}

/**
 * A record is stale when it was made on this host by a process that is gone (a job killed
 * before its `post`). Records from other hosts cannot be checked from here and are trusted.
 */
export function isStale(r: BindingRecord, host: string, alive: (pid: number) => boolean): boolean {
  return r.host === host && !alive(r.pid)
}

export type BindDecision =
  | { kind: 'bind'; original: Limits }
  /** Another live job set a higher limit: this job's builds run under it, never a lower one. */
  | { kind: 'keep'; by: BindingRecord; message: string }

/** `others`: the live records of other jobs on this container. */
export function decideBind(current: Limits, wanted: Limits, others: BindingRecord[]): BindDecision {
  const highest = [...others].sort((a, b) => b.limits.memoryBytes - a.limits.memoryBytes)[0]
  if (highest && highest.limits.memoryBytes > wanted.memoryBytes) {
    return {
      kind: 'keep',
      by: highest,
      message: `job ${highest.job} (on ${highest.host}) bound this builder to ${formatSize(highest.limits.memoryBytes)} and is still running; not lowering it to ${formatSize(wanted.memoryBytes)}, so this job's builds share that limit`
    }
  }
  // The first job's view of the container is the one to give back at the end.
  return { kind: 'bind', original: highest ? highest.original : current }
}

/** The last of our jobs to leave gives the container back; earlier ones leave the limit to those still building. */
export function decideRestore(
  containerId: string,
  original: Limits,
  others: BindingRecord[]
): { kind: 'restore'; to: Limits } | { kind: 'leave'; to: BindingRecord } {
  const still = others.find((r) => r.containerId === containerId)
  return still ? { kind: 'leave', to: still } : { kind: 'restore', to: original }
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
