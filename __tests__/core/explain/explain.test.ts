import { describe, expect, test } from '@jest/globals'
import { mapDockerfile } from '../../../src/core/explain/dockerfile-map.js'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { parseDmesg } from '../../../src/core/explain/dmesg.js'
import { aggregate, explainBuild, type Annotation } from '../../../src/core/explain/explain.js'
import { buildSummary, downsample } from '../../../src/core/explain/summary.js'
import { MiB } from '../../../src/core/units.js'
import { fixture, outcome, runnerPlan } from './helpers.js'

// log, Dockerfile (fixture path, and the path the workspace knows it by), expected annotation.
const CASES: Array<[string, string, string, { level: string; line: number; endLine: number; title: RegExp }]> = [
  [
    'captured/buildx-0.28-docker-container-oom.plain.log',
    'captured/Dockerfile.fail',
    'Dockerfile.fail',
    { level: 'error', line: 5, endLine: 5, title: /^Out of memory: \[4\/4\] RUN head/ }
  ],
  [
    'captured/buildx-0.28-docker-container-oom.rawjson.log',
    'captured/Dockerfile.fail',
    'Dockerfile.fail',
    { level: 'error', line: 5, endLine: 5, title: /^Out of memory: \[4\/4\]/ }
  ],
  [
    'captured/embedded-buildkit-engine-20.10-oom.plain.log',
    'captured/Dockerfile.fail',
    'Dockerfile.fail',
    { level: 'error', line: 5, endLine: 5, title: /^Out of memory/ }
  ],
  [
    'captured/legacy-docker-28-client-engine-20.10-oom.log',
    'captured/Dockerfile.fail',
    'Dockerfile.fail',
    { level: 'error', line: 5, endLine: 5, title: /^Out of memory: RUN head/ }
  ],
  [
    'captured/buildx-0.28-docker-container-killed-but-passed.plain.log',
    'captured/Dockerfile.piped',
    'Dockerfile.piped',
    { level: 'warning', line: 5, endLine: 5, title: /^Killed but passed/ }
  ],
  [
    'captured/legacy-docker-28-client-engine-20.10-killed-but-passed.log',
    'captured/Dockerfile.piped',
    'Dockerfile.piped',
    { level: 'warning', line: 5, endLine: 5, title: /^Killed but passed/ }
  ],
  ['explain/legacy-multistage-oom.log', 'explain/multistage/Dockerfile', 'Dockerfile', { level: 'error', line: 8, endLine: 9, title: /^Out of memory/ }],
  [
    'explain/embedded-buildkit-multistage-oom.plain.log',
    'explain/multistage/Dockerfile',
    'Dockerfile',
    { level: 'error', line: 8, endLine: 9, title: /^Out of memory: \[compile 2\/2\]/ }
  ],
  [
    'explain/legacy-subdir-oom.log',
    'explain/subdir/docker/app/Dockerfile',
    'docker/app/Dockerfile',
    { level: 'error', line: 6, endLine: 7, title: /^Out of memory/ }
  ],
  [
    'explain/embedded-buildkit-subdir-oom.plain.log',
    'explain/subdir/docker/app/Dockerfile',
    'docker/app/Dockerfile',
    { level: 'error', line: 6, endLine: 7, title: /^Out of memory: \[5\/5\]/ }
  ],
  [
    'explain/legacy-multistage-killed-but-passed.log',
    'explain/passed/Dockerfile',
    'Dockerfile',
    { level: 'warning', line: 7, endLine: 7, title: /^Killed but passed/ }
  ],
  [
    'explain/embedded-buildkit-killed-but-passed.plain.log',
    'explain/passed/Dockerfile',
    'Dockerfile',
    { level: 'warning', line: 7, endLine: 7, title: /^Killed but passed: \[tests 2\/3\]/ }
  ]
]

describe('explainBuild over real logs', () => {
  test.each(CASES)('%s → one annotation at its instruction', (logFile, dockerfile, relative, want) => {
    const e = explainBuild({
      log: analyzeBuildLog(fixture(logFile)),
      dockerfile: { path: relative, instructions: mapDockerfile(fixture(dockerfile)) },
      outcome: null,
      kills: [],
      plan: null
    })
    expect(e.annotations).toHaveLength(1)
    const a = e.annotations[0]
    expect([a.level, a.file, a.startLine, a.endLine]).toEqual([want.level, relative, want.line, want.endLine])
    expect(a.title).toMatch(want.title)
  })
})

