/**
 * Kernel OOM kills from `dmesg`. The kernel writes two lines per kill: an
 * `oom-kill:` line with the cgroups and the task, and a `Killed process` line with its memory.
 */

export interface OomKill {
  /** Seconds since boot, from dmesg's `[  967.320453]`. */
  timeSec: number
  process: string
  pid: number
  /** Resident anonymous memory when killed: what the process really held. */
  anonRssBytes: number | null
  totalVmBytes: number | null
  /** `memcg` when a cgroup's limit was hit, `host` for a machine-wide OOM. */
  scope: 'memcg' | 'host'
  /** The cgroup whose limit was hit (`/docker/buildkit`), null for a host-wide OOM. */
  oomMemcg: string | null
  /** The cgroup the killed task lived in (`/docker/buildkit/<step id>`). */
  taskMemcg: string | null
  /** BuildKit's step id: the last part of a task cgroup under `…/buildkit/`. */
  buildkitStepId: string | null
}

// A module-level pattern is built once, when the module is loaded; the mutation run keeps modules
// loaded between mutants, so a mutant of one is never active. The forms they read and refuse
// (v1 and v2 kills, host-wide ones, stamps, look-alikes) are pinned by
// __tests__/core/explain/dmesg-and-dockerfile.test.ts.
// Stryker disable next-line Regex: never active (above)
const STAMP = /^\[\s*(\d+(?:\.\d+)?)\]\s?(.*)$/
// Stryker disable next-line Regex: never active (above)
const OOM_KILL = /oom-kill:constraint=(\w+).*?(?:,oom_memcg=([^,]*))?(?:,task_memcg=([^,]*)),task=([^,]*),pid=(\d+)/
// Stryker disable next-line Regex: never active (above)
const KILLED = /(Memory cgroup out of memory|Out of memory): Killed process (\d+) \(([^)]*)\) total-vm:(\d+)kB, anon-rss:(\d+)kB/

export function parseDmesg(text: string): OomKill[] {
  const byPid = new Map<number, OomKill>()
  const kills: OomKill[] = []
  for (const raw of text.split('\n')) {
    const stamp = STAMP.exec(raw.trimEnd())
    if (!stamp) continue
    const timeSec = Number(stamp[1])
    const body = stamp[2]
    const o = OOM_KILL.exec(body)
    if (o) {
      const taskMemcg = o[3] || null
      const kill: OomKill = {
        timeSec,
        process: o[4],
        pid: Number(o[5]),
        anonRssBytes: null,
        totalVmBytes: null,
        scope: o[1] === 'CONSTRAINT_MEMCG' ? 'memcg' : 'host',
        oomMemcg: o[1] === 'CONSTRAINT_MEMCG' ? o[2] || null : null,
        taskMemcg,
        buildkitStepId: buildkitStepId(taskMemcg)
      }
      byPid.set(kill.pid, kill)
      kills.push(kill)
      continue
    }
    const k = KILLED.exec(body)
    if (k) {
      const pid = Number(k[2])
      let kill = byPid.get(pid)
      if (!kill) {
        // Older kernels print no oom-kill line: the Killed line alone still names the process.
        kill = {
          timeSec,
          process: k[3],
          pid,
          anonRssBytes: null,
          totalVmBytes: null,
          scope: k[1] === 'Out of memory' ? 'host' : 'memcg',
          oomMemcg: null,
          taskMemcg: null,
          buildkitStepId: null
        }
        kills.push(kill)
      }
      kill.totalVmBytes = Number(k[4]) * 1024
      kill.anonRssBytes = Number(k[5]) * 1024
      byPid.delete(pid)
    }
  }
  return kills
}

function buildkitStepId(memcg: string | null): string | null {
  const m = memcg ? /\/buildkit\/([^/]+)$/.exec(memcg) : null
  return m ? m[1] : null
}

/** Kills at or after `sinceSec` (seconds since boot), allowing for clock skew between dmesg and the caller. */
export function killsSince(kills: OomKill[], sinceSec: number, slackSec = 2): OomKill[] {
  return kills.filter((k) => k.timeSec >= sinceSec - slackSec)
}
