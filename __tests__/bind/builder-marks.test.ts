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
})
