import { beforeEach, describe, expect, test } from '@jest/globals'
import { mapDockerfile } from '../../../src/core/explain/dockerfile-map.js'
import { analyzeBuildLog, type BuildLogAnalysis } from '../../../src/core/explain/build-log.js'
import { parseDmesg } from '../../../src/core/explain/dmesg.js'
import { aggregate, attributeKills, explainBuild, type Annotation } from '../../../src/core/explain/explain.js'
import { buildSummary, downsample } from '../../../src/core/explain/summary.js'
import { MiB } from '../../../src/core/units.js'
import { CAPTURED_KILLS, fixture, outcome, runnerPlan } from './helpers.js'

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

describe('a pasted tail that ends while a step runs, its output showing a kill (the builder not lost)', () => {
  // As the corpus' 077 ends (yansongda/docker-php#1): the kill, make waiting for its jobs, nothing more.
  const tail =
    '#5 [2/2] RUN make -j8\n#5 533.0 g++: fatal error: Killed signal terminated program cc1plus\n#5 533.1 make: *** Waiting for unfinished jobs....\n'
  // Read before each test, not once here: see real-world.test.ts' readAll().
  let log: BuildLogAnalysis
  let e: ReturnType<typeof explainBuild>
  beforeEach(() => {
    log = analyzeBuildLog(tail)
    e = explainBuild({ log, dockerfile: null, outcome: null, kills: [], plan: null })
  })

  test('the annotation: killed while it ran, the log ending before the step did; not passed', () => {
    expect(e.annotations).toHaveLength(1)
    const a = e.annotations[0]
    expect([a.level, a.title]).toEqual(['error', 'Out of memory: [2/2] RUN make -j8'])
    expect(a.message).toMatch(
      /^A process was killed \(the log says so\) in step \[2\/2\] RUN make -j8 while it ran; the log ends before the step did: it shows neither that the step passed nor that it failed\./
    )
    expect(a.message).toContain('Evidence: "g++: fatal error: Killed signal terminated program cc1plus"')
    expect(a.message).not.toMatch(/succeeded|yet the/)
  })

  test('the summary says the same: out of memory, the step unfinished', () => {
    const md = buildSummary(log, e, null)
    expect(md).toContain('## ❌ Docker build ran out of memory')
    expect(md).toContain('… unfinished')
    expect(md).toContain('in step \\[2/2\\] RUN make -j8 while it ran; the log ends before the step did')
    expect(md).not.toMatch(/in a step that passed|yet the|Killed but passed/)
  })

  test('the same step once it failed: its exit code, no word of the log ending', () => {
    const failed = explainBuild({
      log: analyzeBuildLog(`${tail}#5 ERROR: process "/bin/sh -c make -j8" did not complete successfully: exit code: 2\n`),
      dockerfile: null,
      outcome: null,
      kills: [],
      plan: null
    })
    expect(failed.annotations[0].message).toMatch(/^A process was killed \(the log says so\) in step \[2\/2\] RUN make -j8 \(exit code 2\)\. /)
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
  let log: BuildLogAnalysis
  beforeEach(() => {
    log = analyzeBuildLog(fixture('captured/legacy-docker-28-client-engine-20.10-oom.log'))
  })
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
    expect(e.annotations[0].message).toContain("The builder's own limit of 512 MiB holds all steps together")
  })

  test('the BuildKit daemon killed with nothing binding it, or with what bound it unknown: no limit said too small', () => {
    const lost = analyzeBuildLog('#5 [2/2] RUN make\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n')
    const unbound = explainBuild({
      log: lost,
      dockerfile: null,
      outcome: outcome({ enforcement: 'none', enforcementReason: 'bind off', builderName: 'memtest', builderOomKilled: true, limitBytes: null, exitCode: 1 }),
      kills: [],
      plan: runnerPlan()
    }).annotations[0].message
    expect(unbound).toContain('Nothing bound the builder (bind off): the memory of the engine or machine ran out under the daemon')
    expect(unbound).not.toMatch(/own limit|too small/)
    // From a log alone (a step killed as the builder went): what held it is not known.
    const alone = explainBuild({
      log: analyzeBuildLog(
        '#5 [2/2] RUN make\n#5 12.0 Killed\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n'
      ),
      dockerfile: null,
      outcome: null,
      kills: [],
      plan: null
    })
    expect(alone.annotations[0]).toMatchObject({ title: 'BuildKit daemon killed: out of memory' })
    expect(alone.annotations[0].message).toContain(
      "The daemon holds all steps together: the memory it had (its own limit, or the engine's) was too small for this build."
    )
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
    const kills = CAPTURED_KILLS.slice(0, 1)
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

describe('the words for each memory that ran out, and for each mechanism', () => {
  const fail = (line: string): string => `#5 [2/2] RUN make\n#5 1.0 ${line}\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 1\n`
  const explain = (text: string, o: ReturnType<typeof outcome> | null = null) =>
    explainBuild({ log: analyzeBuildLog(text), dockerfile: null, outcome: o, kills: [], plan: null })
  const FIX = {
    node: "raise Node's heap limit for the step (ENV NODE_OPTIONS=--max-old-space-size=<MiB>, below the memory the build has), rather than the container's memory",
    java: "raise the JVM's heap (-Xmx, through JAVA_TOOL_OPTIONS, MAVEN_OPTS or GRADLE_OPTS), below the memory the build has",
    other: 'give the build more memory, or run fewer jobs in parallel (make -j, cargo -j, ninja -j)'
  }

  // Real lines: 016 (vite), 081 (maven), 123 (npm under colima), 091 (bazel); Python's own word.
  test.each([
    [
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      "Node's heap ran out",
      'Node stopped at its own heap limit (JavaScript heap out of memory): the process was not killed, the container may have had memory to spare',
      FIX.node
    ],
    [
      '[ERROR] Java heap space -> [Help 1]',
      "The JVM's heap ran out",
      'The JVM threw OutOfMemoryError at its own heap limit: the process was not killed',
      FIX.java
    ],
    [
      "terminate called after throwing an instance of 'std::bad_alloc'",
      'An allocation failed',
      'A C++ program failed to allocate memory (std::bad_alloc): the process was not killed',
      FIX.other
    ],
    ['MemoryError', 'Python ran out of memory', 'Python raised MemoryError: an allocation failed, the process was not killed', FIX.other],
    [
      'virtual memory exhausted: Cannot allocate memory',
      'An allocation failed',
      'A process could not allocate memory (out of memory, ENOMEM): it was not killed',
      FIX.other
    ]
  ])('%s', (line, title, text, fix) => {
    const evidence = line.startsWith('[ERROR] ') ? line.slice('[ERROR] '.length) : line
    expect(explain(fail(line)).annotations).toEqual([
      {
        level: 'error',
        title: `${title} (not a kill): [2/2] RUN make`,
        message: `${text} in step [2/2] RUN make (exit code 1). Fix: ${fix}. Confidence: reported by the tool. Evidence: "${line}".`
      }
    ])
    // A job that is no Docker build says the same after "but", its article lower-cased and every
    // name kept as written (Node, the JVM, OutOfMemoryError, std::bad_alloc, ENOMEM).
    const AFTER_BUT: Record<string, string> = {
      "Node's heap ran out": "Node's heap ran out",
      'Node stopped at its own heap limit (JavaScript heap out of memory): the process was not killed, the container may have had memory to spare':
        'Node stopped at its own heap limit (JavaScript heap out of memory): the process was not killed, the container may have had memory to spare',
      "The JVM's heap ran out": "the JVM's heap ran out",
      'The JVM threw OutOfMemoryError at its own heap limit: the process was not killed':
        'the JVM threw OutOfMemoryError at its own heap limit: the process was not killed',
      'An allocation failed': 'an allocation failed',
      'A C++ program failed to allocate memory (std::bad_alloc): the process was not killed':
        'a C++ program failed to allocate memory (std::bad_alloc): the process was not killed',
      'Python ran out of memory': 'Python ran out of memory',
      'Python raised MemoryError: an allocation failed, the process was not killed':
        'Python raised MemoryError: an allocation failed, the process was not killed',
      'A process could not allocate memory (out of memory, ENOMEM): it was not killed':
        'a process could not allocate memory (out of memory, ENOMEM): it was not killed'
    }
    const afterBut = (sentence: string): string => AFTER_BUT[sentence]
    expect(explain(`Run make\n${line}\n`).annotations).toEqual([
      {
        level: 'warning',
        title: `No Docker build in this log, but ${afterBut(title)}`,
        message: `The log holds no Docker build (no builder output, step or final error), but ${afterBut(text)}. Fix: ${fix}. Confidence: reported by the tool. Evidence: "${evidence}".`
      }
    ])
  })

  test.each([
    ['resource', 'BuildKit --resource memory, each RUN step on its own'],
    ['builder', "the BuildKit builder container's memory, all steps together"],
    ['kubernetes', "the BuildKit pod's memory limit, all steps together"],
    ['cgroup', "the engine's BuildKit cgroup, all steps together"],
    ['legacy', 'legacy builder --memory, each RUN step on its own']
  ] as const)('%s: %s', (enforcement, words) => {
    const killed = `#5 [2/2] RUN make\n#5 1.0 Killed\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n`
    const [a] = explain(killed, outcome({ enforcement, limitBytes: 1024 * MiB, peakBytes: null })).annotations
    expect(a.message).toContain(`in step [2/2] RUN make (exit code 137). Limit: 1 GiB (${words}). Fix: `)
    // The summary says the mechanism in the same words.
    expect(
      buildSummary(analyzeBuildLog(killed), explain(killed), outcome({ enforcement, limitScope: 'build', limitBytes: 1024 * MiB, peakBytes: null }))
    ).toContain(`**The build limited to 1 GiB** (${words}).`)
  })

  test('none: no limit applied, with the reason', () => {
    const killed = `#5 [2/2] RUN make\n#5 1.0 Killed\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n`
    const [a] = explain(killed, outcome({ enforcement: 'none', enforcementReason: 'no builder to bind', limitBytes: null, peakBytes: null })).annotations
    expect(a.message).toContain(
      'in step [2/2] RUN make (exit code 137). No build limit applied (no builder to bind): the kill came from the memory of the engine or machine.'
    )
  })
})

describe('aggregate: the tenth annotation of a level says what the rest were', () => {
  const at = (level: Annotation['level'], i: number, file = true): Annotation =>
    file ? { level, title: `t${i}`, message: 'm', file: 'Dockerfile', startLine: i + 1 } : { level, title: `t${i}`, message: 'm' }

  test('nine kept, the tenth lists the rest, with their file and line where known; other levels kept as they are', () => {
    const warnings = Array.from({ length: 12 }, (_, i) => at('warning', i, i !== 10))
    const out = aggregate([at('notice', 0), ...warnings, at('error', 0)])
    expect(out).toEqual([
      at('error', 0),
      ...warnings.slice(0, 9),
      { level: 'warning', title: '3 more', message: '3 more of the same kind (see the job summary): t9 (Dockerfile:10); t10; t11 (Dockerfile:12)' },
      at('notice', 0)
    ])
    // Exactly ten: all kept.
    expect(aggregate(warnings.slice(0, 10))).toEqual(warnings.slice(0, 10))
  })

  test('past 20 listed, an ellipsis', () => {
    const notices = Array.from({ length: 30 }, (_, i) => at('notice', i, false))
    const [last] = aggregate(notices).slice(-1)
    expect(last).toEqual({
      level: 'notice',
      title: '21 more',
      message: `21 more of the same kind (see the job summary): ${Array.from({ length: 20 }, (_, i) => `t${i + 9}`).join('; ')}; …`
    })
    expect(aggregate(notices.slice(0, 29)).at(-1)!.message).toBe(
      `20 more of the same kind (see the job summary): ${Array.from({ length: 20 }, (_, i) => `t${i + 9}`).join('; ')}`
    )
  })
})

describe('the fixes without a plan: sized from the limit, the peak or the killed process', () => {
  const killed = `#5 [2/2] RUN make\n#5 1.0 Killed\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n`
  const fixes = (o: ReturnType<typeof outcome> | null, kills: ReturnType<typeof parseDmesg> = []) =>
    explainBuild({ log: analyzeBuildLog(killed), dockerfile: null, outcome: o, kills, plan: null }).fixes

  test.each([
    // 1.5 times the limit, rounded up to 64 MiB (512 MiB past 2 GiB).
    [
      outcome({ limitBytes: 1024 * MiB, peakBytes: null }),
      ['give the build more than 1 GiB: about 1.5 GiB (build-memory: 1.5g)', 'run fewer jobs in parallel']
    ],
    [
      outcome({ limitBytes: 100 * MiB, peakBytes: null }),
      ['give the build more than 100 MiB: about 256 MiB (build-memory: 256m)', 'run fewer jobs in parallel']
    ],
    [
      outcome({ limitBytes: 300 * MiB, peakBytes: null }),
      ['give the build more than 300 MiB: about 512 MiB (build-memory: 512m)', 'run fewer jobs in parallel']
    ],
    [
      outcome({ limitBytes: 1500 * MiB, peakBytes: null }),
      ['give the build more than 1.46 GiB: about 2.5 GiB (build-memory: 2.5g)', 'run fewer jobs in parallel']
    ],
    // 1.25 times a peak above 1.5 times the limit.
    [
      outcome({ limitBytes: 1024 * MiB, peakBytes: 2048 * MiB }),
      ['give the build more than 1 GiB: about 2.5 GiB (build-memory: 2.5g)', 'run fewer jobs in parallel']
    ],
    // No limit and no kill on record.
    [null, ['give the build more memory', 'run fewer jobs in parallel']]
  ])('%#', (o, want) => {
    expect(fixes(o)).toEqual(want)
  })
})

// A build nothing bound (enforcement none, e.g. the docker driver, a remote builder): the fixes
// said "give the build more than 1 GiB" from a limit that bound nothing; raising it changes nothing.
describe('the fixes for a build nothing bound: what held it, and to bind the builder, never a limit raised', () => {
  const killed = `#5 [2/2] RUN make\n#5 1.0 Killed\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n`
  const none = (o: Partial<ReturnType<typeof outcome>> = {}) =>
    outcome({ enforcement: 'none', enforcementReason: 'the docker driver runs steps in the engine', limitBytes: 1024 * MiB, peakBytes: null, ...o })
  const fixes = (o: ReturnType<typeof outcome>, plan: ReturnType<typeof runnerPlan> | null = null) =>
    explainBuild({ log: analyzeBuildLog(killed), dockerfile: null, outcome: o, kills: [], plan }).fixes
  const raised = /give the build more|raise build-memory|memory-per-job|use profile/

  test('without a plan: bind the builder, more memory for the machine or the VM, fewer jobs; with the limit in bytes or without', () => {
    const want = [
      "bind the builder's memory (a docker-container builder with a memory limit, as build-memory sets): nothing bound this build, so what held it was the machine's (or Docker's VM's) memory, shared with all else running there",
      "give the machine (or Docker's VM) more memory",
      'run fewer jobs in parallel'
    ]
    expect(fixes(none())).toEqual(want)
    expect(fixes(none({ limitBytes: null, peakBytes: 700 * MiB }))).toEqual(want)
    // The annotation says the same, after its reason.
    const [a] = explainBuild({ log: analyzeBuildLog(killed), dockerfile: null, outcome: none(), kills: [], plan: null }).annotations
    expect(a.message).toContain(
      "No build limit applied (the docker driver runs steps in the engine): the kill came from the memory of the engine or machine. Fix: bind the builder's memory"
    )
    expect(a.message).not.toMatch(raised)
  })

  test("with a plan: what held the build (the machine's memory, or Docker's VM's), fewer jobs, a larger runner only when the build needs more than it has", () => {
    const plan = runnerPlan()
    expect(fixes(none(), plan)).toEqual([
      `bind the builder's memory (a docker-container builder limited to build-memory, 8 GiB here): nothing bound this build, so what held it was the machine's 16 GiB, shared with all else running there`,
      'reduce parallel jobs from 4 to 2'
    ])
    const vm = { ...plan, engine: { ...plan.engine, bytes: 6 * 1024 * MiB, inVm: true } }
    expect(fixes(none(), vm)[0]).toContain("so what held it was Docker's VM's 6 GiB")
    const big = fixes(none({ peakBytes: 20 * 1024 * MiB }), plan)
    expect(big.at(-1)).toMatch(/^use a larger runner: this build needs about 25 GiB and this one can give 14.4 GiB/)
    for (const f of [...big, ...fixes(none(), vm)]) expect(f).not.toMatch(raised)
    // One job: none fewer to run.
    const one = runnerPlan(16, 1)
    expect(one.jobs).toBe(1)
    expect(fixes(none(), one)).toEqual([expect.stringMatching(/^bind the builder's memory/)])
  })
})

describe("attributeKills: a kernel kill is a step's only when that is sure", () => {
  // The captured dmesg: four kills of `tail`, each in a BuildKit step cgroup of its own.
  const K = CAPTURED_KILLS
  const ids = (m: Map<string, unknown>, kills = K) => [...m].map(([id, k]) => [id, kills.indexOf(k as (typeof K)[number])])
  const two = analyzeBuildLog(
    '#5 [1/2] RUN a\n#5 1.0 Killed\n#5 DONE 1.0s\n#6 [2/2] RUN b\n#6 1.0 Killed\n#6 ERROR: process "/bin/sh -c b" did not complete successfully: exit code: 137\n'
  )

  test("one step, one kill in a step cgroup: that step's; as many steps as step cgroups, one after another: in order", () => {
    const oom = analyzeBuildLog(fixture('captured/buildx-0.28-docker-container-oom.plain.log'))
    const seven = oom.steps.filter((s) => s.id === '#7')
    const one = attributeKills(oom, seven, [K[0]])
    expect(ids(one.byStep)).toEqual([['#7', 0]])
    expect(one.rest).toEqual([])
    const both = attributeKills(two, [two.steps[1], two.steps[0]], [K[1], K[2]])
    expect(ids(both.byStep)).toEqual([
      ['#5', 1],
      ['#6', 2]
    ])
    expect(both.rest).toEqual([])
  })

  test("more step cgroups than steps, or steps that overlapped: nobody's", () => {
    const oom = analyzeBuildLog(fixture('captured/buildx-0.28-docker-container-oom.plain.log'))
    const all = attributeKills(
      oom,
      oom.steps.filter((s) => s.id === '#7'),
      K
    )
    expect(all.byStep.size).toBe(0)
    expect(all.rest).toEqual(K)
    const overlapped = analyzeBuildLog(
      '#5 [1/2] RUN a\n#6 [2/2] RUN b\n#5 1.0 Killed\n#5 DONE 1.0s\n#6 1.0 Killed\n#6 ERROR: process "/bin/sh -c b" did not complete successfully: exit code: 137\n'
    )
    expect(attributeKills(overlapped, overlapped.steps, [K[1], K[2]]).byStep.size).toBe(0)
    // A step still running before the next began: not one after another.
    const running = analyzeBuildLog('#5 [1/2] RUN a\n#5 1.0 Killed\n#6 [2/2] RUN b\n#6 1.0 Killed\n')
    expect(attributeKills(running, running.steps, [K[1], K[2]]).byStep.size).toBe(0)
  })

  test("two kills in one step cgroup are one step's: the first given, both taken", () => {
    const again = { ...K[0], pid: 99, timeSec: 968 }
    const oom = analyzeBuildLog(fixture('captured/buildx-0.28-docker-container-oom.plain.log'))
    const r = attributeKills(
      oom,
      oom.steps.filter((s) => s.id === '#7'),
      [K[0], again]
    )
    expect([...r.byStep.values()]).toEqual([K[0]])
    expect(r.rest).toEqual([])
  })

  test('kills that name no cgroup count only where none is in a step cgroup', () => {
    const host = { ...K[0], pid: 7, scope: 'host' as const, oomMemcg: null, taskMemcg: null, buildkitStepId: null }
    const oom = analyzeBuildLog(fixture('captured/buildx-0.28-docker-container-oom.plain.log'))
    const seven = oom.steps.filter((s) => s.id === '#7')
    expect([...attributeKills(oom, seven, [host]).byStep.values()]).toEqual([host])
    const mixed = attributeKills(oom, seven, [host, K[0]])
    expect([...mixed.byStep.values()]).toEqual([K[0]])
    expect(mixed.rest).toEqual([host])
    // A kill in another cgroup (not BuildKit's, not none) is nobody's.
    const other = { ...K[0], taskMemcg: '/system.slice/other.service', buildkitStepId: null }
    expect(attributeKills(oom, seven, [other])).toEqual({ byStep: new Map(), rest: [other] })
  })

  test("the legacy builder's step by its container, whose id the kill's cgroup ends with", () => {
    const id = '276124f1cd06'
    const legacy = analyzeBuildLog(
      `Step 1/2 : FROM busybox\nStep 2/2 : RUN make\n ---> Running in ${id}\nKilled\nThe command '/bin/sh -c make' returned a non-zero code: 137\n`
    )
    const kill = { ...K[0], taskMemcg: `/docker/${id}${'a'.repeat(52)}`, buildkitStepId: null }
    const stranger = { ...K[1], taskMemcg: `/docker/${'b'.repeat(64)}`, buildkitStepId: null }
    const r = attributeKills(
      legacy,
      legacy.steps.filter((s) => s.id === 'Step 2'),
      [stranger, kill]
    )
    expect([...r.byStep]).toEqual([['Step 2', kill]])
    expect(r.rest).toEqual([stranger])
    // A cgroup whose last part is shorter than a container id names none.
    const short = { ...kill, taskMemcg: `/docker/${id.slice(0, 11)}` }
    expect(attributeKills(legacy, legacy.steps, [short]).byStep.size).toBe(0)
  })
})

describe('explainBuild: which steps the kernel kills go to, the daemon, the fixes and the words of a kill', () => {
  const K = CAPTURED_KILLS
  const CGROUP = '/docker/buildx/4a6cf4b27804264fffdd6fdecf4b90c2ac10f7ada3a0f92c0e364c2ca3d37bc8'
  const ended = (code: number) => `#5 [2/2] RUN make\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: ${code}\n`
  const explain = (text: string, o: ReturnType<typeof outcome> | null, kills = [K[0]]) =>
    explainBuild({ log: analyzeBuildLog(text), dockerfile: null, outcome: o, kills, plan: null })

  test('a failed step with no Killed line gets the kill when it ended by 137, or the build by SIGKILL or 137', () => {
    for (const [text, o] of [
      [ended(137), null],
      [ended(1), outcome({ exitCode: null, signal: 'SIGKILL', oomKills: null })],
      [ended(1), outcome({ exitCode: 137, oomKills: null })]
    ] as const) {
      const e = explain(text, o)
      expect(e.findings[0]).toMatchObject({ kind: 'step-oom', confidence: 'seen by the kernel', kill: K[0] })
      expect(e.otherKills).toEqual([])
    }
    // Ended otherwise: the kill is nobody's.
    const e = explain(ended(1), outcome({ exitCode: 1, oomKills: null }))
    expect(e.findings.map((f) => f.kind)).toEqual(['step-failed'])
    expect(e.otherKills).toEqual([K[0]])
    // A step that passed without a Killed line gets none either.
    expect(explain('#5 [2/2] RUN make\n#5 DONE 1.0s\n', null).otherKills).toEqual([K[0]])
  })

  test("the words of a kill: the kernel's with and without the memory and the cgroup, the counted kills", () => {
    const message = (kill: (typeof K)[number]) => explain(ended(137), null, [kill]).annotations[0].message
    expect(message(K[0])).toMatch(
      new RegExp(
        `^The kernel killed tail \\(pid 23135\\) holding 80\\.1 MiB when cgroup ${CGROUP} hit its limit in step \\[2/2\\] RUN make \\(exit code 137\\)\\.`
      )
    )
    expect(message({ ...K[0], anonRssBytes: null })).toMatch(/^The kernel killed tail \(pid 23135\) when cgroup \S+ hit its limit in step/)
    expect(message({ ...K[0], scope: 'host', oomMemcg: null })).toMatch(
      /^The kernel killed tail \(pid 23135\) holding 80\.1 MiB when the machine ran out of memory in step/
    )
    expect(message({ ...K[0], oomMemcg: null })).toMatch(/^The kernel killed tail \(pid 23135\) holding 80\.1 MiB in step/)
    const counted = explain(ended(137), outcome({ exitCode: 1, oomKills: 1, builderOomKilled: false }), []).annotations[0].message
    expect(counted).toMatch(/^A process was killed for memory \(the kernel counted it\) in step \[2\/2\] RUN make \(exit code 137\)\. Limit: 100 MiB/)
  })

  test("without a limit, the fix is sized from the killed process's memory: twice it, at least 256 MiB", () => {
    expect(explain(ended(137), null).fixes).toEqual(['give the build more than 80.1 MiB: about 256 MiB (build-memory: 256m)', 'run fewer jobs in parallel'])
    const big = { ...K[0], anonRssBytes: 300 * MiB }
    expect(explain(ended(137), null, [big]).fixes).toEqual([
      'give the build more than 300 MiB: about 640 MiB (build-memory: 640m)',
      'run fewer jobs in parallel'
    ])
    // The largest of the kills' memories counts.
    const two = `#4 [1/2] RUN a\n#4 1.0 Killed\n#4 DONE 1.0s\n${ended(137)}`
    expect(explain(two, null, [big, K[1]]).fixes[0]).toBe('give the build more than 300 MiB: about 640 MiB (build-memory: 640m)')
  })

  test('no fixes for what is not a kill: a failure, memory trouble, a builder lost, a job whose memory ran out', () => {
    const none = (text: string) => explainBuild({ log: analyzeBuildLog(text), dockerfile: null, outcome: null, kills: [], plan: null }).fixes
    expect(none(ended(1))).toEqual([])
    expect(
      none(`#5 [2/2] RUN make\n#5 1.0 FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n${ended(1).split('\n')[1]}\n`)
    ).toEqual([])
    expect(none('#6 [3/3] RUN make\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n')).toEqual([])
    expect(none('Run make\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n')).toEqual([])
    // A job killed is a kill.
    expect(none('Run make\nKilled\n')).toEqual(['give the build more memory', 'run fewer jobs in parallel'])
  })

  test('a lost daemon is memory only for a kill of buildkitd in a cgroup limit, outside the step cgroups', () => {
    const lost = analyzeBuildLog('#6 [3/3] RUN make\nERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n')
    const daemon = { ...K[2], process: 'buildkitd', taskMemcg: CGROUP, buildkitStepId: null }
    const kinds = (kill: (typeof K)[number]) => {
      const e = explainBuild({ log: lost, dockerfile: null, outcome: null, kills: [kill], plan: null })
      return [e.findings.map((f) => f.kind), e.otherKills.length]
    }
    expect(kinds(daemon)).toEqual([['daemon-oom'], 0])
    expect(kinds({ ...daemon, process: 'containerd' })).toEqual([['builder-lost'], 1])
    expect(kinds({ ...daemon, scope: 'host', oomMemcg: null, taskMemcg: null })).toEqual([['builder-lost'], 1])
    expect(kinds({ ...daemon, taskMemcg: `${CGROUP}/buildkit/x` })).toEqual([['builder-lost'], 1])
    // Not lost: a buildkitd kill is only another kill.
    expect(explain(ended(1), null, [daemon]).otherKills).toEqual([daemon])
  })
})
