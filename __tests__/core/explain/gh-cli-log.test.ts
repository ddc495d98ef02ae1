/**
 * Logs pasted from the GitHub CLI (issue 16). `gh run view <id> --log` and `--log-failed` print
 * each line of a job's log after the job's and the step's names, tab-separated:
 * `<job>\t<step>\t<the raw log's line>`, and the raw log's line starts with GitHub's ISO stamp
 * (the first line of a step's file may carry a BOM before it).
 *
 * Provenance: cli/cli pkg/cmd/run/view (view.go, `displayLogSegments`: `prefix :=
 * fmt.Sprintf("%s\t%s\t", segment.job.Name, stepName)`, `stepName` "UNKNOWN STEP" when only
 * the job's whole log is at hand; `copyLogWithLinePrefix` writes prefix + line for each line).
 * A real paste of that shape, with BuildKit's plain output in it: wesen/wesen-os's capture of
 * `gh run view 23718834950 --log` (and of `--log-failed`, "## Failed Logs"), e.g.
 * `publish\tBuild and optionally push image\t2026-03-29T20:56:20.1861428Z #13 [runtime 1/4] FROM …`.
 * Job names hold spaces and brackets (`build-frontend (user-ui)`, seen in a quoted
 * `--log-failed` line); neither column holds a tab.
 */
import { beforeEach, describe, expect, test } from '@jest/globals'
import { analyzeBuildLog, BuildLogAnalyzer, KEEP_ALL, type BuildLogAnalysis } from '../../../src/core/explain/build-log.js'
import { explainBuild } from '../../../src/core/explain/explain.js'
import { normalizeLine } from '../../../src/core/explain/log/normalize.js'
import { statusLine } from '../../../src/core/explain/text.js'

const STAMP = '2024-05-01T10:00:00.1234567Z '
const gh = (line: string, job = 'build', step = 'Build and push'): string => `${job}\t${step}\t${STAMP}${line}`

describe("normalizeLine: gh's job and step columns", () => {
  const LINE = '#12 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137'
  test.each([
    ['job, step, stamp', gh(LINE)],
    ['a job name with spaces and brackets', gh(LINE, 'build-frontend (user-ui)', 'Build and push Docker image')],
    ["the whole job's log (no step log)", gh(LINE, 'publish', 'UNKNOWN STEP')],
    ["a step file's first line, its BOM after the columns", `build\tBuild and push\t\uFEFF${STAMP}${LINE}`],
    ['a stamp without fraction', `build\tBuild and push\t2024-05-01T10:00:00Z ${LINE}`],
    ['then a workflow command', gh(`##[error]${LINE}`)]
  ])('%s', (_, raw) => {
    expect(normalizeLine(raw)).toBe(LINE)
  })

  test("an empty line of the step's log is empty", () => {
    expect(normalizeLine(`build\tBuild and push\t${STAMP.trim()}`)).toBe('')
  })

  test.each([
    // Tabs inside a program's own output: not gh's shape, kept as written.
    ['a table: three columns, no stamp', 'name\tsize\tmodified'],
    ['a date that is not GitHub stamp', 'a.txt\t12\t2024-05-01 10:00 changed'],
    ['one column before the stamp', `build\t${STAMP}#12 DONE 0.1s`],
    ['three columns before the stamp', `a\tb\tc\t${STAMP}#12 DONE 0.1s`],
    ['an empty column', `\tBuild\t${STAMP}#12 DONE 0.1s`]
  ])('a look-alike is kept: %s', (_, raw) => {
    expect(normalizeLine(raw)).toBe(raw.trim())
  })

  test("a BuildKit output line with tabs and a stamp in it is BuildKit's, kept", () => {
    const line = `#12 0.5 a\tb\t${STAMP}x`
    expect(normalizeLine(line)).toBe(line)
  })
})

