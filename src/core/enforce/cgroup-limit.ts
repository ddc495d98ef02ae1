/**
 * The files that bind a cgroup's memory, in the order the kernel accepts them. Pure.
 * v1 refuses `memory.memsw.limit_in_bytes` below `memory.limit_in_bytes` at every moment, so
 * lowering writes memory first and raising writes memory+swap first.
 */
import { parseKeyValues, parseMemoryLimit } from '../cgroup.js'

export interface CgroupWrite {
  file: string
  value: string
}

export interface CgroupFiles {
  limit: string
  swap: string
  peak: string
  usage: string
  /** Where the kernel counts OOM kills (`oom_kill`). */
  events: string
}

export function cgroupFiles(version: 1 | 2): CgroupFiles {
  return version === 1
    ? {
        limit: 'memory.limit_in_bytes',
        swap: 'memory.memsw.limit_in_bytes',
        peak: 'memory.max_usage_in_bytes',
        usage: 'memory.usage_in_bytes',
        events: 'memory.oom_control'
      }
    : { limit: 'memory.max', swap: 'memory.swap.max', peak: 'memory.peak', usage: 'memory.current', events: 'memory.events' }
}

/**
 * v1's memsw counts memory plus swap; v2's swap.max counts swap alone. `currentLimit` is the
 * limit the cgroup has now (null: none), which decides the order on v1.
 */
export function limitWrites(version: 1 | 2, memoryBytes: number, swapBytes: number, currentLimit: number | null = null): CgroupWrite[] {
  const f = cgroupFiles(version)
  const swap = version === 1 ? swapBytes : Math.max(0, swapBytes - memoryBytes)
  return ordered(
    version,
    currentLimit !== null && memoryBytes > currentLimit,
    { file: f.limit, value: String(memoryBytes) },
    { file: f.swap, value: String(swap) }
  )
}

export interface SavedLimit {
  limit: string
  /** null when the kernel has no swap accounting (no memsw / swap.max file). */
  swap: string | null
}

/** Back to the saved limit from `currentLimit`, the one this run wrote. */
export function restoreWrites(version: 1 | 2, saved: SavedLimit, currentLimit: number): CgroupWrite[] {
  const f = cgroupFiles(version)
  const savedLimit = parseMemoryLimit(saved.limit === '-1' ? 'max' : saved.limit)
  const raising = savedLimit === null || savedLimit > currentLimit
  const limit = { file: f.limit, value: saved.limit }
  return saved.swap === null ? [limit] : ordered(version, raising, limit, { file: f.swap, value: saved.swap })
}

function ordered(version: 1 | 2, raising: boolean, limit: CgroupWrite, swap: CgroupWrite): CgroupWrite[] {
  return version === 1 && raising ? [swap, limit] : [limit, swap]
}

/** v1 writes "unlimited" as 9223372036854771712 but only accepts -1 back as "no limit" portably. */
export function restoreValue(version: 1 | 2, text: string): string {
  const t = text.trim()
  if (version === 1 && parseMemoryLimit(t) === null) return '-1'
  return t
}

/** `oom_kill N` of memory.oom_control (v1) or memory.events (v2); null when absent. */
export function parseOomKills(text: string): number | null {
  return parseKeyValues(text)['oom_kill'] ?? null
}
