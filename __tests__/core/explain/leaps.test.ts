/**
 * Leaps over long stretches of clean steps (log/plain-scanner.ts): past a build's first KEEP_ALL
 * steps, a plain log's clean one-line steps are counted from BuildKit's numbering, not read.
 * Whatever a report shows is the same as when every step line is read (`leaps: false`): the
 * steps kept, their lines' numbers, the counts, the status line. What a leap cannot keep (a
 * step that begins in a stretch and never prints again) is shown as the documented rule.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { BuildLogAnalyzer, KEEP_ALL, RECENT_STEPS, type BuildLogAnalysis } from '../../../src/core/explain/build-log.js'
import { statusLine } from '../../../src/core/explain/text.js'
import { runs } from '../../helpers/runs.js'
import { killedStep, readAsFile, stepHeader } from './helpers.js'

interface Read {
  builds: BuildLogAnalysis[]
  leapt: number
}

/** The log fed in chunks of `size` bytes (0: in one piece), with or without leaps. */
function analyze(text: string, leaps: boolean, size = 0): Read {
  const analyzer = new BuildLogAnalyzer({ leaps })
  const bytes = Buffer.from(text)
  if (size === 0) analyzer.push(bytes)
  else for (let i = 0; i < bytes.length; i += size) analyzer.push(bytes.subarray(i, i + size))
  return { builds: analyzer.endBuilds(), leapt: analyzer.stepsLeapt }
}

/** As a file is read: straight into the reader's ring, `size` bytes at most at a time. */
function analyzeRead(text: string, size: number): Read {
  const analyzer = readAsFile(text, size)
  return { builds: analyzer.endBuilds(), leapt: analyzer.stepsLeapt }
}

const header = stepHeader

/** A clean step's end: DONE with BuildKit's seconds, CACHED or CANCELED. */
function end(i: number): string {
  return `#${i} ${i % 5 === 0 ? 'CACHED' : i % 11 === 0 ? 'CANCELED' : `DONE ${(i % 50) / 10}s`}`
}

/** Steps first..last of one line each (header and end), `extra` lines after the headers it names. */
function oneLineSteps(first: number, last: number, total: number, extra: Map<number, string[]> = new Map()): string[] {
  const lines: string[] = []
  for (let i = first; i <= last; i++) {
    const own = extra.get(i)
    if (own) lines.push(header(i, total), ...own)
    else lines.push(header(i, total), end(i))
  }
  return lines
}

const failing = killedStep

const STEPS = 40_000
const KILLED = 15_000
const FAILED_INSIDE = 27_000
const log = (() => {
  const extra = new Map([
    [KILLED, [`#${KILLED} 0.4 Killed`, `#${KILLED} DONE 0.5s`]],
    [FAILED_INSIDE, [`#${FAILED_INSIDE} ERROR: process "/bin/sh -c echo" did not complete successfully: exit code: 2`]]
  ])
  return [...oneLineSteps(1, STEPS, STEPS + 1, extra), ...failing(STEPS + 1)].join('\n') + '\n'
})()

describe(`a log of ${STEPS} one-line steps (2.5 MB): leapt over, the same report as every line read`, () => {
  const full = analyze(log, false)
  const last = full.builds[full.builds.length - 1]

  test('read in full: the steps kept are the first ones, the troubled ones and the last ones', () => {
    expect(full.leapt).toBe(0)
    const ids = last.steps.map((s) => s.id)
    const first = Array.from({ length: KEEP_ALL }, (_, i) => `#${i + 1}`)
    const recent = Array.from({ length: RECENT_STEPS }, (_, i) => `#${STEPS - RECENT_STEPS + 1 + i}`)
    expect(ids).toEqual([...first, `#${KILLED}`, `#${FAILED_INSIDE}`, ...recent, `#${STEPS + 1}`])
    // The first step that failed is the build's failed step.
    const failedAt = `[stage-${FAILED_INSIDE % 7} ${FAILED_INSIDE}/${STEPS + 1}] RUN echo ${FAILED_INSIDE}`
    expect(statusLine(last)).toBe(`Build log (plain): ${STEPS + 1} steps (${ids.length} kept), failed at ${failedAt}`)
  })

  test.each([0, 4096, 100_000, 1 << 20])('leapt, fed in chunks of %d bytes (0: whole): the same builds', (size) => {
    const leapt = analyze(log, true, size)
    expect(leapt.builds).toEqual(full.builds)
    // Most steps were counted, not read: the window (the last 512 KiB) and the first ones are read.
    expect(leapt.leapt).toBeGreaterThan(STEPS / 2)
  })

  test('read straight into the ring, as a file is: the same builds', () => {
    const leapt = analyzeRead(log, 128 * 1024)
    expect(leapt.builds).toEqual(full.builds)
    expect(leapt.leapt).toBeGreaterThan(STEPS / 2)
  })

  test.each([1, 4096, 1024 * 1024, 3 * 1024 * 1024])('read into the ring at most %d bytes at a time: the same builds', (size) => {
    // Larger than what the ring holds past its window, too: read() may not assume a file's 128 KiB.
    expect(analyzeRead(log, size).builds).toEqual(full.builds)
  })

  test('the killed step and the failed one in the stretch are kept with their headers', () => {
    const leapt = analyze(log, true).builds[0]
    const step = (n: number) => leapt.steps.find((s) => s.id === `#${n}`)!
    expect(step(KILLED)).toMatchObject({ name: `[stage-${KILLED % 7} ${KILLED}/${STEPS + 1}] RUN echo ${KILLED}`, result: 'done', killedLines: 1 })
    expect(step(FAILED_INSIDE)).toMatchObject({ instruction: `RUN echo ${FAILED_INSIDE}`, result: 'error', exitCode: 2 })
  })

  test.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ["GitHub's raw log stamps", (t: string) => t.replace(/^(?=.)/gm, '2024-01-01T10:00:00.1234567Z ')]
  ])('with %s: the same builds leapt or not', (_, change) => {
    const changed = change(log)
    const leapt = analyze(changed, true, 100_000)
    expect(leapt.builds).toEqual(analyze(changed, false).builds)
    expect(leapt.leapt).toBeGreaterThan(STEPS / 2)
  })
})

