/**
 * From what a log shows (and, after our own builds, the kernel and the builder) to findings
 * (src/core/explain/classify.ts), branch by branch, each finding in full: its kind, step,
 * confidence, evidence, memory and kernel kill. The logs are the captures and real lines.
 */
import { describe, expect, test } from '@jest/globals'
import type { BuildOutcome } from '../../../src/core/build/outcome.js'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { classify, isKill, type Finding, type FindingKind } from '../../../src/core/explain/classify.js'
import type { OomKill } from '../../../src/core/explain/dmesg.js'
import { CAPTURED_KILLS as KILLS, OOM_LOG, outcome, PASSED_LOG } from './helpers.js'

const BUILDER_CGROUP = '/docker/buildx/4a6cf4b27804264fffdd6fdecf4b90c2ac10f7ada3a0f92c0e364c2ca3d37bc8'
const LOST = 'ERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF'

type Row = [kind: FindingKind, step: string | null, confidence: string, evidence: string[], memory: string | null, killPid: number | null]

function findings(
  text: string,
  {
    outcome: o = null,
    killByStep = new Map(),
    daemonKill
  }: { outcome?: BuildOutcome | null; killByStep?: Map<string, OomKill>; daemonKill?: OomKill | null } = {}
): Row[] {
  return classify({ log: analyzeBuildLog(text), outcome: o, killByStep, daemonKill }).map((f) => [
    f.kind,
    f.step?.id ?? null,
    f.confidence,
    f.evidence,
    f.memory,
    f.kill?.pid ?? null
  ])
}

const step = (command: string, output: string[], error: string): string =>
  `#5 [2/2] RUN ${command}\n${output.map((l, i) => `#5 ${i + 1}.0 ${l}\n`).join('')}#5 ERROR: process "/bin/sh -c ${command}" did not complete successfully: ${error}\n`
const failedLine = (command: string, error: string): string => `process "/bin/sh -c ${command}" did not complete successfully: ${error}`

describe('a log with no Docker build, and no build of ours', () => {
  test("the kernel's line over the tool's, both as evidence", () => {
    const kernel = '[  967.320453] Memory cgroup out of memory: Killed process 23135 (tail) total-vm:84280kB, anon-rss:82048kB'
    expect(findings(`Run make\n${kernel}\nKilled\n`)).toEqual([['no-build', null, 'seen by the kernel', [kernel, 'Killed'], null, null]])
    expect(findings('Run make\nKilled\n')).toEqual([['no-build', null, 'reported by the tool', ['Killed'], null, null]])
  })

  test('memory trouble that is no kill: one finding per memory, its lines together, in the order first seen', () => {
    const java = 'java.lang.OutOfMemoryError: Java heap space'
    const node = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'
    const node2 = '<--- JS stacktrace ---> JavaScript heap out of memory'
    expect(findings(`${java}\n${node}\n${node2}\n`)).toEqual([
      ['no-build', null, 'reported by the tool', [java], 'java-heap', null],
      ['no-build', null, 'reported by the tool', [node, node2], 'node-heap', null]
    ])
    // A kill and memory trouble: both said.
    expect(findings(`${node}\nKilled\n`)).toEqual([
      ['no-build', null, 'reported by the tool', ['Killed'], null, null],
      ['no-build', null, 'reported by the tool', [node], 'node-heap', null]
    ])
  })

  test('a full disk, or nothing at all, is no finding', () => {
    expect(findings('write /tmp/x: no space left on device\n')).toEqual([])
    expect(findings('Run make\nok\n')).toEqual([])
  })
})

