/**
 * The watch of a builder's step cgroups (`<builder cgroup>/buildkit/<step id>`): at each tick
 * every child's own high-water mark and its first process' command line, kept per cgroup over
 * its life. A step cgroup lives only while its step runs, so the watch keeps what it read
 * last; between ticks a step can grow further, and a step shorter than a tick can be missed.
 * What the figures mean and which step they belong to is src/core/build/step-peaks.ts.
 * Used by the build's own watch (src/build/run-build.ts) and the action's sampler (dist/sampler.js).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { commandLine, stepMemoryFiles, type StepCgroup } from '../core/build/step-cgroups.js'
import { parseCounter } from '../core/cgroup.js'

export interface StepCgroupWatch {
  /** Reads every step cgroup under the parent once; cheap enough for every tick of a sampler. */
  tick(nowMs?: number): void
  /** The cgroups seen so far. */
  seen(): StepCgroup[]
  /** Whether the parent could be listed at least once: false where step cgroups cannot be seen here. */
  visible(): boolean
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** runc's own process stands in the step's cgroup until it execs the step's command. */
const RUNC = /^(?:runc|\/proc\/self\/exe) init\b/

/** `procRoot`: where the processes' `/proc` is (a test's fixture). */
export function watchStepCgroups(parent: string, version: 1 | 2, procRoot = '/proc'): StepCgroupWatch {
  const files = stepMemoryFiles(version)
  const byId = new Map<string, StepCgroup>()
  let listed = false
  const commandOf = (dir: string): string | null => {
    const pids = (read(join(dir, 'cgroup.procs')) ?? '')
      .split('\n')
      .map(Number)
      .filter((p) => Number.isSafeInteger(p) && p > 0)
      .sort((a, b) => a - b)
    // The lowest pid is the step's first process: the shell of a RUN, not what it started.
    for (const pid of pids.slice(0, 4)) {
      const cmd = commandLine(read(join(procRoot, String(pid), 'cmdline')) ?? '')
      if (cmd !== null && !RUNC.test(cmd)) return cmd
    }
    return null
  }
  return {
    tick(nowMs = Date.now()): void {
      let names: string[]
      try {
        names = readdirSync(parent, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
        listed = true
      } catch {
        // Not there yet (no step has run since the builder started), or not visible from here.
        return
      }
      for (const id of names) {
        const dir = join(parent, id)
        const bytes = parseCounter(read(join(dir, files.peak)) ?? '') ?? parseCounter(read(join(dir, files.usage)) ?? '')
        if (bytes === null) continue
        const known = byId.get(id)
        if (known) {
          known.lastMs = nowMs
          known.peakBytes = Math.max(known.peakBytes, bytes)
          known.command ??= commandOf(dir)
        } else byId.set(id, { id, firstMs: nowMs, lastMs: nowMs, peakBytes: bytes, command: commandOf(dir) })
      }
    },
    seen: () => [...byId.values()].map((c) => ({ ...c })),
    visible: () => listed
  }
}