describe('what stops a leap', () => {
  test.each([20_000, KEEP_ALL + 500])('a second build in the stretch (numbered from #1 again) after %d steps: both builds as read in full', (first) => {
    const definition = ['#0 building with "default" instance using docker driver', '#1 [internal] load build definition from Dockerfile', '#1 DONE 0.0s']
    // The first build's last lines: the error box, its excerpt, a lost builder.
    const lastLines = ['------', ' > [stage-1 8/9] RUN make:', '------', 'Dockerfile:12', '--------------------', '  12 | >>> RUN make', '--------------------']
    const lost = 'error: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF'
    for (const second of [definition, [header(1, 20_001), end(1)], [...lastLines, lost, ...definition]]) {
      const text =
        [...oneLineSteps(1, first, first), ...second, ...oneLineSteps(2, 20_000, 20_001), ...failing(20_001), ...oneLineSteps(20_002, 30_000, 30_000)].join(
          '\n'
        ) + '\n'
      const leapt = analyze(text, true)
      const full = analyze(text, false)
      expect(leapt.builds).toEqual(full.builds)
      expect(leapt.builds).toHaveLength(2)
      expect(leapt.builds[0].steps.length + leapt.builds[0].omittedSteps).toBe(first)
      expect(leapt.leapt).toBeGreaterThan(1000)
    }
  })

  // Step 900 is parsed as text (among the first KEEP_ALL), step 20 000 held as bytes (deferred-steps.ts).
  test.each([
    [900, 20_000],
    [20_000, 23_000]
  ])('a step open across a stretch (step %d ends after step %d, no marker between): no leap over its end', (n, until) => {
    const lines = oneLineSteps(1, n - 1, 40_000)
    lines.push(header(n, 40_000), ...oneLineSteps(n + 1, until, 40_000), `#${n} DONE 30.1s`, ...oneLineSteps(until + 1, 40_000, 40_000))
    const text = lines.join('\n') + '\n'
    const leapt = analyze(text, true)
    expect(leapt.builds).toEqual(analyze(text, false).builds)
    expect(leapt.builds[0].steps.find((s) => s.id === `#${n}`)?.result ?? 'done').toBe('done')
    expect(leapt.leapt).toBeGreaterThan(10_000)
  })

  test("a marker far from its step's header: the step is read from its header", () => {
    // Step 20 000 runs while 3 000 others start and end: its header is 3 000 steps before its Killed line.
    const n = 20_000
    const lines = oneLineSteps(1, n - 1, 40_000)
    lines.push(header(n, 40_000))
    lines.push(...oneLineSteps(n + 1, n + 3000, 40_000))
    lines.push(`#${n} 12.3 Killed`, `#${n} DONE 30.1s`)
    lines.push(...oneLineSteps(n + 3001, 40_000, 40_000))
    const text = lines.join('\n') + '\n'
    const leapt = analyze(text, true)
    expect(leapt.builds).toEqual(analyze(text, false).builds)
    expect(leapt.builds[0].steps.find((s) => s.id === `#${n}`)).toMatchObject({ instruction: `RUN echo ${n}`, killedLines: 1, durationMs: 30_100 })
    expect(leapt.leapt).toBeGreaterThan(10_000)
  })

  test('a log that ends with one long step (its output fills the window): the last clean steps before it are kept', () => {
    const n = 40_000
    const lines = oneLineSteps(1, n - 1, n)
    lines.push(`#${n} [stage-0 ${n}/${n}] RUN make`)
    for (let i = 0; i < 12_000; i++) lines.push(`#${n} ${i}.0 compiling module ${i} of a long step's output`)
    lines.push(`#${n} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2`)
    const text = lines.join('\n') + '\n'
    const leapt = analyze(text, true)
    expect(leapt.builds).toEqual(analyze(text, false).builds)
    expect(leapt.builds[0].steps.map((s) => s.id).slice(-RECENT_STEPS - 1, -1)).toEqual(
      Array.from({ length: RECENT_STEPS }, (_, i) => `#${n - RECENT_STEPS + i}`)
    )
    expect(leapt.leapt).toBeGreaterThan(10_000)
  })

  test('the rule: a step that begins in a leapt stretch and never prints again is counted, not kept', () => {
    const running = 12_000
    const lines = oneLineSteps(1, 40_000, 40_001, new Map([[running, []]]))
    const text = [...lines, ...failing(40_001)].join('\n') + '\n'
    const leapt = analyze(text, true).builds[0]
    const full = analyze(text, false).builds[0]
    expect(full.steps.find((s) => s.id === `#${running}`)).toMatchObject({ result: 'running' })
    expect(leapt.steps.find((s) => s.id === `#${running}`)).toBeUndefined()
    // Counted all the same: the same number of steps, one more of them omitted.
    expect(leapt.steps.length + leapt.omittedSteps).toBe(full.steps.length + full.omittedSteps)
    expect(leapt.omittedSteps).toBe(full.omittedSteps + 1)
  })
})