describe('the message: what was killed, its memory, the limit, the peak, fixes for this runner', () => {
  // The step's container (`Running in 276124f1cd06`) and, first, another job's kill elsewhere.
  const kills = parseDmesg(
    '[905.1] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=x,mems_allowed=0,oom_memcg=/docker/ffff,task_memcg=/docker/ffff,task=java,pid=7000,uid=0\n' +
      '[905.1] Memory cgroup out of memory: Killed process 7000 (java) total-vm:9000kB, anon-rss:8000kB, file-rss:0kB\n' +
      '[905.199192] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=c0,mems_allowed=0,oom_memcg=/docker/CID,task_memcg=/docker/CID,task=tail,pid=8416,uid=0\n[905.199480] Memory cgroup out of memory: Killed process 8416 (tail) total-vm:103752kB, anon-rss:101632kB, file-rss:1264kB\n'.replace(
        /CID/g,
        '276124f1cd060000000000000000000000000000000000000000000000000000'
      )
  )
  const log = analyzeBuildLog(fixture('captured/legacy-docker-28-client-engine-20.10-oom.log'))
  const dockerfile = { path: 'Dockerfile.fail', instructions: mapDockerfile(fixture('captured/Dockerfile.fail')) }

  test('on a 16 GiB, 4-CPU runner', () => {
    const e = explainBuild({ log, dockerfile, outcome: outcome(), kills, plan: runnerPlan(16, 4, { 'build-memory': '100m' }) })
    const message = e.annotations[0].message
    expect(message).toContain(
      'The kernel killed tail (pid 8416) holding 99.3 MiB when cgroup /docker/276124f1cd060000000000000000000000000000000000000000000000000000 hit its limit'
    )
    expect(e.otherKills.map((k) => k.process)).toEqual(['java'])
    expect(message).toContain('Limit: 100 MiB (legacy builder --memory, each RUN step on its own)')
    expect(message).toContain('Peak: 100 MiB of 100 MiB')
    expect(message).toContain(
      'raise build-memory to 256 MiB (build-memory: 256m), which fits because this runner has 14.4 GiB usable for builds (16 GiB less 1.6 GiB reserve)'
    )
    expect(e.findings[0].confidence).toBe('seen by the kernel')
    expect(e.findings[0].evidence[0]).toMatch(/^kernel: killed tail \(pid 8416\) holding 99 MiB/)
    expect(message).toContain('Confidence: seen by the kernel. Evidence: "kernel: killed tail (pid 8416)')
  })

  test('jobs and profile fixes when the planned build is too small', () => {
    const plan = runnerPlan(16, 4, { profile: 'conservative', 'memory-per-job': '1g' })
    const e = explainBuild({ log, dockerfile, outcome: outcome({ limitBytes: plan.build.bytes, peakBytes: plan.build.bytes }), kills: [], plan })
    expect(plan.jobs).toBe(4)
    expect(e.fixes).toEqual([
      'raise build-memory to 9 GiB (build-memory: 9g), which fits because this runner has 14.4 GiB usable for builds (16 GiB less 1.6 GiB reserve)',
      'reduce parallel jobs from 4 to 2 (memory-per-job above 4.5 GiB)',
      'use profile maximum, which gives 10 GiB here'
    ])
  })

  test('a larger runner when this one cannot hold the build', () => {
    const plan = runnerPlan(4, 2)
    const e = explainBuild({ log, dockerfile, outcome: outcome({ limitBytes: 3 * 1024 * MiB, peakBytes: 3 * 1024 * MiB }), kills: [], plan })
    expect(e.fixes.at(-1)).toBe('use a larger runner: this build needs about 4.5 GiB and this one can give 3 GiB, so pick one with at least 5.5 GiB')
  })

  test('containers planned beside the build leave it less room, and the fix says so', () => {
    const plan = runnerPlan(16, 4, { containers: 'postgres=8g' })
    const e = explainBuild({ log, dockerfile, outcome: outcome({ limitBytes: 6 * 1024 * MiB, peakBytes: 6 * 1024 * MiB }), kills: [], plan })
    // 9 GiB would fit the 14.4 GiB usable, but not the 6.4 GiB the 8 GiB postgres leaves
    expect(e.fixes).not.toContainEqual(expect.stringMatching(/^raise build-memory/))
    expect(e.fixes.at(-1)).toBe('use a larger runner: this build needs about 9 GiB and this one can give 6.4 GiB, so pick one with at least 18.6 GiB')
  })

  test('the BuildKit daemon killed: an error naming the builder limit', () => {
    const e = explainBuild({
      log: analyzeBuildLog('#5 [2/2] RUN make\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n'),
      dockerfile: null,
      outcome: outcome({ enforcement: 'builder', builderName: 'memtest', builderOomKilled: true, limitBytes: 512 * MiB, exitCode: 1 }),
      kills: [],
      plan: runnerPlan()
    })
    expect(e.annotations[0]).toMatchObject({ level: 'error', title: 'BuildKit daemon killed: out of memory' })
    expect(e.annotations[0].message).toContain('The BuildKit daemon (builder memtest) was killed')
    expect(e.annotations[0].message).toContain('limit of 512 MiB holds all steps together')
  })

  test('State.OOMKilled with the daemon still answering (cgroup v2: a step killed in the container sets it): the step killed, seen by the kernel, not the daemon', () => {
    // The build-record log post read on Docker 28.5 + cgroup v2 (the v2 tier): the step ended, the daemon said why.
    const log = analyzeBuildLog(
      '#5 [2/2] RUN head -c 300m /dev/zero | tail\n#5 ERROR: process "/bin/sh -c head -c 300m /dev/zero | tail" did not complete successfully: cannot allocate memory\n'
    )
    const e = explainBuild({
      log,
      dockerfile: null,
      outcome: outcome({ enforcement: 'builder', builderName: 'memtest', builderOomKilled: true, oomKills: null, limitBytes: 100 * MiB, exitCode: 1 }),
      kills: [],
      plan: null
    })
    expect(e.findings.map((f) => [f.kind, f.step?.id, f.confidence])).toEqual([['step-oom', '#5', 'seen by the kernel']])
    expect(e.findings[0].evidence[0]).toBe("the builder container's State.OOMKilled is true")
    expect(e.annotations.map((a) => a.title)).not.toContainEqual(expect.stringMatching(/daemon/))
  })

  test('a lost daemon the kernel killed, in a builder restarted since (State.OOMKilled reset, counters gone): the kernel line says it was memory', () => {
    // The own builder's build in the v2 tier when the kernel chose buildkitd, not the step: the
    // client lost the daemon (EOF); the restart policy started it again.
    const log = analyzeBuildLog(
      '#6 [3/3] RUN dd if=/dev/zero of=/dev/null bs=300M count=1\nERROR: failed to build: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n'
    )
    const scope = `/system.slice/docker-${'8'.repeat(64)}.scope`
    const kernel = (task: string, cgroup: string, pid: number): string =>
      `[1201.5] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=${scope},task_memcg=${cgroup},task=${task},pid=${pid},uid=0\n` +
      `[1201.5] Memory cgroup out of memory: Killed process ${pid} (${task}) total-vm:1300000kB, anon-rss:30000kB, file-rss:0kB\n`
    const lost = (kills: string): ReturnType<typeof explainBuild> =>
      explainBuild({
        log,
        dockerfile: null,
        outcome: outcome({ enforcement: 'builder', builderName: 'own', builderOomKilled: false, oomKills: null, limitBytes: 100 * MiB, exitCode: 1 }),
        kills: parseDmesg(kills),
        plan: null
      })
    const e = lost(kernel('buildkitd', `${scope}/init`, 912))
    expect(e.findings.map((f) => [f.kind, f.confidence])).toEqual([['daemon-oom', 'seen by the kernel']])
    expect(e.findings[0].evidence[0]).toBe(`kernel: killed buildkitd (pid 912) holding 29 MiB when cgroup ${scope} hit its limit`)
    expect(e.otherKills).toEqual([])
    // A step's kill (in buildkit/) or none at all does not make the daemon's death memory.
    for (const other of ['', kernel('dd', `${scope}/buildkit/x60769pko7m0wy8bijybyob8d`, 1300)])
      expect(lost(other).findings.map((f) => f.kind)).toEqual(['builder-lost'])
  })

  test("a job that is no Docker build and ended 137 (the runner's own line, npm's errno): a SIGKILL said as a kill, inferred, never as memory", () => {
    const job = (text: string): ReturnType<typeof explainBuild> =>
      explainBuild({ log: analyzeBuildLog(text), dockerfile: null, outcome: null, kills: [], plan: null })
    for (const line of ['Error: Process completed with exit code 137.', 'npm ERR! errno 137', 'make: *** [build] Error 137', 'app_1 exited with code 137']) {
      const e = job(`Run make build\ncompiling…\n${line}\n`)
      expect(e.findings.map((f) => [f.kind, f.confidence, f.evidence, f.memory])).toEqual([['no-build', 'inferred', [line], null]])
      expect(e.annotations).toEqual([expect.objectContaining({ level: 'error', title: 'No Docker build in this log, but a process was killed (SIGKILL)' })])
      expect(e.annotations[0].message).toContain('nothing in the log says which')
      expect(e.annotations[0].message).toContain(`Evidence: "${line}"`)
    }
    // Another exit code, or none: nothing to say of a kill.
    expect(job('Run make build\nError: Process completed with exit code 2.\n').findings).toEqual([])
    // A Killed line says more than the 137 beside it: the tool's word, not an inference.
    expect(job('Run make build\nKilled\nnpm ERR! errno 137\n').findings.map((f) => [f.kind, f.confidence, f.evidence])).toEqual([
      ['no-build', 'reported by the tool', ['Killed']]
    ])
    // A heap that ran out and then exit 137: the memory finding, no second guess of a kill.
    expect(
      job('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\nError: Process completed with exit code 137.\n').findings.map(
        (f) => [f.kind, f.memory]
      )
    ).toEqual([['no-build', 'node-heap']])
  })

  test('a plain failure that is not memory: a notice naming the failed step, no memory finding', () => {
    const e = explainBuild({
      log: analyzeBuildLog('#5 [2/2] RUN false\n#5 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1\n'),
      dockerfile: null,
      outcome: null,
      kills: [],
      plan: null
    })
    expect(e.findings.map((f) => [f.kind, f.step?.id, f.confidence])).toEqual([['step-failed', '#5', 'reported by the tool']])
    expect(e.annotations).toEqual([expect.objectContaining({ level: 'notice', title: 'Build failed, not for memory: [2/2] RUN false' })])
    expect(e.fixes).toEqual([])
  })
})

