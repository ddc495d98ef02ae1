import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  cgroupDirs,
  findMount,
  parseCfsQuota,
  parseCounter,
  parseCpuMax,
  parseCpusetCount,
  parseKeyValues,
  parseMemoryLimit,
  parseMountinfo,
  parseProcCgroup
} from '../core/cgroup.js'
import type { CgroupFacts } from '../core/machine.js'

/**
 * The memory and CPU limits of this process's cgroup, v1 or v2. `root` prefixes every path so
 * tests run this on fixture trees; on a real machine it is `/`.
 */
export function probeCgroup(root = '/', pid: number | 'self' = 'self'): CgroupFacts | null {
  const read = (path: string): string | null => {
    try {
      return readFileSync(join(root, path), 'utf8')
    } catch {
      return null
    }
  }
  const procCgroup = read(`/proc/${pid}/cgroup`)
  const mountinfo = read(`/proc/${pid}/mountinfo`)
  if (procCgroup === null || mountinfo === null) return null
  const entries = parseProcCgroup(procCgroup)
  const mounts = parseMountinfo(mountinfo)
  const v2mount = mounts.find((m) => m.fsType === 'cgroup2')
  const v2Controllers = v2mount ? (read(`${v2mount.mountPoint}/cgroup.controllers`) ?? '').trim().split(/\s+/) : []

  const memory = findMount(mounts, entries, 'memory', v2Controllers)
  if (!memory) return null
  const v2 = memory.version === 2
  const memDirs = cgroupDirs(memory.mount, memory.path)

  let memoryLimitBytes: number | null = null
  let memoryLimitPath: string | null = null
  for (const dir of memDirs) {
    const limit = parseMemoryLimit(read(`${dir}/${v2 ? 'memory.max' : 'memory.limit_in_bytes'}`) ?? '')
    if (limit !== null && (memoryLimitBytes === null || limit < memoryLimitBytes)) {
      memoryLimitBytes = limit
      memoryLimitPath = dir
    }
  }
  const own = memDirs[0]
  const memoryUsageBytes = parseCounter(read(`${own}/${v2 ? 'memory.current' : 'memory.usage_in_bytes'}`) ?? '')
  const stat = parseKeyValues(read(`${own}/memory.stat`) ?? '')
  const memoryReclaimableBytes = (v2 ? stat['inactive_file'] : (stat['total_inactive_file'] ?? stat['inactive_file'])) ?? null

  let cpuQuota: number | null = null
  const cpu = findMount(mounts, entries, 'cpu', v2Controllers)
  if (cpu) {
    for (const dir of cgroupDirs(cpu.mount, cpu.path)) {
      const quota =
        cpu.version === 2
          ? parseCpuMax(read(`${dir}/cpu.max`) ?? '')
          : parseCfsQuota(read(`${dir}/cpu.cfs_quota_us`) ?? '', read(`${dir}/cpu.cfs_period_us`) ?? '')
      if (quota !== null && (cpuQuota === null || quota < cpuQuota)) cpuQuota = quota
    }
  }

  let cpusetCount: number | null = null
  const cpuset = findMount(mounts, entries, 'cpuset', v2Controllers)
  if (cpuset) {
    const file = cpuset.version === 2 ? 'cpuset.cpus.effective' : 'cpuset.cpus'
    for (const dir of cgroupDirs(cpuset.mount, cpuset.path)) {
      const count = parseCpusetCount(read(`${dir}/${file}`) ?? '')
      if (count !== null) {
        cpusetCount = count
        break
      }
    }
  }

  return {
    version: memory.version,
    path: memory.path,
    memoryLimitBytes,
    memoryLimitPath,
    memoryUsageBytes,
    memoryReclaimableBytes,
    cpuQuota,
    cpusetCount
  }
}
