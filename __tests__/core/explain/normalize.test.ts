import { describe, expect, test } from '@jest/globals'
import { analyzeBuildLog } from '../../../src/core/explain/build-log.js'
import { normalizeLine, quoted } from '../../../src/core/explain/log/normalize.js'

// What each CI adds before a builder's line, removed so that every grammar reads the builder's
// own words. Each prefix below is one that a log of the real-world corpus carries (its fixture
// named), or the form the code's comment names.
const LINE = '#12 [build 2/4] RUN make'

describe('normalizeLine: the prefixes a CI adds', () => {
  test.each([
    ['GitHub raw log stamp', `2024-01-01T10:00:00.1234567Z ${LINE}`],
    ['ISO stamp with an offset', `2024-01-01T10:00:00+02:00 ${LINE}`],
    ['ISO stamp with a compact offset and a comma', `2024-01-01 10:00:00,123+0200 ${LINE}`],
    ['ISO stamp in brackets', `[2024-01-01T10:00:00Z] ${LINE}`],
    ["Jenkins' timestamper", `10:10:05  ${LINE}`],
    ['a short clock in brackets', `[10:20] ${LINE}`],
    ['a clock with milliseconds', `18:00:59.123 ${LINE}`],
    // 153 (JetBrains/teamcity-docker-agent#51): TeamCity's clock and its own build step.
    ['TeamCity', `[17:57:11][Step 3/4] ${LINE}`],
    ['TeamCity, a message level', `[17:57:11]E: [Step 3/4] ${LINE}`],
    // 142 (Zeabur): `13:24:43#9 [builder 4/6] COPY ./VERSION .`.
    ["a clock glued to BuildKit's line", `13:24:43${LINE}`],
    ["Go's log package", `2014/07/25 18:00:59 ${LINE}`],
    ["Go's log package with microseconds", `2014/07/25 18:00:59.123456 ${LINE}`],
    ["GitLab's section marker", `section_start:1700000000:build_script${LINE}`],
    ["GitLab's section marker with options", `section_start:1700000000:build.script[collapsed=true]${LINE}`],
    // (GitHub's raw logs stamp it; a line starting with `#` is taken as BuildKit's, unchanged.)
    ["GitHub's and Azure's workflow command", `2024-01-01T10:00:00Z ##[error]${LINE}`],
    ["a workflow command's group", `2024-01-01T10:00:00Z ##[group]${LINE}`],
    ["Cloud Build's step", `Step #3: ${LINE}`],
    ["Cloud Build's named step", `Step #3 - "build": ${LINE}`],
    ["a tool's tag", `[Pipeline] ${LINE}`],
    ["a tool's tag with a space and a colon", `[node 1: build] ${LINE}`],
    ["compose v1's service prefix", `web_1  | ${LINE}`],
    ["compose v2's service prefix", `web-1  | ${LINE}`],
    ["logrus' level (docker 1.x clients)", `INFO[0014] ${LINE}`],
    ["git's remote: (a push-to-deploy platform's builder)", `remote: ${LINE}`],
    ['a Markdown quote', `> ${LINE}`],
    ['a nested Markdown quote', `> > ${LINE}`],
    ['a stamp, then a tag, then a service (one pass each)', `2024-01-01T10:00:00Z [Build] web_1  | ${LINE}`]
  ])('%s', (_what, raw) => {
    expect(normalizeLine(raw)).toBe(LINE)
  })

  test('a builder line that looks like a prefix is kept: BuildKit stage brackets, [+], the error box title', () => {
    expect(normalizeLine('[+] Building 12.3s (5/9)')).toBe('[+] Building 12.3s (5/9)')
    expect(normalizeLine('[build 2/4] RUN make')).toBe('[build 2/4] RUN make')
    expect(normalizeLine('> [build 2/4] RUN make:')).toBe('> [build 2/4] RUN make:')
    expect(normalizeLine('>>> RUN make')).toBe('>>> RUN make')
    expect(normalizeLine('Step 2/5 : RUN make')).toBe('Step 2/5 : RUN make')
    // Not a tag: longer than a tag is, or starting with a digit.
    expect(normalizeLine(`[${'a'.repeat(45)}] x`)).toBe(`[${'a'.repeat(45)}] x`)
    expect(normalizeLine('[1abc] x')).toBe('[1abc] x')
    // Not a stamp: only in the middle of a line.
    expect(normalizeLine(`x 2024-01-01T10:00:00Z ${LINE}`)).toBe(`x 2024-01-01T10:00:00Z ${LINE}`)
    expect(normalizeLine('10:10 x')).toBe('x')
    expect(normalizeLine('10:10x')).toBe('10:10x')
    // A clock glued to anything but BuildKit's `#` (Zeabur's `13:24:42exit status 1`) stays.
    expect(normalizeLine('13:24:42exit status 1')).toBe('13:24:42exit status 1')
    expect(normalizeLine('13:24#9 x')).toBe('13:24#9 x')
    // TeamCity's step is its own, not Docker's: taken off with its clock, never alone.
    expect(normalizeLine('[17:57:11][Step 3/4] Step 10/11 : COPY run-docker.sh /services/')).toBe('Step 10/11 : COPY run-docker.sh /services/')
    expect(normalizeLine('[Step 3/4] x')).toBe('[Step 3/4] x')
  })

  test("a log whose every line has Zeabur's clock glued on is read as BuildKit's: the failed step named", () => {
    // 142 (songquanpeng/wechat-server#6), as found: a blank line between lines.
    const log = [
      '13:24:42#8 [builder 3/6] COPY ./web .',
      '',
      '13:24:42#8 CACHED',
      '',
      '13:24:43#9 [builder 4/6] COPY ./VERSION .',
      '',
      '13:24:43#9 ERROR: failed to calculate checksum of ref 1055f064::n792sb85: "/VERSION": not found',
      ''
    ].join('\n')
    const a = analyzeBuildLog(log)
    expect(a.docker).toBe(true)
    expect(a.steps.find((s) => s.id === a.failedStepId)).toMatchObject({ name: '[builder 4/6] COPY ./VERSION .', result: 'error' })
    // In a long log's middle too, where step lines are found as bytes: the header 1 MiB before the end.
    const output = '13:24:44#9 1.0 compiling a module of the project\n'.repeat(Math.ceil((1024 * 1024) / 50))
    const long = `13:24:43#9 [builder 4/6] RUN make\n${output}13:25:43#9 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2\n`
    const b = analyzeBuildLog(long)
    expect(b.steps.find((s) => s.id === b.failedStepId)).toMatchObject({ name: '[builder 4/6] RUN make', exitCode: 2 })
  })

  test('at most four passes over the prefixes: a fifth nested layer stays', () => {
    const five = `[A] [B] [C] [D] [E] [F] [G] [H] [I] [J] [K] [L] [M] [N] [O] [P] [Q] [R] [S] [T] ${LINE}`
    // One pass removes each kind once, in order; a tag repeated is removed once a pass.
    expect(normalizeLine(five)).toBe(`[E] [F] [G] [H] [I] [J] [K] [L] [M] [N] [O] [P] [Q] [R] [S] [T] ${LINE}`)
  })
})

