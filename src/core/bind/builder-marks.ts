/**
 * What the kernel has counted in a bound builder's cgroup — its high-water mark, its OOM kills,
 * how often it hit its limit — read when main binds it and again when post explains its builds,
 * so that post reports this job's peak and kills, not the container's whole life. Pure.
 *
 * Why: v2's `memory.peak` (and v1's `memory.max_usage_in_bytes` unless reset) is the highest
 * usage since the cgroup was created. A builder used before the job bound it keeps a mark from
 * then: measured on Docker 28.5 + cgroup v2, a builder bound to 100 MiB still read 131 MiB
 * (../shared/FACTS.md §7). A mark above the one read at bind time was reached since; one that did
 * not move says nothing about the job, except that a cgroup which hit its limit since (v2
 * `memory.events` `max`, v1 `memory.failcnt`) peaked at that limit.
 */
import { parseCounter, parseKeyValues } from '../cgroup.js'
import { cgroupFiles } from '../enforce/cgroup-limit.js'

export interface CgroupMarks {
  peakBytes: number | null
  /** `oom_kill` of v2 `memory.events` or v1 `memory.oom_control`. */
  oomKills: number | null
  /** Times usage hit the limit: v2 `memory.events` `max`, v1 `memory.failcnt`. */
  limitHits: number | null
}

/** The files `parseMarks` reads, relative to the cgroup's directory. */
export function marksFiles(version: 1 | 2): { peak: string; events: string; limitHits: string } {
  const f = cgroupFiles(version)
  return { peak: f.peak, events: f.events, limitHits: version === 2 ? f.events : 'memory.failcnt' }
}

/** Each file's text, or null where it could not be read. */
export function parseMarks(version: 1 | 2, texts: { peak: string | null; events: string | null; limitHits: string | null }): CgroupMarks {
  const events = texts.events === null ? null : parseKeyValues(texts.events)
  return {
    peakBytes: texts.peak === null ? null : parseCounter(texts.peak),
    oomKills: events?.['oom_kill'] ?? null,
    limitHits: version === 2 ? (events?.['max'] ?? null) : texts.limitHits === null ? null : parseCounter(texts.limitHits)
  }
}

export interface MarksSinceBind {
  /** null: not known for this job (the kernel's mark predates the bind, and the limit was never hit). */
  peakBytes: number | null
  /** The file the peak was read from (the limit's file when the peak is the limit the cgroup hit). */
  peakSource: string | null
  /** OOM kills since the bind; null when either reading lacks them. */
  oomKills: number | null
  /** Why the peak is what it is, for the debug log. */
  note: string
}

/**
 * The peak and kills since the bind. `atBind` null (a main that read nothing): the mark as it is,
 * as before this was read. `limitBytes` is the limit the cgroup has now, `files` where each came from.
 */
export function sinceBind(atBind: CgroupMarks | null, now: CgroupMarks, limitBytes: number | null, files: { peak: string; limit: string }): MarksSinceBind {
  if (atBind === null) {
    return { peakBytes: now.peakBytes, peakSource: now.peakBytes === null ? null : files.peak, oomKills: null, note: 'no reading at bind time' }
  }
  const oomKills = atBind.oomKills !== null && now.oomKills !== null ? Math.max(0, now.oomKills - atBind.oomKills) : null
  if (now.peakBytes !== null && (atBind.peakBytes === null || now.peakBytes > atBind.peakBytes)) {
    return { peakBytes: now.peakBytes, peakSource: files.peak, oomKills, note: 'the high-water mark rose after the bind' }
  }
  const hits = atBind.limitHits !== null && now.limitHits !== null ? now.limitHits - atBind.limitHits : 0
  if (hits > 0 && limitBytes !== null) {
    return {
      peakBytes: limitBytes,
      peakSource: files.limit,
      oomKills,
      note: `the high-water mark (${now.peakBytes ?? 'unread'}) predates the bind; the cgroup hit its limit ${hits} times since`
    }
  }
  return {
    peakBytes: null,
    peakSource: null,
    oomKills,
    note: `the high-water mark (${now.peakBytes ?? 'unread'}) predates the bind and the limit was not hit since: this job's peak is not known from the kernel`
  }
}