describe('leapt or not, the same builds (property)', () => {
  /** A piece of a build past its first steps: clean steps, a killed one, one with output, a failed one. */
  type Piece = { kind: 'clean'; count: number } | { kind: 'killed' | 'failed' | 'output'; lines: number }
  const piece: fc.Arbitrary<Piece> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('clean' as const), count: fc.integer({ min: 1, max: 2500 }) }) },
    fc.record({ kind: fc.constantFrom('killed' as const, 'failed' as const, 'output' as const), lines: fc.integer({ min: 0, max: 20 }) })
  )

  function withoutSpans(b: BuildLogAnalysis) {
    return { ...b, steps: b.steps.map((s) => ({ ...s, span: null })) }
  }

  function build(pieces: Piece[]): string {
    const lines: string[] = []
    let n = 0
    const clean = (count: number) => {
      lines.push(...oneLineSteps(n + 1, n + count, 99_999))
      n += count
    }
    clean(KEEP_ALL + 200)
    for (const p of pieces) {
      if (p.kind === 'clean') {
        clean(p.count)
        continue
      }
      n++
      lines.push(header(n, 99_999))
      // A step's output may hold what a build's last lines hold (`>>>`, `Unavailable`): a leap does not stop for them.
      const output = ['compiling unit', '>>> import this', 'HTTP/1.1 503 Service Unavailable', 'DONE with unit']
      for (let i = 0; i < p.lines; i++) lines.push(`#${n} ${i}.${i % 10} ${output[(n + i) % output.length]} ${i} of step ${n}`)
      if (p.kind === 'killed') lines.push(`#${n} ${p.lines}.5 Killed`, `#${n} DONE ${p.lines}.6s`)
      else if (p.kind === 'failed') lines.push(`#${n} ERROR: process "/bin/sh -c make ${n}" did not complete successfully: exit code: 1`)
      else lines.push(`#${n} DONE ${p.lines}.7s`)
    }
    // The window (the log's last 512 KiB) is read line by line: the pieces lie before it.
    clean(9000)
    return lines.join('\n') + '\n'
  }

  test('random pieces, line ends and chunk sizes', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(0, 65_536, 1 << 20),
        (pieces, newline, size) => {
          const text = newline === '\n' ? build(pieces) : build(pieces).replace(/\n/g, newline)
          const leapt = analyze(text, true, size).builds
          const full = analyze(text, false).builds
          expect(leapt.map(withoutSpans)).toEqual(full.map(withoutSpans))
          expect(leapt.map(statusLine)).toEqual(full.map(statusLine))
          // Line positions count a leapt step as two lines (its header and end): a step's output
          // line that holds a marker (`DONE with unit`) is one more when read. The order stays.
          for (const b of leapt) {
            const starts = b.steps.map((s) => s.span.start)
            expect(starts).toEqual([...starts].sort((x, y) => x - y))
          }
        }
      ),
      { numRuns: runs(12) }
    )
  })
})