// GitHub's runner prints a workflow command as `##[error]…`, `##[warning]…`, `##[group]…`: stamped in
// the raw log (`2024-01-01T10:00:00.1234567Z ##[error]…`), without a stamp where a paste or a tool
// dropped it (the corpus' 088-autoware-gha-debug-node-action-137.log: `##[debug]Node Action run
// completed with exit code 137`, autowarefoundation/autoware#5352). docker/build-push-action ends
// a failed build with core.setFailed(`buildx failed with: <buildx's last line>`), which the runner
// prints as `##[error]buildx failed with: ERROR: failed to solve: …` (a paste without the
// `##[error]`: sig-net/mpc#197). A line that starts with two `#` is no BuildKit line.
describe("normalizeLine: GitHub's and Azure's workflow commands without a stamp", () => {
  test.each([
    ['an error', `##[error]${LINE}`],
    ['a warning', `##[warning]${LINE}`],
    ['a group', `##[group]${LINE}`],
    ['a debug line', `##[debug]${LINE}`],
    ['in a Markdown quote', `> ##[error]${LINE}`]
  ])('%s', (_what, raw) => {
    expect(normalizeLine(raw)).toBe(LINE)
  })

  test("BuildKit's own lines and two hashes that are no workflow command are kept", () => {
    expect(normalizeLine('#0 12.3 Killed')).toBe('#0 12.3 Killed')
    expect(normalizeLine('## Notes')).toBe('## Notes')
    expect(normalizeLine('##[error]')).toBe('')
  })

  test('the step and the final error a build-push-action job prints after ##[error] are read: the step failed with exit code 137', () => {
    const log = analyzeBuildLog(
      [
        '##[group]Run docker/build-push-action@v6',
        '#12 [build 4/6] RUN make',
        '#12 3.104 cc -c main.c',
        '##[error]#12 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137',
        '##[error]ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 137',
        ''
      ].join('\n')
    )
    expect(log.failedStepId).toBe('#12')
    expect(log.steps.map((s) => [s.id, s.result, s.exitCode])).toEqual([['#12', 'error', 137]])
    expect(log.finalError).toBe('ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 137')
  })

  test("build-push-action's own last line alone (`##[error]buildx failed with: …`) is the build's final error, with the step's command and exit code", () => {
    const log = analyzeBuildLog(
      '##[error]buildx failed with: ERROR: failed to solve: process "/bin/sh -c make -j8" did not complete successfully: exit code: 137\n'
    )
    expect(log.docker).toBe(true)
    expect(log.exitCode).toBe(137)
    expect(log.finalError).toBe('buildx failed with: ERROR: failed to solve: process "/bin/sh -c make -j8" did not complete successfully: exit code: 137')
    expect(log.steps.map((s) => s.instruction)).toEqual(['RUN make -j8'])
  })
})

