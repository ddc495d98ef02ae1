/**
 * Steps read as bytes and held unparsed (log/deferred-steps.ts): past a build's first KEEP_ALL
 * steps a clean step's header is kept as offsets into the bytes being read, parsed only if the
 * step is still among the last RECENT_STEPS when something else is parsed or the log ends.
 * Whatever is held must come out as the text it was and with the ends its own lines gave it,
 * however the log interleaves steps and however far the bytes it points into were overwritten.
 */
import { describe, expect, test } from '@jest/globals'
import { KEEP_ALL, RECENT_STEPS, type BuildLogAnalysis } from '../../../src/core/explain/build-log.js'
import { statusLine } from '../../../src/core/explain/text.js'
import { killedStep, readAsFile, stepHeader } from './helpers.js'

const header = stepHeader

/** Steps first..last, a header and a DONE each (step i took i % 50 tenths of a second). */
function clean(first: number, last: number, total: number): string[] {
  const lines: string[] = []
  for (let i = first; i <= last; i++) lines.push(header(i, total), `#${i} DONE ${(i % 50) / 10}s`)
  return lines
}

const failing = killedStep

/** As a file is read: into the reader's ring, 128 KiB at a time (log-file.ts). */
const read = (text: string): BuildLogAnalysis => readAsFile(text, 128 * 1024).end()

const step = (log: BuildLogAnalysis, n: number) => log.steps.find((s) => s.id === `#${n}`)