describe('aggregate', () => {
  const many = (level: Annotation['level'], n: number): Annotation[] =>
    Array.from({ length: n }, (_, i) => ({ level, title: `t${i}`, message: 'm', file: 'Dockerfile', startLine: i + 1 }))

  test.each([
    [5, 5],
    [10, 10],
    [11, 10],
    [40, 10]
  ])('%d warnings become %d', (n, shown) => {
    const out = aggregate([...many('error', 2), ...many('warning', n)])
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(shown)
    expect(out.filter((a) => a.level === 'error')).toHaveLength(2)
    if (n > 10) expect(out.at(-1)?.message).toMatch(new RegExp(`^${n - 9} more of the same kind .*t9 \\(Dockerfile:10\\)`))
  })
})

describe('buildSummary', () => {
  test('steps with duration, result and memory; peak against limit; a chart', () => {
    const log = analyzeBuildLog(fixture('explain/embedded-buildkit-multistage-oom.plain.log'))
    const kills = parseDmesg(fixture('captured/dmesg-memcg-oom-cgroupv1.txt')).slice(0, 1)
    const o = outcome({ enforcement: 'cgroup', memorySamples: [0, 1, 2, 3].map((i) => ({ tMs: i * 1000, bytes: (i + 1) * 20 * MiB })) })
    const md = buildSummary(log, explainBuild({ log, dockerfile: null, outcome: o, kills, plan: null }), o)
    expect(md).toContain('## ❌ Docker build ran out of memory')
    expect(md).toContain('**It did not fit: OOM-killed, peak 100 MiB (100 % of the limit).**')
    expect(md).toContain('| — | 100 MiB | 100 MiB (100 %) | cgroup | 4.0 s |')
    expect(md).toContain('| \\[compile 2/2\\] RUN head -c 300m /dev/zero     \\| tail &gt; /dev/null |  | ❌ failed · Killed | 80.1 MiB when killed |')
    expect(md).toContain('| \\[base 2/2\\] RUN \\["/bin/busybox", "--install", "-s", "/bin"\\] | 0.2 s | ✅ done |  |')
    expect(md).toContain('  line [20, 40, 60, 80]')
    expect(md).toContain('  line [100, 100, 100, 100]')
  })

  test('a huge build stays far under 1 MiB', () => {
    const lines: string[] = []
    for (let i = 1; i <= 20000; i++) lines.push(`#${i} [${i}/20000] RUN step ${i} ${'x'.repeat(200)}`, `#${i} 0.1 Killed`, `#${i} DONE 0.1s`)
    const log = analyzeBuildLog(lines.join('\n') + '\n')
    const o = outcome({ memorySamples: Array.from({ length: 200000 }, (_, i) => ({ tMs: i * 100, bytes: i * 1000 })) })
    const md = buildSummary(log, explainBuild({ log, dockerfile: null, outcome: o, kills: [], plan: null }), o)
    expect(log.steps).toHaveLength(20000)
    expect(Buffer.byteLength(md)).toBeLessThan(100 * 1024)
    expect(md).toContain('| … 19800 more steps |')
  })

  test('downsample keeps the peak of each bucket', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => ({ tMs: i, bytes: i === 537 ? 10 ** 9 : i }))
    const out = downsample(samples, 60)
    expect(out).toHaveLength(60)
    expect(Math.max(...out.map((s) => s.bytes))).toBe(10 ** 9)
  })
})
