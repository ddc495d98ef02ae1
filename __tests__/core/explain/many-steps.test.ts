import { describe, expect, test } from '@jest/globals'
import { analyzeBuildLog, BuildLogAnalyzer, KEEP_ALL, RECENT_STEPS, type BuildLogAnalysis } from '../../../src/core/explain/build-log.js'
import { explainBuild } from '../../../src/core/explain/explain.js'
import { statusLine } from '../../../src/core/explain/text.js'

// A build of many one-line steps (issue 16): past KEEP_ALL steps, those that finished with no
// trouble are kept only as the last RECENT_STEPS; the failed, killed and running ones are all kept.
const STEPS = 30_000
function manySteps(): { text: string; killed: number; running: number } {
  const killed = 12_344
  const running = 23_456
  const lines: string[] = []
  for (let i = 1; i <= STEPS; i++) {
    lines.push(`#${i} [stage-${i % 7} ${i}/${STEPS + 1}] RUN echo ${i}`)
    if (i === killed) lines.push(`#${i} 0.4 Killed`)
    if (i !== running) lines.push(i % 3 === 0 ? `#${i} CACHED` : `#${i} DONE ${(i % 50) / 10}s`)
  }
  const last = STEPS + 1
  lines.push(
    `#${last} [stage-0 ${last}/${last}] RUN make`,
    `#${last} 0.1 Killed`,
    `#${last} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137`
  )
  return { text: lines.join('\n') + '\n', killed, running }
}

function analyzeInChunks(text: string, size: number, leaps = true): BuildLogAnalysis {
  const analyzer = new BuildLogAnalyzer({ leaps })
  for (let i = 0; i < text.length; i += size) analyzer.push(text.slice(i, i + size))
  return analyzer.end()
}

describe('a log of 30 000 one-line steps (1.4 MB, most of it read as bytes)', () => {
  const { text, killed, running } = manySteps()
  // Read in each test that looks at it, not once here: see real-world.test.ts' readAll().
  const read = () => analyzeBuildLog(text)

  test('keeps the first steps, the killed, running and failed ones and the last ones; counts the rest', () => {
    const first = Array.from({ length: KEEP_ALL }, (_, i) => `#${i + 1}`)
    const recent = Array.from({ length: RECENT_STEPS }, (_, i) => `#${STEPS - RECENT_STEPS + 1 + i}`)
    const log = read()
    const ids = log.steps.map((s) => s.id)
    expect(ids).toEqual([...first, `#${killed}`, `#${running}`, ...recent, `#${STEPS + 1}`])
    expect(log.steps.length + log.omittedSteps).toBe(STEPS + 1)
    expect(statusLine(log)).toBe(`Build log (plain): ${STEPS + 1} steps (${ids.length} kept), failed at [stage-0 ${STEPS + 1}/${STEPS + 1}] RUN make`)
  })

  test('what is kept of each step is what its lines say', () => {
    const log = read()
    const step = (id: number) => log.steps.find((s) => s.id === `#${id}`)!
    expect(step(killed)).toMatchObject({
      result: 'done',
      killedLines: 1,
      durationMs: (killed % 50) * 100,
      name: `[stage-${killed % 7} ${killed}/${STEPS + 1}] RUN echo ${killed}`
    })
    expect(step(killed).signals).toEqual([{ kind: 'tool-kill', source: 'shell', text: 'Killed' }])
    expect(step(running)).toMatchObject({ result: 'running', span: { end: null } })
    expect(step(STEPS)).toMatchObject({ result: 'cached', stage: `stage-${STEPS % 7}`, index: STEPS, total: STEPS + 1, instruction: `RUN echo ${STEPS}` })
    expect(step(STEPS - 1)).toMatchObject({ result: 'done', durationMs: ((STEPS - 1) % 50) * 100 })
    expect(log.failedStepId).toBe(`#${STEPS + 1}`)
    // Each step's lines in the order read: a header's line before its end, steps in order.
    const starts = log.steps.map((s) => s.span.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    for (const s of log.steps) if (s.span.end !== null) expect(s.span.end).toBeGreaterThan(s.span.start)
  })

  test('the explanation names the killed steps and the failed one', () => {
    const e = explainBuild({ log: read(), dockerfile: null, outcome: null, kills: [], plan: null })
    expect(e.findings.filter((f) => f.step).map((f) => [f.kind, f.step!.id])).toEqual(
      expect.arrayContaining([
        [expect.any(String), `#${killed}`],
        ['step-oom', `#${STEPS + 1}`]
      ])
    )
  })

  test.each([
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ["GitHub's raw log stamps", (t: string) => t.replace(/^/gm, '2024-01-01T10:00:00.1234567Z ').replace(/2024-01-01T10:00:00.1234567Z $/, '')]
  ])('the same steps from the log with %s (read as bytes too)', (_, change) => {
    // Every line read (leaps.test.ts compares leaps on such logs): the stamped log is longer, so
    // its running step lies before the window, in a stretch a leap counts without keeping it.
    const other = analyzeInChunks(change(text), 100_000, false)
    const log = read()
    const shape = (l: BuildLogAnalysis) => l.steps.map((s) => [s.id, s.name, s.result, s.durationMs, s.killedLines])
    expect(shape(other)).toEqual(shape(log))
    expect(other.omittedSteps).toBe(log.omittedSteps)
    expect(other.failedStepId).toBe(log.failedStepId)
  })

  test.each([7, 4096, 100_000, 1 << 20])('the same whatever the chunk size (%d bytes)', (size) => {
    expect(analyzeInChunks(text, size)).toEqual(read())
  })
})

describe('durations and ends read as bytes are the ones the text gives', () => {
  test.each(['DONE 12.345s', 'DONE 0.1s', 'DONE 7s', 'DONE .5s', 'DONE 3.s', 'DONE', 'CANCELED', 'CACHED'])('%s', (status) => {
    // The step ends in the log's long middle, among the last ones kept: read as bytes.
    const lines: string[] = []
    for (let i = 1; i <= KEEP_ALL + 10; i++) lines.push(`#${i} [${i}/${KEEP_ALL + 20}] RUN echo ${i}`, `#${i} DONE 0.0s`)
    const n = KEEP_ALL + 11
    lines.push(`#${n} [${n}/${KEEP_ALL + 20}] RUN make`, `#${n} ${status}`)
    lines.push(`#${n + 1} [${n + 1}/${KEEP_ALL + 20}] RUN build`)
    for (let i = 0; i < 12_000; i++) lines.push(`#${n + 1} ${i}.0 compiling module ${i} of a long step's output`)
    const text = lines.join('\n') + '\n'
    const step = analyzeBuildLog(text).steps.find((s) => s.id === `#${n}`)
    const seconds = / ([\d.]+)s$/.exec(status)?.[1]
    expect(step).toMatchObject({
      result: status.startsWith('DONE') ? 'done' : status.toLowerCase(),
      durationMs: seconds === undefined ? null : Math.round(Number(seconds) * 1000),
      name: `[${n}/${KEEP_ALL + 20}] RUN make`
    })
    expect(analyzeInChunks(text, 4096)).toEqual(analyzeBuildLog(text))
  })
})
