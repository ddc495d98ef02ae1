import { describe, expect, test } from '@jest/globals'
import { parseDmesg, type OomKill } from '../../../src/core/explain/dmesg.js'
import { parseProcCgroup, parseVmstatOomKills, watchReport, type WatchInput } from '../../../src/core/explain/job-kills.js'
import { CAPTURED_KILLS as KILLS } from './helpers.js'

// Four kills in a buildx builder's step cgroups (/docker/buildx/<id>/buildkit/<step>).
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

// What post prints about kills, at the edges a user would see: counts and plurals, the cut at
// five names, a kill known only by the cgroup that hit its limit, cgroup paths as a container
// job or a Kubernetes runner sees them, and the counter-only and nothing-to-watch sentences.
describe('watchReport, said in full', () => {
  const kill = (pid: number, over: Partial<OomKill> = {}): OomKill => ({
    timeSec: pid,
    process: `p${pid}`,
    pid,
    anonRssBytes: null,
    totalVmBytes: null,
    scope: 'memcg',
    oomMemcg: null,
    taskMemcg: `/other/${pid}`,
    buildkitStepId: null,
    ...over
  })

  test('more than five kills elsewhere: five named, the rest cut, no host-wide note when none was', () => {
    const r = watchReport(input({ kills: [1, 2, 3, 4, 5, 6].map((pid) => kill(pid, pid === 6 ? { taskMemcg: null } : {})) }))
    expect(r).toEqual({
      errors: [],
      warning:
        "6 processes were killed for memory on this machine outside this job's cgroups while it ran: p1 (pid 1 in /other/1), p2 (pid 2 in /other/2), p3 (pid 3 in /other/3), p4 (pid 4 in /other/4), p5 (pid 5 in /other/5), ….",
      debug: null
    })
    expect(watchReport(input({ kills: [kill(6, { taskMemcg: null })] })).warning).toBe(
      "1 process was killed for memory on this machine outside this job's cgroups while it ran: p6 (pid 6)."
    )
  })

  test('five kills elsewhere are all named, with nothing cut', () => {
    const r = watchReport(input({ kills: [1, 2, 3, 4, 5].map((pid) => kill(pid, { scope: 'host' })) }))
    expect(r.warning).toMatch(/^5 processes were killed .* \(5 when the whole machine ran out of memory\): p1 .*, p5 \(pid 5 in \/other\/5\)\.$/)
  })

  test.each([
    // [own cgroup, the kernel's task cgroup, the kernel's OOM cgroup, this job's?]
    ['/job/', '/job/step', null, true],
    ['/job', '/kubepods/pod1/job', null, true],
    ['/job', '/kubepods/pod1/job/step', null, true],
    ['/job', null, '/job', true],
    ['/job', '/jobs/step', null, false],
    ['/job', '/other/jobx', null, false],
    ['abc123', '/docker/abc123def/step', null, true],
    ['abc123', '/docker/xyz', '/docker/xyz', false]
  ] as const)('own %s, killed in %p (limit of %p): own %p', (own, taskMemcg, oomMemcg, mine) => {
    const r = watchReport(input({ kills: [kill(7, { taskMemcg, oomMemcg })], ownCgroups: [own] }))
    expect(r.errors.length).toBe(mine ? 1 : 0)
    expect(r.warning === null).toBe(mine)
  })

  test('the kernel log closed: one kill counted, a counter that went back, and nothing readable', () => {
    const closed = { kills: null, problem: 'dmesg: read kernel buffer failed: Operation not permitted' }
    expect(watchReport(input({ ...closed, counterAtStart: 4, counterNow: 5 }))).toEqual({
      errors: [],
      warning:
        "1 process was killed for memory on this machine while the job ran (/proc/vmstat oom_kill). Which, and whether this job's, cannot be told: the kernel log is closed (dmesg: read kernel buffer failed: Operation not permitted).",
      debug: null
    })
    expect(watchReport(input({ ...closed, counterAtStart: 5, counterNow: 2 })).debug).toBe(
      'no OOM kill on this machine while the job ran (/proc/vmstat oom_kill; the kernel log is closed: dmesg: read kernel buffer failed: Operation not permitted)'
    )
    expect(watchReport(input({ ...closed, counterAtStart: 5, counterNow: null }))).toEqual({
      errors: [],
      warning: null,
      debug: "no OOM watch here: dmesg: read kernel buffer failed: Operation not permitted, and /proc/vmstat's oom_kill is not readable"
    })
    expect(watchReport(input({ kills: null, counterNow: 5 })).debug).toBe(
      "no OOM watch here: the kernel log cannot be read, and /proc/vmstat's oom_kill is not readable"
    )
  })

  test('/proc readers at their edges: a path holding a colon, repeats, and a counter line that only starts alike', () => {
    expect(parseProcCgroup('1:name=systemd:/a:b \n2:memory:/a:b\n3:cpu:\n')).toEqual(['/a:b'])
    expect(parseVmstatOomKills('oom_kill_other 4\noom_kill 12\n')).toBe(12)
    expect(parseVmstatOomKills('xoom_kill 4\noom_kill 4x\n')).toBeNull()
  })
})