describe('the failed step', () => {
  const oomError = failedLine('head -c 300m /dev/zero | tail > /dev/null', 'exit code: 137')

  test("the kernel's kill of its process (dmesg after our build): seen by the kernel, the kernel's line first", () => {
    expect(findings(OOM_LOG, { killByStep: new Map([['#7', KILLS[0]]]) })).toEqual([
      [
        'step-oom',
        '#7',
        'seen by the kernel',
        [`kernel: killed tail (pid 23135) holding 80 MiB when cgroup ${BUILDER_CGROUP} hit its limit`, 'Killed', oomError],
        null,
        23135
      ]
    ])
  })

  test("the build's cgroup counted kills, or the builder container's State.OOMKilled: seen by the kernel when the step shows a kill or a 137", () => {
    const counted = outcome({ oomKills: 2, builderOomKilled: false, exitCode: 1 })
    expect(findings(OOM_LOG, { outcome: counted })).toEqual([
      ['step-oom', '#7', 'seen by the kernel', ["the build's cgroup counted 2 OOM kill(s)", 'Killed', oomError], null, null]
    ])
    const container = outcome({ oomKills: null, builderOomKilled: true, exitCode: 1 })
    const exit137 = step('make', [], 'exit code: 137')
    expect(findings(exit137, { outcome: container })).toEqual([
      ['step-oom', '#5', 'seen by the kernel', ["the builder container's State.OOMKilled is true", failedLine('make', 'exit code: 137')], null, null]
    ])
    // A kill line without a 137 is enough; neither, and the counted kill was another process's.
    const killedExit1 = step('make', ['Killed'], 'exit code: 1')
    expect(findings(killedExit1, { outcome: counted })).toEqual([
      ['step-oom', '#5', 'seen by the kernel', ["the build's cgroup counted 2 OOM kill(s)", 'Killed', failedLine('make', 'exit code: 1')], null, null]
    ])
    expect(findings(step('false', [], 'exit code: 1'), { outcome: counted })).toEqual([
      ['step-failed', '#5', 'reported by the tool', [failedLine('false', 'exit code: 1')], null, null]
    ])
    // No kills counted (0, or not read): the 137 alone is a SIGKILL, not memory.
    for (const oomKills of [0, null])
      expect(findings(exit137, { outcome: outcome({ oomKills, builderOomKilled: false, exitCode: 1 }) }).map((r) => r[0])).toEqual(['step-killed'])
  })

  test("a process's own words: reported by the tool; BuildKit's ENOMEM is one", () => {
    expect(findings(step('make', [], 'cannot allocate memory'))).toEqual([
      ['step-oom', '#5', 'reported by the tool', [failedLine('make', 'cannot allocate memory')], null, null]
    ])
    expect(findings(step('cargo build', ['/ctx/script-coIDbw: line 1:   301 Killed                  cargo build'], 'exit code: 137'))).toEqual([
      [
        'step-oom',
        '#5',
        'reported by the tool',
        ['/ctx/script-coIDbw: line 1:   301 Killed                  cargo build', failedLine('cargo build', 'exit code: 137')],
        null,
        null
      ]
    ])
  })

  test('evidence: each line once, at most 5', () => {
    const gxx = 'g++: fatal error: Killed signal terminated program cc1plus'
    const lines = [
      gxx,
      gxx,
      'go build a: signal: killed',
      'go build b: signal: killed',
      'error Command failed with signal "SIGKILL".',
      'Killed',
      'container exited on killed'
    ]
    expect(findings(step('make -j8', lines, 'exit code: 137'))).toEqual([
      [
        'step-oom',
        '#5',
        'reported by the tool',
        [gxx, 'go build a: signal: killed', 'go build b: signal: killed', 'error Command failed with signal "SIGKILL".', 'Killed'],
        null,
        null
      ]
    ])
  })

  test('exit code 137 alone: a SIGKILL inferred, unless the command exits so on purpose', () => {
    expect(findings(step('make', [], 'exit code: 137'))).toEqual([['step-killed', '#5', 'inferred', [failedLine('make', 'exit code: 137')], null, null]])
    expect(findings(step('exit 137', [], 'exit code: 137'))).toEqual([
      ['step-failed', '#5', 'reported by the tool', [failedLine('exit 137', 'exit code: 137')], null, null]
    ])
    // The legacy builder: its 137 is the step's; a compose prefix on the final line.
    expect(
      findings("Step 1/2 : FROM busybox\nStep 2/2 : RUN make\n ---> Running in 276124f1cd06\nThe command '/bin/sh -c make' returned a non-zero code: 137\n")
    ).toEqual([['step-killed', 'Step 2', 'inferred', ["The command '/bin/sh -c make' returned a non-zero code: 137"], null, null]])
  })

  test("a 137 in the step's own output (npm's errno) with another exit code: a SIGKILL inferred, that line as evidence", () => {
    expect(findings(step('npm install', ['npm ERR! errno 137'], 'exit code: 1'))).toEqual([
      ['step-killed', '#5', 'inferred', [failedLine('npm install', 'exit code: 1'), 'npm ERR! errno 137'], null, null]
    ])
    // With kills counted: seen by the kernel.
    expect(
      findings(step('npm install', ['npm ERR! errno 137'], 'exit code: 1'), { outcome: outcome({ oomKills: 1, builderOomKilled: false, exitCode: 1 }) })
    ).toEqual([['step-oom', '#5', 'seen by the kernel', ["the build's cgroup counted 1 OOM kill(s)", failedLine('npm install', 'exit code: 1')], null, null]])
  })

  test('memory trouble in the step: a memory error, no kill', () => {
    const heap = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'
    expect(findings(step('yarn build', [heap], 'exit code: 1'))).toEqual([['memory-error', '#5', 'reported by the tool', [heap], 'node-heap', null]])
    // With a kill too: both.
    expect(findings(step('yarn build', [heap, 'Killed'], 'exit code: 137'))).toEqual([
      ['step-oom', '#5', 'reported by the tool', ['Killed', failedLine('yarn build', 'exit code: 137')], null, null],
      ['memory-error', '#5', 'reported by the tool', [heap], 'node-heap', null]
    ])
  })

  test('nothing of memory: the step failed, and a full disk is said to be the disk', () => {
    expect(findings(step('false', [], 'exit code: 1'))).toEqual([
      ['step-failed', '#5', 'reported by the tool', [failedLine('false', 'exit code: 1')], null, null]
    ])
    // 048 (goreleaser): BuildKit's final error names the full disk.
    const disk =
      'ERROR: failed to build: failed to solve: ResourceExhausted: write /var/lib/docker/overlay2/yp9tg0uq1ufym66lbal7o82n2/diff/guacone-linux-arm64: no space left on device'
    expect(findings(`${step('make', [], 'exit code: 1')}${disk}\n`)).toEqual([
      ['step-failed', '#5', 'reported by the tool', [failedLine('make', 'exit code: 1'), disk, 'no space left on device: the disk, not memory'], null, null]
    ])
  })
})

