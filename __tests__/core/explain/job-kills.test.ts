import { describe, expect, test } from '@jest/globals'
import { parseDmesg } from '../../../src/core/explain/dmesg.js'
import { parseProcCgroup, parseVmstatOomKills, watchReport, type WatchInput } from '../../../src/core/explain/job-kills.js'
import { fixture } from './helpers.js'

// Four kills in a buildx builder's step cgroups (/docker/buildx/<id>/buildkit/<step>).
const KILLS = parseDmesg(fixture('captured/dmesg-memcg-oom-cgroupv1.txt'))
const BUILDER = '4a6cf4b27804264fffdd6fdecf4b90c2ac10f7ada3a0f92c0e364c2ca3d37bc8'
const HOST = parseDmesg(
  '[980.1] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/other-runner.service,task=java,pid=9000,uid=1001\n[980.2] Out of memory: Killed process 9000 (java) total-vm:9000kB, anon-rss:8000kB, file-rss:0kB\n'
)

function input(overrides: Partial<WatchInput>): WatchInput {
  return { kills: [], problem: null, ownCgroups: [], explained: new Set(), counterAtStart: null, counterNow: null, ...overrides }
}

describe('watchReport', () => {
  test("kills in the job's cgroups are errors; the rest, host-wide included, one warning", () => {
    const r = watchReport(input({ kills: [...KILLS, ...HOST], ownCgroups: [`/docker/buildx/${BUILDER}`] }))
    expect(r.errors.map((k) => k.pid)).toEqual([23135, 23251, 23369, 23486])
    expect(r.warning).toBe(
      "1 process was killed for memory on this machine outside this job's cgroups while it ran (1 when the whole machine ran out of memory): java (pid 9000 in /system.slice/other-runner.service)."
    )
  })

  test('a container id names a builder whatever its cgroup parent; explained kills are left out', () => {
    const r = watchReport(input({ kills: KILLS, ownCgroups: [BUILDER.slice(0, 12)], explained: new Set([23135]) }))
    expect(r.errors.map((k) => k.pid)).toEqual([23251, 23369, 23486])
    expect(r.warning).toBeNull()
  })

  test("the runner's cgroup prefix does not take a sibling's kills (/a is not /ab)", () => {
    const kill = parseDmesg(
      '[1.0] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/ab,task_memcg=/ab/x,task=cc1plus,pid=5,uid=0\n'
    )
    expect(watchReport(input({ kills: kill, ownCgroups: ['/a'] })).errors).toEqual([])
    expect(watchReport(input({ kills: kill, ownCgroups: ['/ab'] })).errors).toHaveLength(1)
  })

  test.each([
    [7, 7, null, /^no OOM kill on this machine while the job ran/],
    [
      7,
      9,
      /^2 processes were killed for memory on this machine while the job ran \(\/proc\/vmstat oom_kill\)\. Which, and whether this job's, cannot be told: the kernel log is closed \(sudo -n dmesg failed: x\)\.$/,
      null
    ],
    [null, null, null, /^no OOM watch here/]
  ])('kernel log closed, counter %p → %p', (start, now, warning, debug) => {
    const r = watchReport(input({ kills: null, problem: 'sudo -n dmesg failed: x', counterAtStart: start, counterNow: now }))
    expect(r.errors).toEqual([])
    if (warning) expect(r.warning).toMatch(warning)
    else expect(r.warning).toBeNull()
    if (debug) expect(r.debug).toMatch(debug)
    else expect(r.debug).toBeNull()
  })
})

describe('/proc readers', () => {
  test.each([
    [
      '12:memory:/system.slice/actions.runner.service\n11:cpu,cpuacct:/system.slice/actions.runner.service\n1:name=systemd:/system.slice/actions.runner.service\n',
      ['/system.slice/actions.runner.service']
    ],
    ['0::/user.slice/user-1000.slice/session-3.scope\n', ['/user.slice/user-1000.slice/session-3.scope']],
    ['0::/\n', []],
    ['', []]
  ])('%j', (text, want) => {
    expect(parseProcCgroup(text)).toEqual(want)
  })

  test('oom_kill from /proc/vmstat, null when absent', () => {
    expect(parseVmstatOomKills('pgfault 100\noom_kill 3\nnr_free_pages 9\n')).toBe(3)
    expect(parseVmstatOomKills('pgfault 100\n')).toBeNull()
  })
})