/** A killed build as `gh run view --log-failed` prints it: the build step's lines only. */
const KILLED = [
  `\uFEFF${STAMP}##[group]Run docker/build-push-action@v6`,
  `${STAMP}#0 building with "builder-1" instance using docker-container driver`,
  `${STAMP}#1 [internal] load build definition from Dockerfile`,
  `${STAMP}#1 DONE 0.0s`,
  `${STAMP}#10 [build 2/4] COPY . .`,
  `${STAMP}#10 DONE 0.3s`,
  `${STAMP}#12 [build 3/4] RUN make`,
  `${STAMP}#12 0.512 cc -O2 -c big.c`,
  `${STAMP}#12 63.20 Killed`,
  `${STAMP}#12 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137`,
  `${STAMP}------`,
  `${STAMP} > [build 3/4] RUN make:`,
  `${STAMP}63.20 Killed`,
  `${STAMP}------`,
  `${STAMP}ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 137`,
  `${STAMP}##[error]buildx failed with: ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 137`
].map((line) => `build\tBuild and push\t${line}`)

describe('a gh-style log of a build killed for memory, end to end', () => {
  // Read before each test, not once when the file loads: see real-world.test.ts' readAll().
  let log: BuildLogAnalysis
  beforeEach(() => {
    log = analyzeBuildLog(KILLED.join('\n') + '\n')
  })

  test('read as a BuildKit plain log: its steps, the failed one, its exit code', () => {
    expect(log.format).toBe('plain')
    expect(log.docker).toBe(true)
    expect(log.steps.map((s) => [s.id, s.instruction, s.result])).toEqual([
      ['#10', 'COPY . .', 'done'],
      ['#12', 'RUN make', 'error']
    ])
    expect(log.failedStepId).toBe('#12')
    expect(log.exitCode).toBe(137)
    expect(log.steps[1]).toMatchObject({ exitCode: 137, killedLines: 1 })
    expect(statusLine(log)).toBe('Build log (plain): 2 steps, failed at [build 3/4] RUN make')
  })

  test("the kill is found at the step, with the log's own line as evidence (no column of gh's in it)", () => {
    const e = explainBuild({ log, dockerfile: null, outcome: null, kills: [], plan: null })
    expect(e.findings.map((f) => [f.kind, f.step?.id ?? null])).toEqual([['step-oom', '#12']])
    expect(e.findings[0].evidence).toContain('Killed')
    expect(e.findings[0].evidence.join('\n')).not.toMatch(/\t|Build and push/)
  })
})

// A log long enough that the plain scanner's fast paths engage (its middle read as bytes, long
// stretches of clean steps leapt over): leaps.test.ts' shape, every line in gh's columns.
const STEPS = 40_000
/** A step's name longer than plain-scanner.ts' PREFIX (120 bytes). */
const LONG = `Build and push ${'x'.repeat(150)}`
const KILLED_AT = 15_001
function longLog(prefix: (line: string, i: number) => string, steps = STEPS): string {
  const lines: string[] = []
  for (let i = 1; i <= steps; i++) {
    lines.push(`#${i} [stage-${i % 7} ${i}/${steps + 1}] RUN echo ${i}`)
    if (i === KILLED_AT) lines.push(`#${i} 0.4 Killed`)
    lines.push(i % 5 === 0 ? `#${i} CACHED` : `#${i} DONE ${(i % 50) / 10}s`)
  }
  const n = steps + 1
  lines.push(`#${n} [stage-0 ${n}/${n}] RUN make`, `#${n} 0.1 Killed`, `#${n} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137`)
  return lines.map(prefix).join('\n') + '\n'
}

function analyze(text: string, leaps: boolean, size = 1 << 20): { builds: BuildLogAnalysis[]; leapt: number } {
  const analyzer = new BuildLogAnalyzer({ leaps })
  const bytes = Buffer.from(text)
  for (let i = 0; i < bytes.length; i += size) analyzer.push(bytes.subarray(i, i + size))
  return { builds: analyzer.endBuilds(), leapt: analyzer.stepsLeapt }
}