describe('the tool says what ran out, or its lines only suggest it', () => {
  test("a full disk in the step's own words (pip's capital N) is the evidence, and still not memory", () => {
    // 139 (8Knot): pip's [Errno 28] in the step's output, BuildKit's final error without it.
    const pip = "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device: '/opt/app-root/lib'"
    expect(findings(step('pip3 install -r requirements.txt', [pip], 'exit code: 1'))).toEqual([
      [
        'step-failed',
        '#5',
        'reported by the tool',
        [failedLine('pip3 install -r requirements.txt', 'exit code: 1'), pip, 'no space left on device: the disk, not memory'],
        null,
        null
      ]
    ])
  })

  test("V8's fatal-error stack without its FATAL ERROR line: Node's heap, inferred; with the line: reported", () => {
    // 147 (osparc-simcore): exit code 134, the JS stack V8 printed, the FATAL ERROR line cut off.
    const stack = ['    0: ExitFrame [pc: 0xe24510dbe1d]', 'Security context: 0x2ba02959e6e9 <JSObject>']
    expect(findings(step('qx compile', stack, 'exit code: 134'))).toEqual([
      ['memory-error', '#5', 'inferred', ['Security context: 0x2ba02959e6e9 <JSObject>'], 'node-heap', null]
    ])
    const fatal = 'FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory'
    expect(findings(step('qx compile', [...stack, fatal], 'exit code: 134'))).toEqual([
      ['memory-error', '#5', 'reported by the tool', [fatal], 'node-heap', null]
    ])
    // No Docker build: the same words.
    expect(findings('Run yarn build\nSecurity context: 0x2ba02959e6e9 <JSObject>\n')).toEqual([
      ['no-build', null, 'inferred', ['Security context: 0x2ba02959e6e9 <JSObject>'], 'node-heap', null]
    ])
  })
})