describe('normalizeLine: colour and whitespace', () => {
  test.each([
    ['an SGR colour', `\x1b[36m${LINE}\x1b[0m`],
    ['a colour with several parameters', `\x1b[1;31;40m${LINE}\x1b[0m`],
    ['a cursor query, ? included', `\x1b[?25l${LINE}`],
    ['an OSC title, ended by BEL', `\x1b]0;build\x07${LINE}`],
    ['an ESC a paste turned into U+FFFD', `\uFFFD[32m${LINE}\uFFFD[0m`],
    ['an ESC shown as the symbol for escape', `\u241B[32m${LINE}`],
    ['an ESC a paste lost altogether', `[32m${LINE}[0m`],
    ['leading and trailing whitespace, a CR', `   ${LINE}  \r`],
    ['a colour before a CI stamp', `\x1b[90m2024-01-01T10:00:00Z\x1b[0m ${LINE}`]
  ])('%s', (_what, raw) => {
    expect(normalizeLine(raw)).toBe(LINE)
  })

  test('text in brackets that is no colour is kept', () => {
    expect(normalizeLine('#5 [internal] load metadata')).toBe('#5 [internal] load metadata')
    expect(normalizeLine('#5 0.1 [1234567890123m] x')).toBe('#5 0.1 [1234567890123m] x')
  })
})

describe('normalizeLine: the engine JSON stream as a Python REPL prints it', () => {
  test('the JSON object is taken out of its quotes, with its backslashes halved', () => {
    expect(normalizeLine(`['{"stream":"Step 1/4 : FROM alpine\\\\n"}\\r\\n',`)).toBe('{"stream":"Step 1/4 : FROM alpine\\n"}')
    expect(normalizeLine(`'{"stream":"x"}'`)).toBe('{"stream":"x"}')
    expect(normalizeLine(`['{"stream":"x"}\\n']`)).toBe('{"stream":"x"}')
    // Not an object: kept as it is.
    expect(normalizeLine(`['not json',`)).toBe(`['not json',`)
  })
})

describe("normalizeLine: the engine's JSON stream with its head lost", () => {
  test("163 (deis/builder#129): after git's remote:, the string the stream held, its escapes read", () => {
    expect(normalizeLine('remote: ":"Successfully built b4ad38953d82\\n"}')).toBe('Successfully built b4ad38953d82')
    expect(normalizeLine('remote: ":" ---\\u003e Running in 7a4306a49802\\n"}')).toBe('---> Running in 7a4306a49802')
    // Not a JSON string: the line as it was.
    expect(normalizeLine('":"bad \\x escape"}')).toBe('":"bad \\x escape"}')
  })
})

describe('quoted: words about a log inside backticks, not a log line', () => {
  test('an odd number of backticks before and one after is quoted', () => {
    const line = 'the log said `exit code: 137` here'
    expect(quoted(line, line.indexOf('exit'))).toBe(true)
  })
  test('not quoted: no backtick, or an even number of them and an even count before', () => {
    expect(quoted('exit code: 137', 0)).toBe(false)
    const closed = '`a` then exit code: 137'
    expect(quoted(closed, closed.indexOf('exit'))).toBe(false)
    const two = '`a` `exit code: 137`'
    expect(quoted(two, two.indexOf('exit'))).toBe(true)
  })
  test('a span a line break split: any text of a line with an odd number of backticks', () => {
    // README.md, wrapped: the span opened on the line before.
    const closes = "  '/bin/sh -c …' returned a non-zero code: 137` from the legacy builder): 137 is 128 + 9, a"
    expect(quoted(closes, closes.indexOf('non-zero'))).toBe(true)
    // docs/explain.md: a span closes, another opens and closes, the text in the second.
    const reopens = `"SIGKILL"\`, node's \`signal: 'SIGKILL'\`, react-scripts' "ran out of memory or someone called`
    expect(quoted(reopens, reopens.indexOf('signal:'))).toBe(true)
    // A span that goes on to the next line.
    const opens = 'or `executor failed running […]: exit code: 137'
    expect(quoted(opens, opens.indexOf('exit'))).toBe(true)
    expect(quoted('exit code: 137 `', 0)).toBe(true)
    // Even: only inside a pair.
    expect(quoted('exit code: 137 `a` b', 0)).toBe(false)
    expect(quoted('`a` `b` exit code: 137', 12)).toBe(false)
  })
})
