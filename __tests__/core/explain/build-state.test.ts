/**
 * What a build's state keeps when a log holds more steps than it may (log/state.ts): past
 * MAX_STEPS it evicts down to three quarters, clean steps first and the failed step never.
 */
import { describe, expect, test } from '@jest/globals'
import { BuildLogAnalyzer, MAX_STEPS } from '../../../src/core/explain/build-log.js'

function analyze(lines: string[]) {
  const analyzer = new BuildLogAnalyzer()
  analyzer.push(lines.join('\n') + '\n')
  return analyzer.end()
}

describe('more steps than a build keeps (MAX_STEPS)', () => {
  // Steps 1..RUNNING start and never end (a build cancelled mid-way prints no end for them);
  // then clean steps; then the failing one. When the kept steps pass MAX_STEPS the clean ones
  // go first, then the oldest running ones, down to three quarters of MAX_STEPS.
  const RUNNING = MAX_STEPS - 50
  const LAST_CLEAN = RUNNING + 60
  const FAILED = LAST_CLEAN + 1
  const lines: string[] = []
  for (let i = 1; i <= RUNNING; i++) lines.push(`#${i} [stage-1 ${i}/${FAILED}] RUN task ${i}`)
  for (let i = RUNNING + 1; i <= LAST_CLEAN; i++) lines.push(`#${i} [stage-2 ${i}/${FAILED}] RUN echo ${i}`, `#${i} DONE 0.1s`)
  lines.push(`#${FAILED} [stage-0 ${FAILED}/${FAILED}] RUN make`, `#${FAILED} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2`)
  // Read in each test, not once here: see real-world.test.ts' readAll().

  test('within the bound, every step counted, the failed one kept', () => {
    const log = analyze(lines)
    const ids = new Set(log.steps.map((s) => s.id))
    expect(log.steps.length).toBeLessThanOrEqual(MAX_STEPS)
    expect(log.steps.length + log.omittedSteps).toBe(FAILED)
    expect(log.failedStepId).toBe(`#${FAILED}`)
    expect(ids.has(`#${FAILED}`)).toBe(true)
  })

  test('clean steps evicted before any running one, then the oldest running ones, down to three quarters of MAX_STEPS', () => {
    const log = analyze(lines)
    const running = log.steps.filter((s) => s.result === 'running').map((s) => Number(s.id.slice(1)))
    // The newest running steps, in a row up to the last one: the oldest went first.
    expect(running[running.length - 1]).toBe(RUNNING)
    expect(running.length).toBe(RUNNING - running[0] + 1)
    expect(running.length).toBeLessThanOrEqual((MAX_STEPS * 3) / 4)
    expect(running.length).toBeGreaterThan((MAX_STEPS * 3) / 4 - 10)
    // No clean step read before the eviction outlived a running one: those kept came after it.
    const clean = log.steps.filter((s) => s.result === 'done').map((s) => Number(s.id.slice(1)))
    expect(clean.length).toBeGreaterThan(0)
    expect(Math.min(...clean)).toBeGreaterThanOrEqual(MAX_STEPS)
  })
})