describe('evidence', () => {
  test('a line is evidence at most 300 characters long, cut with an ellipsis', () => {
    // 165 (kogito-images#1347): Jenkins joined a log's lines with <br/>, one line of kilobytes.
    const error = `exit code: 127${'<br/>    raise CekitError("Image build failed")'.repeat(20)}`
    const whole = failedLine('make', error)
    expect(whole.length).toBeGreaterThan(300)
    expect(findings(step('make', [], error))).toEqual([['step-failed', '#5', 'reported by the tool', [`${whole.slice(0, 299)}…`], null, null]])
    // At 300 it is whole.
    const fits = 'x'.repeat(300 - failedLine('make', 'exit code: 1 ').length)
    expect(findings(step('make', [], `exit code: 1 ${fits}`))[0][3]).toEqual([failedLine('make', `exit code: 1 ${fits}`)])
  })
})

describe('steps killed that passed', () => {
  test('the captured build: the tool said so, or the kernel did', () => {
    expect(findings(PASSED_LOG)).toEqual([['killed-but-passed', '#7', 'reported by the tool', ['Killed'], null, null]])
    expect(findings(PASSED_LOG, { killByStep: new Map([['#7', KILLS[1]]]) })).toEqual([
      [
        'killed-but-passed',
        '#7',
        'seen by the kernel',
        [`kernel: killed tail (pid 23251) holding 78 MiB when cgroup ${BUILDER_CGROUP} hit its limit`, 'Killed'],
        null,
        23251
      ]
    ])
  })

  test('another step that failed is no step that passed; memory trouble or a 137 in a step that passed is no kill', () => {
    const text =
      '#4 [1/3] RUN a\n#4 1.0 Killed\n#4 ERROR: process "/bin/sh -c a" did not complete successfully: exit code: 1\n' +
      '#6 [2/3] RUN b\n#6 1.0 FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n#6 2.0 npm ERR! errno 137\n#6 DONE 2.0s\n' +
      '#5 [3/3] RUN false\n#5 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1\n'
    const rows = findings(text)
    expect(rows.filter((r) => r[0] === 'killed-but-passed')).toEqual([])
    // A step that errored after the failed one, with a kill line: not a step that passed.
    const after = `${step('false', [], 'exit code: 1')}#6 [3/3] RUN b\n#6 1.0 Killed\n#6 ERROR: process "/bin/sh -c b" did not complete successfully: exit code: 1\n`
    expect(findings(after)).toEqual([['step-failed', '#5', 'reported by the tool', [failedLine('false', 'exit code: 1')], null, null]])
  })
})

