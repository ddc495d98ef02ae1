import { describe, expect, test } from '@jest/globals'
import { mapDockerfile } from '../../../src/core/explain/dockerfile-map.js'
import { analyzeBuildLog, analyzeBuildLogs, BuildLogAnalyzer, LINE_CAP, MAX_STEPS } from '../../../src/core/explain/build-log.js'
import { explainBuilds } from '../../../src/core/explain/builds.js'
import { parseDmesg } from '../../../src/core/explain/dmesg.js'
import { aggregate, explainBuild, type Annotation } from '../../../src/core/explain/explain.js'
import { CAPTURED_DOCKERFILES, capturedBuilds, fixture, OOM_LOG, PASSED_LOG, type CapturedDockerfile } from './helpers.js'

const PASSED = PASSED_LOG
const OOM = OOM_LOG

describe('a log of two builds: the first killed but passed, the second OOM-killed', () => {
  test.each([1, 7, 4096, 1 << 20])('two builds, each named by its Dockerfile (chunks of %d bytes)', (size) => {
    const text = PASSED + OOM
    const analyzer = new BuildLogAnalyzer()
    for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size))
    const builds = analyzer.endBuilds()
    expect(builds.map((b) => [b.dockerfileName, b.steps.length, b.failedStepId, b.steps.filter((s) => s.killedLines > 0).map((s) => s.id)])).toEqual([
      ['Dockerfile.piped', 4, null, ['#7']],
      ['Dockerfile.fail', 4, '#7', ['#7']]
    ])
    expect(builds[1].excerpt).toEqual({ file: 'Dockerfile.fail', startLine: 5, endLine: 5 })
  })

  test('the pure core: one warning and one error, each at its own Dockerfile with its own step', () => {
    const all = explainBuilds(capturedBuilds(PASSED + OOM), null)
    expect(all.annotations.map((a) => [a.level, a.file, a.startLine, a.title])).toEqual([
      ['error', 'Dockerfile.fail', 5, 'Out of memory: [4/4] RUN head -c 300m /dev/zero | tail > /dev/null'],
      ['warning', 'Dockerfile.piped', 5, 'Killed but passed: [4/4] RUN head -c 300m /dev/zero | tail > /dev/null; echo "pipeline finished"']
    ])
    expect(all.killed).toBe(true)
  })
})

describe('kernel kills go to the step that was killed', () => {
  // Step 3 killed but passed, then step 4 killed: both under one builder limit, each in its own step cgroup.
  const log =
    '#1 [internal] load build definition from Dockerfile\n#1 DONE 0.0s\n#2 [1/4] COPY busybox /bin/busybox\n#2 DONE 0.0s\n#3 [3/4] RUN big | tail; true\n#3 0.7 Killed\n#3 DONE 0.8s\n#4 [4/4] RUN big | tail\n#4 0.6 Killed\n#4 ERROR: process "/bin/sh -c big | tail" did not complete successfully: exit code: 137\n'
  const dmesg = fixture('captured/dmesg-memcg-oom-cgroupv1.txt').split('\n').slice(0, 6).join('\n')
  const kills = parseDmesg(dmesg)

  test.each([
    ['in the order the kernel killed them', kills, [23135, 23251]],
    ['in the other order', [kills[1], kills[0]], [23251, 23135]]
  ])('%s', (_, given, [passedPid, failedPid]) => {
    const e = explainBuild({ log: analyzeBuildLog(log), dockerfile: null, outcome: null, kills: given, plan: null })
    const pid = (kind: string) => e.findings.find((f) => f.kind === kind)?.kill?.pid
    expect(pid('killed-but-passed')).toBe(passedPid)
    expect(pid('step-oom')).toBe(failedPid)
    expect(e.otherKills).toEqual([])
  })

  test('steps that ran side by side get no kill: "a process"', () => {
    const parallel =
      '#6 [a 1/1] RUN big\n#7 [b 1/1] RUN big\n#6 0.7 Killed\n#6 DONE 0.8s\n#7 0.6 Killed\n#7 ERROR: process "/bin/sh -c big" did not complete successfully: exit code: 137\n'
    const e = explainBuild({ log: analyzeBuildLog(parallel), dockerfile: null, outcome: null, kills, plan: null })
    expect(e.findings.map((f) => f.kill)).toEqual([null, null])
    expect(e.annotations.every((a) => a.message.startsWith('A process was killed'))).toBe(true)
    expect(e.otherKills).toHaveLength(2)
  })
})