describe('held steps come out as their own lines said', () => {
  test('steps held across more bytes than the reader keeps (one step printing 6 MiB): the names they had, not what overwrote them', () => {
    // Step LONG prints 6 MiB of output with no marker in it: the scan searches it, parses none of
    // it, and the ring the held headers point into is written over twice before the log's end.
    const LONG = 2000
    const total = LONG + 1
    const output: string[] = []
    for (let i = 0; output.length * 60 < 6 * 1024 * 1024; i++) output.push(`#${LONG} ${(i / 100).toFixed(2)} cc -O2 -c src/file_${i}.c -o obj/file_${i}.o`)
    const text = [...clean(1, LONG - 1, total), header(LONG, total), ...output, `#${LONG} DONE 61.0s`, ...failing(total)].join('\n') + '\n'
    const log = read(text)
    const recent = Array.from({ length: RECENT_STEPS - 1 }, (_, i) => LONG - RECENT_STEPS + 1 + i)
    for (const n of recent)
      expect(step(log, n)).toMatchObject({ name: `[stage-${n % 7} ${n}/${total}] RUN echo ${n}`, result: 'done', durationMs: (n % 50) * 100 })
    expect(step(log, LONG)).toMatchObject({ name: `[stage-${LONG % 7} ${LONG}/${total}] RUN echo ${LONG}`, durationMs: 61_000 })
    expect(log.steps.length + log.omittedSteps).toBe(total)
  })

  test('steps running side by side: each end goes to the step its number names', () => {
    // Past KEEP_ALL steps, pairs of steps start together and end in the other order.
    const LAST = KEEP_ALL + 300
    const total = LAST + 1
    const lines = clean(1, KEEP_ALL, total)
    for (let i = KEEP_ALL + 1; i < LAST; i += 2) {
      lines.push(header(i, total), header(i + 1, total), `#${i} DONE ${(i % 50) / 10}s`, `#${i + 1} CACHED`)
    }
    const log = read([...lines, ...failing(total)].join('\n') + '\n')
    for (let i = LAST - 41; i < LAST; i += 2) {
      expect(step(log, i)).toMatchObject({ result: 'done', durationMs: (i % 50) * 100 })
      expect(step(log, i + 1)).toMatchObject({ result: 'cached', durationMs: null })
    }
    expect(log.steps.length + log.omittedSteps).toBe(total)
  })

  test("a step's header printed again (its output goes on after another step's): one step, counted once", () => {
    const LAST = KEEP_ALL + 200
    const total = LAST + 1
    const lines = clean(1, KEEP_ALL, total)
    for (let i = KEEP_ALL + 1; i <= LAST; i++) lines.push(header(i, total), header(i, total), `#${i} DONE ${(i % 50) / 10}s`)
    const log = read([...lines, ...failing(total)].join('\n') + '\n')
    expect(log.steps.length + log.omittedSteps).toBe(total)
    expect(statusLine(log)).toBe(`Build log (plain): ${total} steps (${log.steps.length} kept), failed at [stage-0 ${total}/${total}] RUN make`)
    expect(step(log, LAST)).toMatchObject({ result: 'done', durationMs: (LAST % 50) * 100 })
  })

  test("a step's header read as text, then printed again as bytes read: the same step, counted once", () => {
    // Past KEEP_ALL, each step's first header has a CI's clock before it (parsed as text, state.ts's
    // addStep), and its header printed again without one is read as bytes: its number is no new step's.
    const LAST = KEEP_ALL + 200
    const total = LAST + 1
    const lines = clean(1, KEEP_ALL, total)
    for (let i = KEEP_ALL + 1; i <= LAST; i++) lines.push(`10:10:05  ${header(i, total)}`, header(i, total), `#${i} DONE ${(i % 50) / 10}s`)
    const log = read([...lines, ...failing(total)].join('\n') + '\n')
    expect(log.steps.length + log.omittedSteps).toBe(total)
    expect(step(log, LAST)).toMatchObject({ name: `[stage-${LAST % 7} ${LAST}/${total}] RUN echo ${LAST}`, result: 'done', durationMs: (LAST % 50) * 100 })
  })

  test('more steps started than are held running (a bake of 200 targets): the clean steps before them are kept too', () => {
    // Past MAX_RUNNING (64) steps running, the oldest is parsed as it is read; the last clean
    // steps before them, held finished, are still parsed at the log's end.
    const CLEAN = KEEP_ALL + 150
    const STARTED = 200
    const total = CLEAN + STARTED + 1
    const lines = clean(1, CLEAN, total)
    for (let i = CLEAN + 1; i <= CLEAN + STARTED; i++) lines.push(header(i, total))
    const log = read([...lines, ...failing(total)].join('\n') + '\n')
    const recent = Array.from({ length: RECENT_STEPS }, (_, i) => `#${CLEAN - RECENT_STEPS + 1 + i}`)
    const started = Array.from({ length: STARTED }, (_, i) => `#${CLEAN + 1 + i}`)
    expect(log.steps.map((s) => s.id)).toEqual([...Array.from({ length: KEEP_ALL }, (_, i) => `#${i + 1}`), ...recent, ...started, `#${total}`])
    expect(step(log, CLEAN)).toMatchObject({ result: 'done', durationMs: (CLEAN % 50) * 100, name: `[stage-${CLEAN % 7} ${CLEAN}/${total}] RUN echo ${CLEAN}` })
    expect(step(log, CLEAN + 1)).toMatchObject({ result: 'running' })
  })

  test("a step started among another's long output: found by its number, its name kept with its kill", () => {
    // Step A prints more lines than the scan walks; the scan then searches for the next step's
    // number (`#B `) and the next marker, and goes on from the nearer one: B's header.
    const A = KEEP_ALL + 500
    const B = A + 1
    const LAST = 20_000
    const total = LAST + 1
    const output = (n: number) => Array.from({ length: 20 }, (_, i) => `#${n} ${(i / 10).toFixed(2)} cc -O2 -c src/${n}_${i}.c`)
    const lines = [
      ...clean(1, A - 1, total),
      `#${A} [stage-1 ${A}/${total}] RUN make -j8`,
      ...output(A),
      `#${B} [stage-2 ${B}/${total}] RUN npm ci`,
      ...output(B),
      `#${B} 31.2 Killed`,
      `#${A} DONE 40.0s`,
      `#${B} DONE 32.0s`,
      ...clean(B + 1, LAST, total),
      ...failing(total)
    ]
    const log = read(lines.join('\n') + '\n')
    expect(step(log, B)).toMatchObject({ name: `[stage-2 ${B}/${total}] RUN npm ci`, result: 'done', killedLines: 1, durationMs: 32_000 })
    expect(log.steps.length + log.omittedSteps).toBe(total)
  })
})