describe('the builder lost', () => {
  const running = `#6 [3/3] RUN make\n${LOST}\n`

  test("the builder container's State.OOMKilled, the kernel's line, the builder's counted kills: the daemon killed, seen by the kernel", () => {
    expect(findings(running, { outcome: outcome({ builderOomKilled: true, oomKills: null, exitCode: 1 }) })).toEqual([
      ['daemon-oom', null, 'seen by the kernel', ["the builder container's State.OOMKilled is true", LOST], null, null]
    ])
    const daemon: OomKill = { ...KILLS[2], process: 'buildkitd', pid: 912 }
    expect(findings(running, { outcome: outcome({ builderOomKilled: false, oomKills: null, exitCode: 1 }), daemonKill: daemon })).toEqual([
      [
        'daemon-oom',
        null,
        'seen by the kernel',
        [`kernel: killed buildkitd (pid 912) holding 79 MiB when cgroup ${BUILDER_CGROUP} hit its limit`, LOST],
        null,
        912
      ]
    ])
    expect(findings(running, { outcome: outcome({ builderOomKilled: false, oomKills: 1, exitCode: 1 }) })).toEqual([
      ['daemon-oom', null, 'seen by the kernel', ["the builder's cgroup counted 1 OOM kill(s)", LOST], null, null]
    ])
  })

  // A step that was running when the builder went did not pass: one finding for it, the daemon's,
  // carrying the loss and the step's own kill lines (it was also said "killed but passed").
  test('a RUN step running when it went, killed by its own words: the daemon inferred killed on that step, one finding with both evidences', () => {
    expect(findings(`#6 [3/3] RUN make\n#6 12.0 Killed\n${LOST}\n`)).toEqual([['daemon-oom', '#6', 'inferred', [LOST, 'Killed'], null, null]])
    const cc1plus = 'cc1plus: fatal error: Killed signal terminated program cc1plus'
    expect(findings(`#6 [3/3] RUN make -j8\n#6 12.0 ${cc1plus}\n#6 12.1 Killed\n${LOST}\n`)).toEqual([
      ['daemon-oom', '#6', 'inferred', [LOST, cc1plus, 'Killed'], null, null]
    ])
  })

  test("the daemon seen killed by the kernel while a step printed Killed: one finding, at that step, with the kernel's, the loss's and the step's lines", () => {
    const text = `#6 [3/3] RUN make\n#6 12.0 Killed\n${LOST}\n`
    expect(findings(text, { outcome: outcome({ builderOomKilled: true, oomKills: null, exitCode: 1 }) })).toEqual([
      ['daemon-oom', '#6', 'seen by the kernel', ["the builder container's State.OOMKilled is true", LOST, 'Killed'], null, null]
    ])
    expect(findings(text, { outcome: outcome({ builderOomKilled: false, oomKills: 2, exitCode: 1 }) })).toEqual([
      ['daemon-oom', '#6', 'seen by the kernel', ["the builder's cgroup counted 2 OOM kill(s)", LOST, 'Killed'], null, null]
    ])
  })

  // The failed step was killed (exit code 137, Killed) and the builder then went, killed for
  // memory by the kernel's record: that step was said twice, the daemon's and its own.
  test("the failed step killed, then the daemon seen killed: one finding at that step, with the kernel's, the loss's and the step's lines", () => {
    const failedStep = `#5 [2/2] RUN make\n#5 1.0 Killed\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n${LOST}\n`
    expect(findings(failedStep, { outcome: outcome({ builderOomKilled: true, oomKills: null, exitCode: 1 }) })).toEqual([
      [
        'daemon-oom',
        '#5',
        'seen by the kernel',
        ["the builder container's State.OOMKilled is true", LOST, 'Killed', failedLine('make', 'exit code: 137')],
        null,
        null
      ]
    ])
    // The step's kernel kill stays with the finding; a step still running that showed a kill is its own.
    const withRunning = `#7 [1/2] RUN make -j8\n#7 3.0 Killed\n${failedStep}`
    const rows = findings(withRunning, {
      outcome: outcome({ builderOomKilled: false, oomKills: null, exitCode: 1 }),
      daemonKill: { ...KILLS[2], process: 'buildkitd', pid: 912 },
      killByStep: new Map([['#5', KILLS[0]]])
    })
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([
      ['daemon-oom', '#5', 912],
      ['step-oom', '#7', null]
    ])
    expect(rows[0][3]).toHaveLength(5)
  })

  test('two steps running when it went, each showing a kill: the daemon at the last, the other killed, each once', () => {
    const text = `#5 [a 2/2] RUN cargo build\n#6 [b 2/2] RUN make\n#5 9.0 error: could not compile \`x\` (signal: 9, SIGKILL: kill)\n#6 12.0 Killed\n${LOST}\n`
    expect(findings(text).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['daemon-oom', '#6', [LOST, 'Killed']],
      ['step-oom', '#5', ['error: could not compile `x` (signal: 9, SIGKILL: kill)']]
    ])
  })

  test('the RUN step still running is the one named, not a RUN step that finished after it began', () => {
    expect(findings(`#5 [1/3] RUN sleep 100\n#6 [2/3] RUN make\n#6 DONE 1.0s\n${LOST}\n`)).toEqual([
      ['builder-lost', '#5', 'reported by the tool', [LOST], null, null]
    ])
  })

  test("a step's kill before the builder went is that step's: no daemon killed, no builder lost", () => {
    // #7 never ended: killed, not "killed but passed".
    const text = `#7 [1/2] RUN make -j8\n#7 3.0 Killed\n#5 [2/2] RUN make\n#5 1.0 Killed\n#5 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137\n${LOST}\n`
    expect(findings(text).map((r) => [r[0], r[1]])).toEqual([
      ['step-oom', '#5'],
      ['step-oom', '#7']
    ])
    // A step that ended (DONE) before the builder went, with a kill line, did pass.
    const passed = `#7 [1/2] RUN make -j8\n#7 3.0 Killed\n#7 DONE 3.1s\n#5 [2/2] RUN make\n#5 1.0 Killed\n${LOST}\n`
    expect(findings(passed).map((r) => [r[0], r[1]])).toEqual([
      ['daemon-oom', '#5'],
      ['killed-but-passed', '#7']
    ])
  })

  test('nothing says memory: the builder lost, on the RUN step running (a COPY is not named)', () => {
    expect(findings(running)).toEqual([['builder-lost', '#6', 'reported by the tool', [LOST], null, null]])
    expect(findings(`#5 [2/2] COPY . .\n${LOST}\n`)).toEqual([['builder-lost', null, 'reported by the tool', [LOST], null, null]])
    // The daemon's own counted kills or OOMKilled are the kill; a step's kill seen before the loss is not doubted.
    expect(findings(`${step('make', ['Killed'], 'exit code: 137')}${LOST}\n`).map((r) => r[0])).toEqual(['step-oom'])
  })
})