describe(`a gh-style log of ${STEPS} one-line steps: the same report as the log without gh's columns`, () => {
  const plain = analyze(
    longLog((l) => l),
    false
  )
  test.each([
    ['leapt', true],
    ['every line read', false]
  ])('%s', (_, leaps) => {
    const read = analyze(
      longLog((l) => gh(l, 'build (linux/amd64)', 'Build and push Docker image')),
      leaps
    )
    expect(read.builds).toEqual(plain.builds)
    const last = read.builds[0]
    expect(last.failedStepId).toBe(`#${STEPS + 1}`)
    expect(last.steps.find((s) => s.id === `#${KILLED_AT}`)).toMatchObject({ result: 'done', killedLines: 1, instruction: `RUN echo ${KILLED_AT}` })
    // The fast paths took gh's lines: most steps counted from BuildKit's numbering, not read.
    if (leaps) expect(read.leapt).toBeGreaterThan(STEPS / 2)
  })

  // Each step's file starts with a BOM (GitHub's raw logs do): gh's columns, then the BOM, then
  // the stamp. A CR before each newline: a paste saved on Windows.
  test.each([
    // Names longer than the scanner's PREFIX: only gh's shape, BOM and all, finds the step line.
    ['a BOM after the columns, every 500 lines', (l: string, i: number) => (i % 500 === 0 ? `build\t${LONG}\t\uFEFF${STAMP}${l}` : gh(l, 'build', LONG))],
    ['CRLF line ends', (l: string) => `${gh(l)}\r`]
  ])('%s: the same steps, leapt', (_, prefix) => {
    const text = longLog(prefix)
    const read = analyze(text, true)
    // The same as every line read (line positions too: at the log's end a CR splits a line, line-reader.ts).
    expect(read.builds).toEqual(analyze(text, false).builds)
    const shape = (b: BuildLogAnalysis) => [b.failedStepId, b.omittedSteps, b.steps.map((s) => [s.id, s.name, s.result, s.durationMs, s.killedLines])]
    expect(shape(read.builds[0])).toEqual(shape(plain.builds[0]))
    // Longer lines, fewer steps a leap may pass in a 1 MiB chunk: still most of them.
    expect(read.leapt).toBeGreaterThan(STEPS / 3)
  })

  test("a line of no columns among gh's (a bare `Killed` in the middle): read as itself, and the line after it too", () => {
    const bare = (line: (l: string) => string) => (l: string, i: number) => (i === 30_001 ? `Killed\n${line(l)}` : line(l))
    const read = analyze(longLog(bare((l) => gh(l))), false)
    expect(read.builds).toEqual(analyze(longLog(bare((l) => l)), false).builds)
    expect(read.builds[0].signals.map((s) => s.text)).toEqual(['Killed'])
  })

  // Not gh's shape: normalize.ts keeps the line as it is (no step in it), and so do the scanner's fast paths.
  test.each([
    ['one column before the stamp', `build\t${STAMP}`],
    ['an empty job column', `\tBuild and push\t${STAMP}`],
    ['an empty step column', `build\t\t${STAMP}`],
    ['three columns before the stamp', `build\tBuild\tpush\t${STAMP}`],
    ['no stamp after the columns', 'build\tBuild and push\t']
  ])('a look-alike on every line (%s): no step read, leapt or not', (_, before) => {
    const text = longLog((l) => `${before}${l}`, 10_000)
    const leapt = analyze(text, true)
    expect(leapt.builds).toEqual(analyze(text, false).builds)
    expect(leapt.builds[0].steps).toEqual([])
    expect(leapt.leapt).toBe(0)
    // After KEEP_ALL real steps in gh's columns (the lines past them are read as bytes): the look-alikes are no steps there either.
    const mixed = longLog((l, i) => (i < 2 * KEEP_ALL + 10 ? gh(l) : `${before}${l}`), 10_000)
    const build = analyze(mixed, true).builds[0]
    expect(build).toEqual(analyze(mixed, false).builds[0])
    expect(build.steps.length + build.omittedSteps).toBe(KEEP_ALL + 5)
  })

  test('columns longer than a CI prefix usually is (a long job and step name): the same report', () => {
    expect(
      analyze(
        longLog((l) => gh(l, `build ${LONG}`, LONG)),
        true
      ).builds
    ).toEqual(plain.builds)
  })
})