describe('bounded time and memory', () => {
  // No clock: a scan that is not linear would take hours over 100 MB, and the test's timeout would
  // end it; how fast the linear one is belongs to bench/.
  test('100 MB without a newline: linear, the line cut to its head and tail', () => {
    const analyzer = new BuildLogAnalyzer()
    const chunk = Buffer.alloc(1 << 20, 'a')
    analyzer.push('#7 [1/1] RUN x\n#7 1.0 ')
    for (let i = 0; i < 100; i++) analyzer.push(chunk)
    analyzer.push(' Killed\n#7 ERROR: process "/bin/sh -c x" did not complete successfully: exit code: 137\n')
    const log = analyzer.end()
    expect(log.steps[0].killedLines).toBe(1)
    expect(log.failedStepId).toBe('#7')
  })

  test.each([7, 4096, LINE_CAP + 3, 1 << 20])('a long line gives the same result whole or in chunks of %d', (size) => {
    const long = (tail: string) => `#7 1.0 ${'x'.repeat(3 * LINE_CAP)}${tail}`
    const text = [
      '#7 [1/1] RUN x',
      long(' DONE here'),
      long(' Killed'),
      `#7 2.0 ${'y'.repeat(LINE_CAP)} ERROR in the middle ${'y'.repeat(LINE_CAP)}`,
      '#7 DONE 1.0s',
      ''
    ].join('\n')
    const analyzer = new BuildLogAnalyzer()
    for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size))
    const chunked = analyzer.end()
    expect(chunked).toEqual(analyzeBuildLog(text))
    expect(chunked.steps[0]).toMatchObject({ killedLines: 1, result: 'done' })
  })

  test('200k killed steps: no stack overflow, steps capped, every annotation past nine summed up', () => {
    const lines: string[] = []
    for (let i = 2; i < 200_002; i++) lines.push(`#${i} [${i}/200001] RUN step ${i}`, `#${i} 0.1 Killed`, `#${i} DONE 0.2s`)
    const log = analyzeBuildLog(lines.join('\n') + '\n')
    expect(log.steps.length).toBeLessThanOrEqual(MAX_STEPS)
    expect(log.steps.length + log.omittedSteps).toBe(200_000)
    const e = explainBuild({ log, dockerfile: null, outcome: null, kills: [], plan: null })
    expect(e.annotations).toHaveLength(10)
    expect(e.annotations[9].title).toBe(`${log.steps.length - 9} more`)
  })

  test('aggregate takes 200k annotations', () => {
    const many: Annotation[] = Array.from({ length: 200_000 }, (_, i) => ({ level: 'warning', title: `t${i}`, message: 'm' }))
    expect(aggregate(many)).toHaveLength(10)
  })

  test.each([
    ['{"vertexes":[null]}'],
    ['{"vertexes":[{"digest":"d","error":5}]}'],
    ['{"vertexes":"abc","logs":{}}'],
    ['{"vertexes":[{"digest":7,"name":[]}],"logs":[null,{"vertex":"d","data":5}]}'],
    ['{"logs":[{"vertex":"d","data":"S2lsbGVk"}]}']
  ])('a malformed rawjson event is skipped: %s', (event) => {
    const text = `{"vertexes":[{"digest":"d","name":"[1/1] RUN x","started":"2026-01-01T00:00:00Z"}]}\n${event}\n`
    const log = analyzeBuildLog(text)
    expect(log.format).toBe('rawjson')
    expect(log.steps.map((s) => s.id)).toEqual(['d'])
  })
})