describe("what a build's state makes of its steps' lines", () => {
  const step = (log: ReturnType<typeof analyze>, id: string) => log.steps.find((s) => s.id === id)!

  test("in a long log's middle, a step's header after another's long output is found by its number: the last step's plus one", () => {
    // A step's long output is searched, not walked (plain-scanner.ts skip()): the next step's
    // header, no marker on it, is found as `#<last step's number + 1> `.
    const out = (n: number, count: number): string[] => Array.from({ length: count }, (_, i) => `#${n} ${i}.0 compiling src/file_${i}.c`)
    const lines = ['#1 [1/3] RUN make a', ...out(1, 20), '#2 [2/3] RUN make b', ...out(2, 20), '#3 [3/3] RUN make c', ...out(3, 20000)]
    lines.push('#3 ERROR: process "/bin/sh -c make c" did not complete successfully: exit code: 2')
    const log = analyze(lines)
    expect(log.steps.map((s) => [s.id, s.name])).toEqual([
      ['#1', '[1/3] RUN make a'],
      ['#2', '[2/3] RUN make b'],
      ['#3', '[3/3] RUN make c']
    ])
  })

  test('a kill line printed twice is one line; every different one counts as a kill, the first eight kept', () => {
    const lines = ['#1 [internal] load build definition from Dockerfile', '#1 DONE 0.0s', '#2 [1/2] RUN make -j8']
    lines.push('#2 3.1 Killed', '#2 3.1 Killed')
    for (let i = 0; i < 10; i++) lines.push(`#2 4.${i} cc1plus: fatal error: Killed signal terminated program cc1plus-${i}`)
    lines.push('#2 5.0 Memory cgroup out of memory: Killed process 4242 (cc1plus)')
    lines.push('#2 ERROR: process "/bin/sh -c make -j8" did not complete successfully: exit code: 137')
    const s = step(analyze(lines), '#2')
    expect(s.killedLines).toBe(12)
    expect(s.signals).toHaveLength(8)
    expect(s.signals[0]).toEqual({ kind: 'tool-kill', source: 'shell', text: 'Killed' })
  })

  test("after the build said it succeeded, a kill outside any step is not the build's; a step only naming an export is no success", () => {
    const done = ['#1 [1/1] RUN echo exporting to s3 later', '#1 DONE 0.1s', 'Killed']
    expect(analyze(done).signals.map((s) => s.text)).toEqual(['Killed'])
    expect(analyze(done).succeeded).toBe(false)
    const exported = ['#1 [1/1] RUN true', '#1 DONE 0.1s', '#2 exporting to image', '#2 DONE 0.2s', 'Killed']
    expect(analyze(exported).succeeded).toBe(true)
    expect(analyze(exported).signals).toEqual([])
  })

  test("the first step's error fails the build and gives its exit code; a step cancelled beside it does not, one whose command names 'canceled' does", () => {
    const log = analyze([
      '#1 [1/3] RUN ./run-canceled-tests.sh',
      '#2 [2/3] RUN make',
      '#1 ERROR: process "/bin/sh -c ./run-canceled-tests.sh" did not complete successfully: exit code: 3   ',
      '#2 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2'
    ])
    expect(log.failedStepId).toBe('#1')
    expect(log.exitCode).toBe(3)
    expect(step(log, '#1').error).toBe('process "/bin/sh -c ./run-canceled-tests.sh" did not complete successfully: exit code: 3')
    const cancelled = analyze([
      '#1 [1/2] RUN sleep 60',
      '#2 [2/2] RUN make',
      '#1 CANCELED',
      '#1 ERROR: canceled',
      '#2 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2'
    ])
    expect(cancelled.failedStepId).toBe('#2')
    expect(cancelled.exitCode).toBe(2)
  })
})

describe("BuildKit's final error line: the exit code, memory and disk it names", () => {
  const final = (...tail: string[]) => analyze(['#1 [1/1] RUN make', ...tail])
  // Real lines (corpus 2026-12: conda's ResourceExhausted, BuildKit >= 0.16 reading memory.events,
  // and a network endpoint that could not be made, which is no build out of memory).
  test.each([
    ['ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: cannot allocate memory', true],
    ['ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: cannot allocate memory  ', true],
    [
      'ERROR: failed to solve: ResourceExhausted: process "/bin/sh -c conda install -c conda-forge pyspark==$SPARK_VERSION" did not complete successfully: cannot allocate memory',
      true
    ],
    [
      'ERROR: failed to solve: process "/bin/sh -c apt-get update" did not complete successfully: failed to create endpoint vh6aabslshu1ylmqye2xv1xk8 on network bridge: failed to add the host (veth29ccddf) <=> sandbox (veth73bd838) pair interfaces: cannot allocate memory',
      false
    ],
    ['ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2', false]
  ])('%s: out of memory %s', (line, memory) => {
    expect(final(line).outOfMemoryError).toBe(memory)
  })

  test('the first exit code named is the build\'s; "no space left on device" is the disk', () => {
    const log = final(
      'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 137',
      'ERROR: failed to build: process "/bin/sh -c make" did not complete successfully: exit code: 2'
    )
    expect(log.exitCode).toBe(137)
    expect(log.diskFull).toBe(false)
    expect(final('ERROR: failed to solve: ResourceExhausted: write /var/lib/docker/overlay2/x/diff/f: no space left on device').diskFull).toBe(true)
  })
})
