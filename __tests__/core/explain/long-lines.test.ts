/**
 * Lines longer than LINE_CAP in a log's long middle (log/line-reader.ts), where lines are read
 * as bytes: a line is kept as its head and its tail, read when they hold a marker, whether the
 * line came in one read or across many (held piece by piece, then cut).
 */
import { describe, expect, test } from '@jest/globals'
import { BuildLogAnalyzer, LINE_CAP, type BuildLogAnalysis } from '../../../src/core/explain/build-log.js'

const total = 12_100
const lines: string[] = []
for (let i = 1; i <= 50; i++) lines.push(`#${i} [stage-1 ${i}/${total}] RUN echo ${i}`, `#${i} DONE 0.1s`)
// A minified bundle printed on one line, the shell's `Killed` at its end.
lines.push(`#51 [stage-1 51/${total}] RUN npm run build`, `#51 0.5 ${'x'.repeat(3 * LINE_CAP)} Killed`, '#51 DONE 1.0s')
// A long line with what looks like trouble only in its middle, then one with it at its head (a
// killed command's long argument list).
lines.push(`#52 [stage-1 52/${total}] RUN node gen.js`, `#52 0.1 ${'y'.repeat(2 * LINE_CAP)} Killed ${'y'.repeat(2 * LINE_CAP)}`, '#52 DONE 0.2s')
lines.push(
  `#53 [stage-1 53/${total}] RUN ./build.sh`,
  `#53 0.1 ./build.sh: line 1:  4242 Killed  node build.js ${Array.from({ length: LINE_CAP / 4 }, (_, i) => `src/m${i}.js`).join(' ')}`,
  '#53 DONE 0.2s'
)
// Enough steps after them that they lie before the part of the log read line by line (the last 512 KiB).
for (let i = 54; i < total; i++) lines.push(`#${i} [stage-2 ${i}/${total}] RUN echo ${i}`, `#${i} DONE 0.1s`)
lines.push(`#${total} [stage-0 ${total}/${total}] RUN make`, `#${total} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2`)
const text = Buffer.from(lines.join('\n') + '\n')

function pushed(size: number): BuildLogAnalysis {
  const analyzer = new BuildLogAnalyzer()
  for (let i = 0; i < text.length; i += size) analyzer.push(text.subarray(i, i + size))
  return analyzer.end()
}

describe('long lines in the middle of a log', () => {
  // Read in each test, not once here: see real-world.test.ts' readAll().
  const whole = () => pushed(text.length)

  test("a kill at a long line's end is read; one only in its middle is not; one at its head is", () => {
    const log = whole()
    const step = (n: number) => log.steps.find((s) => s.id === `#${n}`)!
    expect(step(51)).toMatchObject({ result: 'done', killedLines: 1 })
    expect(step(51).signals.map((s) => [s.kind, s.source])).toEqual([['tool-kill', 'shell']])
    expect(step(52)).toMatchObject({ result: 'done', killedLines: 0, signals: [] })
    expect(step(53)).toMatchObject({ killedLines: 1 })
    expect(log.failedStepId).toBe(`#${total}`)
  })

  test.each([7, 4096, LINE_CAP + 3, 1 << 20])('the same read in chunks of %d bytes (a long line held across them)', (size) => {
    expect(pushed(size)).toEqual(whole())
  })
})

describe('long lines across the reads of a 10 MB log (held piece by piece, then cut)', () => {
  // Forty long lines, each with the shell's `Killed` at its end, among clean steps: some lie
  // across the 4 MiB slices the middle is read in, or across the reader's ring's wrap.
  const LONG = 40
  const every = 2000
  const all = LONG * every + 1
  const lines: string[] = []
  for (let i = 1; i < all; i++) {
    lines.push(`#${i} [stage-1 ${i}/${all}] RUN echo ${i}`)
    if (i % every === 0) lines.push(`#${i} 0.5 ${'x'.repeat(2 * LINE_CAP + i)} Killed`)
    lines.push(`#${i} DONE 0.1s`)
  }
  lines.push(`#${all} [stage-0 ${all}/${all}] RUN make`, `#${all} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2`)
  const big = Buffer.from(lines.join('\n') + '\n')
  const read = (size: number) => {
    const analyzer = new BuildLogAnalyzer()
    for (let i = 0; i < big.length; i += size) analyzer.push(big.subarray(i, i + size))
    return analyzer.end()
  }

  test('every long step read with its kill, whatever the reads', () => {
    const whole = read(big.length)
    const killed = whole.steps.filter((s) => s.killedLines > 0).map((s) => Number(s.id.slice(1)))
    expect(killed).toEqual(Array.from({ length: LONG }, (_, i) => (i + 1) * every))
    for (const size of [4096, 3 << 20]) expect(read(size)).toEqual(whole)
  })
})