describe('logs from `docker buildx history logs`, as the builder explain path reads them', () => {
  test.each([
    ['captured/buildx-0.28-history-logs-oom.plain.log', 'Dockerfile.fail', 'error'],
    ['captured/buildx-0.28-history-logs-killed-but-passed.plain.log', 'Dockerfile.piped', 'warning']
  ])('%s names %s and is annotated at line 5', (file, name, level) => {
    const [log] = analyzeBuildLogs(fixture(file))
    expect(log.dockerfileName).toBe(name)
    const e = explainBuild({
      log,
      dockerfile: { path: name, instructions: mapDockerfile(CAPTURED_DOCKERFILES[name as CapturedDockerfile]) },
      outcome: null,
      kills: [],
      plan: null
    })
    expect(e.annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([[level, name, 5]])
  })
})

describe('bake: targets side by side in one numbering, names prefixed with the target', () => {
  // The shape buildx gives bake's progress (util/progress prefixes each vertex with its target).
  const BAKE = [
    '#0 building with "default" instance using docker driver',
    '#1 [internal] load local bake definitions',
    '#1 DONE 0.0s',
    '#2 [web internal] load build definition from Dockerfile.piped',
    '#2 DONE 0.0s',
    '#3 [api internal] load build definition from Dockerfile.fail',
    '#3 DONE 0.0s',
    '#4 [web 1/4] COPY busybox /bin/busybox',
    '#5 [api 1/4] COPY busybox /bin/busybox',
    '#4 DONE 0.0s',
    '#5 DONE 0.0s',
    '#6 [web 4/4] RUN head -c 300m /dev/zero | tail > /dev/null; echo "pipeline finished"',
    '#7 [api 4/4] RUN head -c 300m /dev/zero | tail > /dev/null',
    '#6 2.876 Killed',
    '#7 0.723 Killed',
    '#6 DONE 2.9s',
    '#7 ERROR: process "/bin/sh -c head -c 300m /dev/zero | tail > /dev/null" did not complete successfully: exit code: 137',
    'ERROR: target api: failed to solve: process "/bin/sh -c head -c 300m /dev/zero | tail > /dev/null" did not complete successfully: exit code: 137',
    ''
  ].join('\n')

  test('each target is a build of its own, at its own Dockerfile', () => {
    const builds = analyzeBuildLogs(BAKE)
    expect(builds.map((b) => [b.target, b.dockerfileName, b.steps.map((s) => [s.id, s.stage, s.index]), b.failedStepId])).toEqual([
      [
        'web',
        'Dockerfile.piped',
        [
          ['#4', null, 1],
          ['#6', null, 4]
        ],
        null
      ],
      [
        'api',
        'Dockerfile.fail',
        [
          ['#5', null, 1],
          ['#7', null, 4]
        ],
        '#7'
      ]
    ])
    const all = explainBuilds(capturedBuilds(BAKE), null)
    expect(all.annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'Dockerfile.fail', 5],
      ['warning', 'Dockerfile.piped', 5]
    ])
  })
})

describe('bounded text', () => {
  test("a log repeating a BuildKit error excerpt 2000 times (parsers-property's counterexample): names stay within a line's cap", () => {
    const block =
      'ntainer driver. Build result will only remain in the build cache. To push result image into registry use --push or to load image into docker use --load\n' +
      'Dockerfile.fail:5\n--------------------\n   3 |     RUN ["/bin/busybox", "--install", "-s", "/bin"]\n   4 |     RUN echo hello\n   5 | >>>'
    const log = analyzeBuildLog(block.repeat(2000))
    expect(log.excerptInstruction!.length).toBe(LINE_CAP)
    expect(log.steps.map((s) => s.name.length)).toEqual([LINE_CAP])
  })
})
