/**
 * Pure readers of the kernel's cgroup files, v1 and v2. The probe (probes/cgroup.ts) hands
 * over file contents; nothing here touches the filesystem.
 */

export interface ProcCgroupEntry {
  hierarchyId: string
  controllers: string[]
  path: string
}

export interface CgroupMount {
  mountPoint: string
  /** The cgroup mounted there: '/' on a host, the container's own cgroup in a container without a cgroup namespace. */
  root: string
  fsType: 'cgroup' | 'cgroup2'
  options: string[]
}

/** `/proc/self/cgroup`: `4:memory:/docker/abc`, `0::/system.slice/x.service`. */
export function parseProcCgroup(text: string): ProcCgroupEntry[] {
  const entries: ProcCgroupEntry[] = []
  for (const line of text.split('\n')) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line.trim())
    if (m) entries.push({ hierarchyId: m[1], controllers: m[2] === '' ? [] : m[2].split(','), path: m[3] })
  }
  return entries
}

/** The cgroup and cgroup2 mounts of `/proc/self/mountinfo`. */
export function parseMountinfo(text: string): CgroupMount[] {
  const mounts: CgroupMount[] = []
  for (const line of text.split('\n')) {
    const sep = line.indexOf(' - ')
    if (sep < 0) continue
    const left = line.slice(0, sep).split(' ')
    const right = line.slice(sep + 3).split(' ')
    const fsType = right[0]
    if (fsType !== 'cgroup' && fsType !== 'cgroup2') continue
    mounts.push({
      mountPoint: unescapeMount(left[4]),
      root: unescapeMount(left[3]),
      fsType,
      options: (right[2] ?? '').split(',')
    })
  }
  return mounts
}

function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)))
}

/**
 * Anything at or above 2^62 is "no limit": cgroup v1 writes 9223372036854771712 (2^63 rounded
 * down to a page) and `process.constrainedMemory()` reports ~2^64.
 */
const UNLIMITED = 2 ** 62

/** `memory.max` / `memory.limit_in_bytes`: bytes, or null for `max` and v1's huge "unlimited". */
export function parseMemoryLimit(text: string): number | null {
  // `max`, an empty file and anything else that is not a whole number: no limit read.
  const n = parseCounter(text)
  return n === null || n >= UNLIMITED ? null : n
}

/** A counter such as `memory.current`, `memory.peak`, `memory.max_usage_in_bytes`. */
export function parseCounter(text: string): number | null {
  const value = text.trim()
  return /^\d+$/.test(value) ? Number(value) : null
}

/** `cpu.max`: `max 100000` → null, `150000 100000` → 1.5 CPUs. */
export function parseCpuMax(text: string): number | null {
  // `max` (no limit) is not a number, so it falls out with the rest of what is not a quota.
  const [quota, period] = text.trim().split(/\s+/)
  return cpus(Number(quota), Number(period ?? '100000'))
}

/** v1 `cpu.cfs_quota_us` and `cpu.cfs_period_us`; a quota of -1 is no limit. */
export function parseCfsQuota(quotaText: string, periodText: string): number | null {
  // Number() ignores the newline the kernel ends each file with.
  return cpus(Number(quotaText), Number(periodText))
}

/** CPUs a quota per period gives; null for no quota (-1, NaN) or a period that is not one. */
function cpus(quota: number, period: number): number | null {
  return quota > 0 && period > 0 ? quota / period : null
}

/** A cpuset list (`0-3,6`) → how many CPUs it holds; null when empty or unreadable. */
export function parseCpusetCount(text: string): number | null {
  // An empty list is one empty part, which is not a CPU: null.
  let count = 0
  for (const part of text.trim().split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim())
    if (!m) return null
    count += m[2] === undefined ? 1 : Number(m[2]) - Number(m[1]) + 1
  }
  return count > 0 ? count : null
}

/** `memory.stat` → key/value pairs. */
export function parseKeyValues(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const line of text.split('\n')) {
    const [key, value] = line.trim().split(/\s+/)
    if (key && value !== undefined && /^-?\d+$/.test(value)) out[key] = Number(value)
  }
  return out
}

/**
 * The directories that hold the process's cgroup and its visible ancestors, innermost first.
 * `procPath` is the path /proc/self/cgroup gives; the mount's root says which part of it the
 * mount shows (inside a container the mount usually starts at the container's own cgroup).
 */
export function cgroupDirs(mount: CgroupMount, procPath: string): string[] {
  const root = mount.root === '/' ? '' : mount.root
  let rel = procPath
  if (root !== '' && (procPath === root || procPath.startsWith(`${root}/`))) {
    rel = procPath.slice(root.length)
  } else if (root !== '' || procPath.startsWith('/..')) {
    // A path outside the mount (cgroup namespaces can show `/../..`): only the mount itself is ours.
    rel = ''
  }
  const parts = rel.split('/').filter((p) => p !== '')
  const base = mount.mountPoint.replace(/\/$/, '')
  const dirs: string[] = []
  for (let i = parts.length; i >= 0; i--) {
    dirs.push([base, ...parts.slice(0, i)].join('/') || '/')
  }
  return dirs
}

/** The v1 mount of a controller, and the v2 mount if the unified hierarchy holds that controller. */
export function findMount(
  mounts: CgroupMount[],
  entries: ProcCgroupEntry[],
  controller: string,
  v2Controllers: string[]
): { mount: CgroupMount; path: string; version: 1 | 2 } | null {
  const unified = entries.find((e) => e.hierarchyId === '0' && e.controllers.length === 0)
  const v2 = mounts.find((m) => m.fsType === 'cgroup2')
  if (unified && v2 && v2Controllers.includes(controller)) {
    return { mount: v2, path: unified.path, version: 2 }
  }
  const entry = entries.find((e) => e.controllers.includes(controller))
  const v1 = mounts.find((m) => m.fsType === 'cgroup' && m.options.includes(controller))
  if (entry && v1) return { mount: v1, path: entry.path, version: 1 }
  return null
}
