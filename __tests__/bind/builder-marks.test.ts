/**
 * The bound builder's peak and kills since the bind, from the kernel's marks read at bind time
 * and after the builds. The numbers are those measured in the v2 VM (../shared/FACTS.md §7): a
 * builder whose memory.peak was 137392128 before it was bound to 100 MiB.
 */
import { describe, expect, test } from '@jest/globals'
import { marksFiles, parseMarks, sinceBind } from '../../src/core/bind/builder-marks.js'

const MiB = 1024 * 1024
const files = { peak: '/sys/fs/cgroup/system.slice/docker-abc.scope/memory.peak', limit: '/sys/fs/cgroup/system.slice/docker-abc.scope/memory.max' }

describe('parseMarks', () => {
  test('v2: memory.peak and memory.events (oom_kill, max)', () => {
    const events = 'low 0\nhigh 0\nmax 243\noom 9\noom_kill 1\noom_group_kill 0\n'
    expect(parseMarks(2, { peak: '104857600\n', events, limitHits: events })).toEqual({ peakBytes: 104857600, oomKills: 1, limitHits: 243 })
    expect(marksFiles(2)).toEqual({ peak: 'memory.peak', events: 'memory.events', limitHits: 'memory.events' })
  })
  test('v1: max_usage_in_bytes, oom_control’s oom_kill, failcnt', () => {
    const oomControl = 'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n'
    expect(parseMarks(1, { peak: '52428800\n', events: oomControl, limitHits: '17\n' })).toEqual({ peakBytes: 52428800, oomKills: 2, limitHits: 17 })
  })
  test('files that could not be read are null, not 0', () => {
    expect(parseMarks(2, { peak: null, events: null, limitHits: null })).toEqual({ peakBytes: null, oomKills: null, limitHits: null })
  })
})

describe('sinceBind', () => {
  const atBind = { peakBytes: 137392128, oomKills: 0, limitHits: 0 }

  test('a mark from before the bind, and a kill since: the peak is the limit the cgroup hit, never the stale mark', () => {
    const r = sinceBind(atBind, { peakBytes: 137392128, oomKills: 1, limitHits: 243 }, 100 * MiB, files)
    expect(r).toMatchObject({ peakBytes: 100 * MiB, peakSource: files.limit, oomKills: 1 })
  })
  test('a mark that rose after the bind is this job’s', () => {
    const r = sinceBind({ peakBytes: 40 * MiB, oomKills: 0, limitHits: 0 }, { peakBytes: 104857600, oomKills: 1, limitHits: 12 }, 100 * MiB, files)
    expect(r).toMatchObject({ peakBytes: 104857600, peakSource: files.peak, oomKills: 1 })
  })
  test('a mark from before the bind and no limit hit since: the peak is not known, rather than wrong', () => {
    const r = sinceBind(atBind, { peakBytes: 137392128, oomKills: 0, limitHits: 0 }, 100 * MiB, files)
    expect(r).toMatchObject({ peakBytes: null, peakSource: null, oomKills: 0 })
    expect(r.note).toMatch(/predates the bind/)
  })
  test('kills counted before the bind are not this job’s', () => {
    expect(sinceBind({ ...atBind, oomKills: 3 }, { peakBytes: 150 * MiB, oomKills: 4, limitHits: 5 }, 100 * MiB, files).oomKills).toBe(1)
  })
  test('no reading at bind time: the mark as it is, kills unknown (as before main read them)', () => {
    expect(sinceBind(null, { peakBytes: 137392128, oomKills: 1, limitHits: 1 }, 100 * MiB, files)).toMatchObject({
      peakBytes: 137392128,
      peakSource: files.peak,
      oomKills: null
    })
  })

  test('no reading at bind time and no mark now: no peak and no file named', () => {
    expect(sinceBind(null, { peakBytes: null, oomKills: null, limitHits: null }, null, files)).toEqual({
      peakBytes: null,
      peakSource: null,
      oomKills: null,
      note: 'no reading at bind time'
    })
  })
  test('kills unknown when either reading lacks them; a counter that went back (a new cgroup) is 0, not negative', () => {
    const now = { peakBytes: 150 * MiB, oomKills: 2, limitHits: 5 }
    expect(sinceBind({ ...atBind, oomKills: null }, now, 100 * MiB, files).oomKills).toBeNull()
    expect(sinceBind(atBind, { ...now, oomKills: null }, 100 * MiB, files).oomKills).toBeNull()
    expect(sinceBind({ ...atBind, oomKills: 5 }, now, 100 * MiB, files).oomKills).toBe(0)
  })
  test('a mark first read after the bind is this job’s; one equal to the bind’s is not', () => {
    expect(sinceBind({ ...atBind, peakBytes: null }, { peakBytes: 60 * MiB, oomKills: 0, limitHits: 0 }, 100 * MiB, files)).toEqual({
      peakBytes: 60 * MiB,
      peakSource: files.peak,
      oomKills: 0,
      note: 'the high-water mark rose after the bind'
    })
    expect(sinceBind(atBind, { peakBytes: 137392128, oomKills: 0, limitHits: 0 }, 100 * MiB, files).peakBytes).toBeNull()
  })
  test('no peak read now: the limit if it was hit since, else unknown ("unread" in the note)', () => {
    expect(sinceBind(atBind, { peakBytes: null, oomKills: 0, limitHits: 2 }, 100 * MiB, files)).toEqual({
      peakBytes: 100 * MiB,
      peakSource: files.limit,
      oomKills: 0,
      note: 'the high-water mark (unread) predates the bind; the cgroup hit its limit 2 times since'
    })
    expect(sinceBind(atBind, { peakBytes: null, oomKills: 0, limitHits: 0 }, 100 * MiB, files)).toEqual({
      peakBytes: null,
      peakSource: null,
      oomKills: 0,
      note: "the high-water mark (unread) predates the bind and the limit was not hit since: this job's peak is not known from the kernel"
    })
  })
  test('limit hits: counted only from two readings, only those since the bind, and only with a known limit', () => {
    const stale = { peakBytes: 137392128, oomKills: 0 }
    expect(sinceBind({ ...atBind, limitHits: 7 }, { ...stale, limitHits: 7 }, 100 * MiB, files).peakBytes).toBeNull()
    expect(sinceBind({ ...atBind, limitHits: 7 }, { ...stale, limitHits: 9 }, 100 * MiB, files).note).toMatch(/hit its limit 2 times since$/)
    expect(sinceBind({ ...atBind, limitHits: null }, { ...stale, limitHits: 9 }, 100 * MiB, files).peakBytes).toBeNull()
    expect(sinceBind(atBind, { ...stale, limitHits: null }, 100 * MiB, files).peakBytes).toBeNull()
    expect(sinceBind(atBind, { ...stale, limitHits: 3 }, null, files).peakBytes).toBeNull()
  })
})

describe('marksFiles', () => {
  test('v1: the peak, oom_control for kills, failcnt for limit hits; v2 reads hits from memory.events', () => {
    expect(marksFiles(1)).toEqual({ peak: 'memory.max_usage_in_bytes', events: 'memory.oom_control', limitHits: 'memory.failcnt' })
  })
  test('v2 takes limit hits from memory.events whatever limitHits text is given', () => {
    expect(parseMarks(2, { peak: '1\n', events: 'max 4\noom_kill 0\n', limitHits: '99\n' }).limitHits).toBe(4)
    expect(parseMarks(1, { peak: '1\n', events: 'oom_kill 0\n', limitHits: null }).limitHits).toBeNull()
  })
})
