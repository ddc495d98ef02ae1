/**
 * A container's memory cgroup on this host, found from what the engine says of it (its pid,
 * its cgroup parent) rather than assumed, and the cgroup's high-water mark.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { containerMemoryCgroup, type CgroupLocation, type ContainerState } from '../core/bind/builder-container.js'
import { parseCounter } from '../core/cgroup.js'
import { marksFiles, parseMarks, type CgroupMarks } from '../core/bind/builder-marks.js'

export interface EngineCgroups {
  /** The engine runs on this host: its containers' cgroups are in this host's /sys/fs/cgroup. */
  engineLocal: boolean
  cgroupVersion: string | null
  cgroupDriver: string | null
}

/** `root` prefixes every path read, for tests on fixture trees; `/` on a real machine. */
export function containerCgroup(state: ContainerState, engine: EngineCgroups, root = '/'): CgroupLocation | null {
  if (!engine.engineLocal) return null
  const read = (path: string): string | null => {
    try {
      return readFileSync(join(root, path), 'utf8')
    } catch {
      return null
    }
  }
  const procCgroup = state.pid > 0 ? read(`/proc/${state.pid}/cgroup`) : null
  const mountinfo = read('/proc/self/mountinfo')
  const v2Controllers = (read('/sys/fs/cgroup/cgroup.controllers') ?? '').trim().split(/\s+/)
  return containerMemoryCgroup(state, { procCgroup, mountinfo, v2Controllers, cgroupVersion: engine.cgroupVersion, cgroupDriver: engine.cgroupDriver })
}

/** The kernel's high-water mark (v2 `memory.peak`, v1 `memory.max_usage_in_bytes`), with the file it came from. */
export function readPeak(location: CgroupLocation): { bytes: number; source: string } | null {
  const source = join(location.path, location.version === 2 ? 'memory.peak' : 'memory.max_usage_in_bytes')
  try {
    const bytes = parseCounter(readFileSync(source, 'utf8'))
    return bytes === null ? null : { bytes, source }
  } catch {
    return null
  }
}

/** The kernel's marks in the cgroup now: its high-water mark, OOM kills and limit hits (src/core/bind/builder-marks.ts). */
export function readMarks(location: CgroupLocation): CgroupMarks {
  const files = marksFiles(location.version)
  const read = (file: string): string | null => {
    try {
      return readFileSync(join(location.path, file), 'utf8')
    } catch {
      return null
    }
  }
  return parseMarks(location.version, { peak: read(files.peak), events: read(files.events), limitHits: read(files.limitHits) })
}
