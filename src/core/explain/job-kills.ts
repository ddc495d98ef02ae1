/**
 * `post`'s job-wide OOM watch, decided from what could be read. The kernel log is the whole
 * machine's: on a shared runner it holds other tenants' kills, which are no error of this job.
 */
import type { OomKill } from './dmesg.js'

/** The cgroup paths of /proc/self/cgroup (v1: every controller's; v2: the one), the root left out. */
export function parseProcCgroup(text: string): string[] {
  const paths = new Set<string>()
  for (const line of text.split('\n')) {
    const path = line.split(':').slice(2).join(':').trim()
    // The root cgroup holds the whole machine: being in it says nothing of whose a kill is.
    if (path !== '' && path !== '/') paths.add(path)
  }
  return [...paths]
}

/** `oom_kill` of /proc/vmstat: every OOM kill since boot (Linux 4.13 and later), or null. */
export function parseVmstatOomKills(text: string): number | null {
  const m = /^oom_kill (\d+)$/m.exec(text)
  return m ? Number(m[1]) : null
}

export interface WatchInput {
  /** The kernel log's kills since main started, or null when it could not be read. */
  kills: OomKill[] | null
  /** Why the kernel log could not be read. */
  problem: string | null
  /** Cgroups whose kills are this job's: the runner's own, our builders', our builds'. */
  ownCgroups: string[]
  /** Kills this job's build already explained (pids). */
  explained: Set<number>
  /** /proc/vmstat `oom_kill` when main started and now; null where not readable. */
  counterAtStart: number | null
  counterNow: number | null
}

export interface WatchReport {
  /** This job's kills: one error each. */
  errors: OomKill[]
  /** Kills elsewhere on the machine, or counted without names: one warning for them all. */
  warning: string | null
  /** Why nothing could be watched: a debug line, as no watch can work there (macOS, Windows, no /proc). */
  debug: string | null
}

export function watchReport(input: WatchInput): WatchReport {
  if (input.kills !== null) {
    const fresh = input.kills.filter((k) => !input.explained.has(k.pid))
    const errors = fresh.filter((k) => isOwn(k, input.ownCgroups))
    const others = fresh.filter((k) => !isOwn(k, input.ownCgroups))
    const hostWide = others.filter((k) => k.scope === 'host').length
    const warning =
      others.length === 0
        ? null
        : `${others.length} process${others.length === 1 ? ' was' : 'es were'} killed for memory on this machine outside this job's cgroups while it ran${hostWide > 0 ? ` (${hostWide} when the whole machine ran out of memory)` : ''}: ${others
            .slice(0, 5)
            .map((k) => `${k.process} (pid ${k.pid}${k.taskMemcg ? ` in ${k.taskMemcg}` : ''})`)
            .join(', ')}${others.length > 5 ? ', …' : ''}.`
    return { errors, warning, debug: null }
  }
  if (input.counterAtStart !== null && input.counterNow !== null) {
    const delta = input.counterNow - input.counterAtStart
    if (delta <= 0)
      return {
        errors: [],
        warning: null,
        debug: `no OOM kill on this machine while the job ran (/proc/vmstat oom_kill; the kernel log is closed: ${input.problem})`
      }
    return {
      errors: [],
      warning: `${delta} process${delta === 1 ? ' was' : 'es were'} killed for memory on this machine while the job ran (/proc/vmstat oom_kill). Which, and whether this job's, cannot be told: the kernel log is closed (${input.problem}).`,
      debug: null
    }
  }
  return {
    errors: [],
    warning: null,
    debug: `no OOM watch here: ${input.problem ?? 'the kernel log cannot be read'}, and /proc/vmstat's oom_kill is not readable`
  }
}

/**
 * A kill in one of these cgroups or below one (`/docker/buildx/<id>` holds `…/buildkit/<step>`).
 * The kernel names cgroups from the hierarchy's root, /proc/self/cgroup from this process's
 * cgroup namespace (a `container:` job, a Kubernetes runner): an own path may stand anywhere
 * in the kernel's, on whole path segments.
 */
function isOwn(kill: OomKill, own: string[]): boolean {
  const where = [kill.taskMemcg, kill.oomMemcg].filter((c): c is string => c !== null)
  return where.some((cg) => own.some((o) => (o.startsWith('/') ? underPath(cg, o.replace(/\/+$/, '')) : cg.split('/').some((part) => part.includes(o)))))
}

function underPath(cg: string, own: string): boolean {
  return cg === own || cg.startsWith(`${own}/`) || cg.endsWith(own) || cg.includes(`${own}/`)
}