describe('no failed step', () => {
  const definition = '#1 [internal] load build definition from Dockerfile\n#1 DONE 0.0s\n'

  test('a kill outside any step: killed but passed when the build passed, else out of memory', () => {
    expect(findings(`${definition}Killed\n#9 exporting to image\n#9 DONE 0.1s\n`)).toEqual([
      ['killed-but-passed', null, 'reported by the tool', ['Killed'], null, null]
    ])
    expect(findings(`${definition}Killed\n`)).toEqual([['step-oom', null, 'reported by the tool', ['Killed'], null, null]])
  })

  // A pasted tail that ends while a step runs, its output showing a kill, the builder not lost
  // (the corpus' 077: `#5 533.0 g++: fatal error: Killed signal terminated program cc1plus`,
  // then `make: *** Waiting for unfinished jobs....`, then nothing; 032: one line, go's
  // `compile: signal: killed`). Nothing says the step passed: it was killed while it ran.
  const tail =
    '#5 [2/2] RUN make -j8\n#5 533.0 g++: fatal error: Killed signal terminated program cc1plus\n#5 533.1 make: *** Waiting for unfinished jobs....\n'

  test('a tail that ends while a step runs, its output showing a kill: killed while it ran, not "killed but passed"', () => {
    expect(findings(tail)).toEqual([['step-oom', '#5', 'reported by the tool', ['g++: fatal error: Killed signal terminated program cc1plus'], null, null]])
    // One line, the step's header not in the paste.
    expect(findings('#12 51.29 go build example.com/data: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed\n').map((r) => [r[0], r[1]])).toEqual([
      ['step-oom', '#12']
    ])
    // The kernel's record of the kill, given to the step: seen by the kernel.
    const kill = KILLS[0]
    expect(findings(tail, { killByStep: new Map([['#5', kill]]) }).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['step-oom', '#5', 'seen by the kernel', kill.pid]
    ])
  })

  test('a step still running with a kill, yet the log says the build passed: killed but passed, as before', () => {
    expect(findings(`${tail}#9 exporting to image\n#9 naming to docker.io/library/app:latest done\n#9 DONE 0.1s\n`).map((r) => [r[0], r[1]])).toEqual([
      ['killed-but-passed', '#5']
    ])
  })

  test('our build ended by SIGKILL or 137: the build killed, seen by the kernel when kills were counted', () => {
    expect(findings(definition, { outcome: outcome({ exitCode: 137, oomKills: null }) })).toEqual([
      ['build-killed', null, 'inferred', ['the build ended by exit code 137'], null, null]
    ])
    expect(findings(definition, { outcome: outcome({ exitCode: null, signal: 'SIGKILL', oomKills: 3 }) })).toEqual([
      ['build-killed', null, 'seen by the kernel', ['the build ended by SIGKILL'], null, null]
    ])
    expect(findings(definition, { outcome: outcome({ exitCode: 1, oomKills: 3 }) })).toEqual([])
    expect(findings(definition, { outcome: outcome({ exitCode: 0, signal: null, oomKills: null }) })).toEqual([])
    // A step killed that passed does not stand for the build's own kill.
    expect(findings(PASSED_LOG, { outcome: outcome({ exitCode: 137, oomKills: null }) })).toEqual([
      ['build-killed', null, 'inferred', ['the build ended by exit code 137'], null, null],
      ['killed-but-passed', '#7', 'reported by the tool', ['Killed'], null, null]
    ])
    // Nor does a builder lost: the build killed is said first.
    expect(
      findings(`#6 [3/3] RUN make\n${LOST}\n`, { outcome: outcome({ exitCode: 137, oomKills: null, builderOomKilled: false }) }).map((r) => [r[0], r[1]])
    ).toEqual([
      ['build-killed', null],
      ['builder-lost', '#6']
    ])
  })

  test('memory trouble outside any step', () => {
    const heap = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'
    expect(findings(`${definition}${heap}\n`, { outcome: outcome({ exitCode: 1, oomKills: null }) })).toEqual([
      ['memory-error', null, 'reported by the tool', [heap], 'node-heap', null]
    ])
  })

  test('a step that failed for something else, in a build ended by 137: the build killed first, on that step', () => {
    const failed = step('false', [], 'exit code: 1')
    const rows = (o: BuildOutcome): Row[] => findings(failed, { outcome: o })
    expect(rows(outcome({ exitCode: 137, oomKills: null }))).toEqual([
      ['build-killed', '#5', 'inferred', ['the build ended by exit code 137'], null, null],
      ['step-failed', '#5', 'reported by the tool', [failedLine('false', 'exit code: 1')], null, null]
    ])
    expect(rows(outcome({ exitCode: null, signal: 'SIGKILL', oomKills: 1 }))).toEqual([
      ['build-killed', '#5', 'seen by the kernel', ['the build ended by SIGKILL'], null, null],
      ['step-failed', '#5', 'reported by the tool', [failedLine('false', 'exit code: 1')], null, null]
    ])
    // Already a kill: no second one.
    expect(findings(step('make', [], 'exit code: 137'), { outcome: outcome({ exitCode: 137, oomKills: null }) }).map((r) => r[0])).toEqual(['step-killed'])
    const heap = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'
    expect(findings(step('yarn build', [heap], 'exit code: 137'), { outcome: outcome({ exitCode: 137, oomKills: null }) }).map((r) => r[0])).toEqual([
      'step-killed',
      'memory-error'
    ])
  })
})

