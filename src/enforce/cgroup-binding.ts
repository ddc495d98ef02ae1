/**
 * The cgroup edges: bind a parent cgroup's memory (verified by reading it back, restored
 * afterwards) and watch a cgroup's usage, high-water mark and OOM kills during a build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { MemorySample } from '../core/build/outcome.js'
import { cgroupFiles, limitWrites, parseOomKills, restoreValue, restoreWrites, type CgroupWrite, type SavedLimit } from '../core/enforce/cgroup-limit.js'
import { parseCounter, parseMemoryLimit } from '../core/cgroup.js'
import { formatSize } from '../core/units.js'

export interface CgroupBinding {
  path: string
  version: 1 | 2
  /** Swap could not be bound (no swap accounting): only memory is. */
  swapUnbound: boolean
  restore(): void
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

function apply(dir: string, writes: CgroupWrite[]): void {
  for (const w of writes) writeFileSync(join(dir, w.file), w.value)
}

/**
 * Creates `path` with every missing parent: on a fresh engine neither the engine's own cgroup
 * (`docker`) nor its BuildKit child exists until the first container or step runs. Returns
 * the directories made, deepest first, which is the order the kernel lets them be removed.
 */
function makeCgroup(path: string): string[] {
  if (existsSync(path)) return []
  let first: string | undefined
  try {
    first = mkdirSync(path, { recursive: true })
  } catch (e) {
    throw new Error(`${path} does not exist and cannot be created (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e })
  }
  // undefined: another process made it in between, so none of it is ours to remove.
  if (first === undefined) return []
  const made = [path]
  for (let dir = path; dir !== first && dirname(dir) !== dir;) {
    dir = dirname(dir)
    made.push(dir)
  }
  return made
}

function removeMade(made: string[]): void {
  for (const dir of made) {
    try {
      rmdirSync(dir)
    } catch {
      // The engine has put steps or containers under it meanwhile; it and its parents are the engine's now.
      return
    }
  }
}

/**
 * Writes the limit and reads it back. Throws with the reason when the limit cannot be
 * written or does not read back, after putting back whatever was there.
 */
export function bindCgroup(path: string, version: 1 | 2, memoryBytes: number, swapBytes: number): CgroupBinding {
  const files = cgroupFiles(version)
  const made = makeCgroup(path)
  const limitText = read(join(path, files.limit))
  if (limitText === null) {
    removeMade(made)
    throw new Error(`${join(path, files.limit)} cannot be read`)
  }
  const swapText = read(join(path, files.swap))
  const saved: SavedLimit = { limit: restoreValue(version, limitText), swap: swapText === null ? null : restoreValue(version, swapText) }
  const restore = (): void => {
    apply(path, restoreWrites(version, saved, memoryBytes))
    removeMade(made)
  }
  try {
    apply(
      path,
      limitWrites(version, memoryBytes, swapBytes, parseMemoryLimit(limitText)).filter((w) => w.file !== files.swap || swapText !== null)
    )
  } catch (e) {
    try {
      restore()
    } catch {
      // Nothing was changed if the first write failed.
    }
    throw new Error(`cannot write ${join(path, files.limit)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e })
  }
  const back = parseCounter(read(join(path, files.limit)) ?? '')
  if (back !== memoryBytes) {
    restore()
    throw new Error(`${join(path, files.limit)} reads back ${back === null ? 'nothing' : formatSize(back)} after writing ${formatSize(memoryBytes)}`)
  }
  // v1 lets root reset the high-water mark, so the peak is this build's alone.
  if (version === 1) {
    try {
      writeFileSync(join(path, files.peak), '0')
    } catch {
      // The peak then covers earlier builds too; still an upper bound.
    }
  }
  return { path, version, swapUnbound: swapText === null, restore }
}

export interface WatchResult {
  peakBytes: number | null
  peakSource: string | null
  /** null where the kernel does not count kills of children in this cgroup (v1: measured here, always 0). */
  oomKills: number | null
  samples: MemorySample[]
}

const MAX_SAMPLES = 600

/**
 * Samples usage every `intervalMs`, halving the rate each time the buffer fills, so a long
 * build costs a few hundred reads of one small file at most. `onTick` runs at every interval
 * (the watch of the step cgroups).
 */
export function watchCgroup(path: string, version: 1 | 2, intervalMs = 500, onTick?: () => void): { stop(): WatchResult } {
  const files = cgroupFiles(version)
  const start = Date.now()
  const oomBefore = version === 2 ? parseOomKills(read(join(path, files.events)) ?? '') : null
  let samples: MemorySample[] = []
  let every = 1
  let tick = 0
  const sample = (): void => {
    // Every tick, not thinned with the samples: a step cgroup lives only while its step runs.
    onTick?.()
    if (tick++ % every !== 0) return
    const bytes = parseCounter(read(join(path, files.usage)) ?? '')
    if (bytes === null) return
    samples.push({ tMs: Date.now() - start, bytes })
    if (samples.length >= MAX_SAMPLES) {
      samples = samples.filter((_, i) => i % 2 === 0)
      every *= 2
    }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  timer.unref()
  return {
    stop(): WatchResult {
      clearInterval(timer)
      sample()
      const peakFile = join(path, files.peak)
      const peakBytes = parseCounter(read(peakFile) ?? '')
      const oomAfter = version === 2 ? parseOomKills(read(join(path, files.events)) ?? '') : null
      return {
        peakBytes,
        peakSource: peakBytes === null ? null : peakFile,
        oomKills: oomBefore !== null && oomAfter !== null ? oomAfter - oomBefore : null,
        samples
      }
    }
  }
}

/**
 * Removes the cgroup the engine made for our steps. containerd removes a finished step's own
 * cgroup a moment after docker returns, so empty children are removed here (the kernel
 * refuses while a task is left in one) and the parent is retried for a few seconds.
 */
export async function removeOurCgroup(path: string, attempts = 20): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    try {
      for (const child of readdirSync(path, { withFileTypes: true })) {
        if (child.isDirectory()) {
          try {
            rmdirSync(join(path, child.name))
          } catch {
            // A task is still in it; the next attempt sees.
          }
        }
      }
      rmdirSync(path)
      return true
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  return false
}
