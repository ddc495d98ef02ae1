import { describe, expect, test } from '@jest/globals'
import { killsSince, parseDmesg } from '../../../src/core/explain/dmesg.js'
import { mapDockerfile } from '../../../src/core/explain/dockerfile-map.js'
import { findInstruction } from '../../../src/core/explain/find-instruction.js'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { CAPTURED_KILLS, fixture } from './helpers.js'

describe('parseDmesg', () => {
  // Every real kernel log we have: what each kill should read as.
  test.each([
    [
      'captured/dmesg-memcg-oom-cgroupv1.txt',
      [
        ['tail', 23135, 82048, '95n0i7etqk6arcl68ngvkk4ce'],
        ['tail', 23251, 80128, 'xp9f31u9qb6xjox54jkhm3acr'],
        ['tail', 23369, 80768, 'zzign63mfovcomjjd8t9ah702'],
        ['tail', 23486, 81536, 'yc8esyqggoli65tmcqbo3vmqo']
      ]
    ],
    [
      'explain/dmesg-legacy-buildkit-cgroup-kills.txt',
      [
        ['tail', 24479, 100224, 'qt860bn20ljnmxcxz8pzn1gbd'],
        ['tail', 28865, 101504, null],
        ['tail', 28986, 65024, null]
      ]
    ]
  ])('%s', (file, want) => {
    const kills = parseDmesg(fixture(file))
    expect(kills.map((k) => [k.process, k.pid, k.anonRssBytes! / 1024, k.buildkitStepId])).toEqual(want)
    expect(kills.every((k) => k.scope === 'memcg' && k.taskMemcg?.startsWith(k.oomMemcg!))).toBe(true)
  })

  test('the captured cgroup v1 kills: process, pid, memory, cgroups, BuildKit step id', () => {
    const kills = CAPTURED_KILLS
    expect(kills).toHaveLength(4)
    expect(kills[0]).toEqual({
      timeSec: 967.320399,
      process: 'tail',
      pid: 23135,
      anonRssBytes: 82048 * 1024,
      totalVmBytes: 84280 * 1024,
      scope: 'memcg',
      oomMemcg: '/docker/buildx/4a6cf4b27804264fffdd6fdecf4b90c2ac10f7ada3a0f92c0e364c2ca3d37bc8',
      taskMemcg: '/docker/buildx/4a6cf4b27804264fffdd6fdecf4b90c2ac10f7ada3a0f92c0e364c2ca3d37bc8/buildkit/95n0i7etqk6arcl68ngvkk4ce',
      buildkitStepId: '95n0i7etqk6arcl68ngvkk4ce'
    })
    expect(kills.map((k) => k.buildkitStepId)).toEqual([
      '95n0i7etqk6arcl68ngvkk4ce',
      'xp9f31u9qb6xjox54jkhm3acr',
      'zzign63mfovcomjjd8t9ah702',
      'yc8esyqggoli65tmcqbo3vmqo'
    ])
    expect(killsSince(kills, 973).map((k) => k.pid)).toEqual([23369, 23486])
  })

  test('a host-wide OOM and a legacy-builder container', () => {
    const kills = parseDmesg(
      '[ 12.5] Out of memory: Killed process 77 (java) total-vm:9000kB, anon-rss:8000kB, file-rss:0kB\n' +
        '[905.199192] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=c04,mems_allowed=0,oom_memcg=/docker/c04,task_memcg=/docker/c04,task=tail,pid=8416,uid=0\n' +
        '[905.199480] Memory cgroup out of memory: Killed process 8416 (tail) total-vm:103752kB, anon-rss:101632kB, file-rss:1264kB, shmem-rss:0kB, UID:0 pgtables:244kB oom_score_adj:0\n' +
        'garbage line\n'
    )
    expect(kills.map((k) => [k.process, k.scope, k.anonRssBytes, k.oomMemcg, k.buildkitStepId])).toEqual([
      ['java', 'host', 8000 * 1024, null, null],
      ['tail', 'memcg', 101632 * 1024, '/docker/c04', null]
    ])
  })
})