describe('the kernel line', () => {
  test('without its memory, and a kill of the whole machine', () => {
    const base = KILLS[0]
    const kill = (k: Partial<OomKill>): string[] => findings(OOM_LOG, { killByStep: new Map([['#7', { ...base, ...k }]]) })[0][3]
    expect(kill({ anonRssBytes: null })[0]).toBe(`kernel: killed tail (pid 23135) when cgroup ${BUILDER_CGROUP} hit its limit`)
    expect(kill({ scope: 'host', oomMemcg: null, anonRssBytes: 3 * 1048576 + 1 })[0]).toBe(
      'kernel: killed tail (pid 23135) holding 3 MiB when the machine ran out of memory'
    )
    expect(kill({ scope: 'memcg', oomMemcg: null, anonRssBytes: 1048576 * 1.5 })[0]).toBe('kernel: killed tail (pid 23135) holding 2 MiB')
  })
})

describe('isKill', () => {
  const f = (kind: FindingKind, memory: Finding['memory'] = null): Finding => ({ kind, step: null, kill: null, confidence: 'inferred', evidence: [], memory })
  test.each<[FindingKind, Finding['memory'], boolean]>([
    ['step-oom', null, true],
    ['killed-but-passed', null, true],
    ['daemon-oom', null, true],
    ['step-killed', null, true],
    ['build-killed', null, true],
    ['no-build', null, true],
    ['no-build', 'node-heap', false],
    ['memory-error', 'node-heap', false],
    ['builder-lost', null, false],
    ['step-failed', null, false]
  ])('%s (memory %s): %s', (kind, memory, kill) => {
    expect(isKill(f(kind, memory))).toBe(kill)
  })
})