describe('parseDmesg: the line forms its patterns read, and those they refuse', () => {
  // cgroup v2 + systemd (the v2 tier's kernel, 7.2): the builder's scope hit its limit, the task in a step's cgroup.
  const SCOPE = '/system.slice/docker-70df7a8679c3.scope'
  const V2 =
    `[  312.904512] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=docker-70df7a8679c3.scope,mems_allowed=0,oom_memcg=${SCOPE},task_memcg=${SCOPE}/buildkit/k1y0jz2n9tmb1cfvn0x7d3s6a,task=busybox,pid=4242,uid=0\n` +
    '[  312.905120] Memory cgroup out of memory: Killed process 4242 (busybox) total-vm:617948kB, anon-rss:194560kB, file-rss:1024kB, shmem-rss:0kB, UID:0 pgtables:424kB oom_score_adj:0\n'

  test('a v2 kill: the scope, the step cgroup under it, the BuildKit step id, the memory', () => {
    expect(parseDmesg(V2)).toEqual([
      {
        timeSec: 312.904512,
        process: 'busybox',
        pid: 4242,
        anonRssBytes: 194560 * 1024,
        totalVmBytes: 617948 * 1024,
        scope: 'memcg',
        oomMemcg: SCOPE,
        taskMemcg: `${SCOPE}/buildkit/k1y0jz2n9tmb1cfvn0x7d3s6a`,
        buildkitStepId: 'k1y0jz2n9tmb1cfvn0x7d3s6a'
      }
    ])
  })

  test('a whole-second stamp, a stamp without its space, a host-wide kill with its task cgroup', () => {
    const kills = parseDmesg(
      '[12] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/user.slice,task=cc1plus,pid=9,uid=1000\n' +
        '[12]Out of memory: Killed process 9 (cc1plus) total-vm:2048kB, anon-rss:1024kB, file-rss:0kB\n'
    )
    expect(kills).toEqual([
      {
        timeSec: 12,
        process: 'cc1plus',
        pid: 9,
        anonRssBytes: 1024 * 1024,
        totalVmBytes: 2048 * 1024,
        scope: 'host',
        oomMemcg: null,
        taskMemcg: '/user.slice',
        buildkitStepId: null
      }
    ])
  })

  test("an older kernel's Killed line alone, in a cgroup, pasted with CRLF line ends: a cgroup's kill", () => {
    const kills = parseDmesg('[ 55.1] Memory cgroup out of memory: Killed process 31 (node) total-vm:4096kB, anon-rss:2048kB, file-rss:0kB\r\n')
    expect(kills.map((k) => [k.process, k.pid, k.scope, k.anonRssBytes, k.oomMemcg])).toEqual([['node', 31, 'memcg', 2048 * 1024, null]])
  })

  test('lines that only look like a kill are not one', () => {
    const text = [
      // No stamp (a paste of dmesg -T, a log line quoting the kernel).
      'oom-kill:constraint=CONSTRAINT_MEMCG,oom_memcg=/a,task_memcg=/a,task=x,pid=1,uid=0',
      '[Thu Dec  3 10:00:00 2026] Memory cgroup out of memory: Killed process 2 (x) total-vm:1kB, anon-rss:1kB',
      // A stamp, but not a number.
      '[ abc] Memory cgroup out of memory: Killed process 3 (x) total-vm:1kB, anon-rss:1kB',
      // The kill line without its memory, an oom-kill line without its task.
      '[ 1.0] Memory cgroup out of memory: Killed process 4 (x)',
      '[ 1.0] oom-kill:constraint=CONSTRAINT_MEMCG,oom_memcg=/a,task_memcg=/a,pid=5,uid=0',
      // Words around the kernel's own.
      '[ 1.0] Task in /a killed as a result of limit of /a'
    ].join('\n')
    expect(parseDmesg(text)).toEqual([])
  })
})

describe('mapDockerfile and findInstruction', () => {
  test('multi-stage names, continuation lines, positions', () => {
    const map = mapDockerfile(fixture('explain/multistage/Dockerfile'))
    expect(map.map((i) => [i.keyword, i.startLine, i.endLine, i.stage, i.indexInStage, i.indexInFile])).toEqual([
      ['FROM', 2, 2, 'base', 0, 1],
      ['COPY', 3, 3, 'base', 1, 2],
      ['RUN', 4, 4, 'base', 2, 3],
      ['FROM', 6, 6, 'compile', 0, 4],
      ['RUN', 7, 7, 'compile', 1, 5],
      ['RUN', 8, 9, 'compile', 2, 6],
      ['FROM', 11, 11, 'final', 0, 7],
      ['COPY', 12, 12, 'final', 1, 8]
    ])
    expect(map[5].text).toBe('RUN head -c 300m /dev/zero | tail > /dev/null')
  })

  test('a heredoc RUN spans its lines and is found by its first line', () => {
    const map = mapDockerfile(fixture('explain/heredoc.Dockerfile'))
    const step = analyzeBuildLog('#6 [3/4] RUN <<EOT\n').steps[0]
    expect(findInstruction(map, step)).toMatchObject({ startLine: 4, endLine: 8, keyword: 'RUN' })
  })

  test('identical instructions are told apart by stage and index', () => {
    const map = mapDockerfile('FROM scratch AS a\nRUN make\nFROM scratch AS b\nRUN echo\nRUN make\n')
    const log = analyzeBuildLog('#1 [b 2/2] RUN make\n#2 [a 1/1] RUN make\n')
    expect(log.steps.map((s) => findInstruction(map, s)?.startLine)).toEqual([5, 2])
    const legacy = analyzeBuildLog('Step 5/5 : RUN make\n')
    expect(findInstruction(map, legacy.steps[0])?.startLine).toBe(5)
  })

  test('a step name with build arguments expanded falls back to its position', () => {
    const map = mapDockerfile('FROM scratch\nARG V=1\nRUN make V=$V\n')
    const step = analyzeBuildLog('#4 [2/2] RUN make V=1\n').steps[0]
    expect(findInstruction(map, step)?.startLine).toBe(3)
  })
})
