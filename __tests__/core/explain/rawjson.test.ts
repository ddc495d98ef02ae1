import { describe, expect, test } from '@jest/globals'
import { analyzeBuildLog, analyzeBuildLogs } from '../../../src/core/explain/build-log.js'

// `--progress=rawjson` logs made line by line: steps from `vertexes`, their output from `logs`
// (base64), the engine API's `stream`/`error` lines, and malformed events skipped, never fatal.
const ev = (o: unknown) => JSON.stringify(o)
const b64 = (s: string) => Buffer.from(s).toString('base64')
const T = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString()
const at = (s: number) => Date.UTC(2026, 0, 1, 0, 0, s)
const parse = (lines: string[]) => analyzeBuildLog(lines.join('\n') + '\n')
const DEFINITION = { digest: 'sha256:def', name: '[internal] load build definition from Dockerfile', started: T(0), completed: T(1) }
const EXIT_137 = 'process "/bin/sh -c make" did not complete successfully: exit code: 137'

describe('rawjson', () => {
  test('a step killed for memory: its output read from base64, its error, its times', () => {
    const log = parse([
      ev({ vertexes: [DEFINITION] }),
      ev({ vertexes: [{ digest: 'sha256:a', name: '[1/2] FROM alpine', started: T(2), completed: T(3), cached: true }] }),
      ev({ vertexes: [{ digest: 'sha256:b', name: '[2/2] RUN make', started: T(3) }] }),
      // Output of an unknown step and malformed log entries are skipped.
      ev({
        logs: [
          { vertex: 'sha256:b', data: b64('cc1plus: out of memory allocating 65536 bytes\n  Killed  \n') },
          { vertex: 'sha256:zzz', data: b64('Killed\n') },
          { vertex: 5, data: 'x' },
          { vertex: 'sha256:b' },
          null
        ]
      }),
      ev({ vertexes: [{ digest: 'sha256:b', name: '[2/2] RUN make', started: T(3), completed: T(5), error: EXIT_137 }] })
    ])
    expect(log).toMatchObject({ format: 'rawjson', docker: true, failedStepId: 'sha256:b', exitCode: 137, succeeded: false, dockerfileName: 'Dockerfile' })
    expect(log.steps.map((s) => [s.id, s.name, s.result, s.durationMs, s.killedLines, s.exitCode, s.span, s.signals.map((x) => x.kind)])).toEqual([
      ['sha256:a', '[1/2] FROM alpine', 'cached', 1000, 0, null, { start: at(2), end: at(3) }, []],
      ['sha256:b', '[2/2] RUN make', 'error', 2000, 1, 137, { start: at(3), end: at(5) }, ['memory', 'tool-kill', 'exit-137']]
    ])
  })

  test('steps are listed in the order they started, however they were announced', () => {
    const log = parse([
      ev({ vertexes: [DEFINITION] }),
      ev({
        vertexes: [
          { digest: 'q', name: '[2/2] RUN second' },
          { digest: 'p', name: '[1/2] RUN first', started: T(2) }
        ]
      }),
      ev({ vertexes: [{ digest: 'q', name: '[2/2] RUN second', started: T(4) }] }),
      ev({ vertexes: [{ digest: 'p', name: '[1/2] RUN first', started: T(2), completed: T(3) }] }),
      ev({ vertexes: [{ digest: 'q', name: '[2/2] RUN second', started: T(4), completed: T(6) }] })
    ])
    expect(log.steps.map((s) => [s.name, s.result, s.durationMs, s.span.start])).toEqual([
      ['[1/2] RUN first', 'done', 1000, at(2)],
      ['[2/2] RUN second', 'done', 2000, at(4)]
    ])
  })

  test('malformed events and vertexes are skipped; a vertex with nulls is still read', () => {
    const log = parse([
      ev({
        vertexes: [
          { digest: 1, name: 'x' },
          { digest: 'd1', name: 2 },
          { digest: 'd2', started: 3 },
          { digest: 'd3', completed: false },
          { digest: 'd4', cached: 'yes' },
          { digest: 'd5', error: 5 },
          null,
          'x',
          { digest: 'ok', name: '[1/1] RUN ok', started: T(1), completed: T(2), cached: null, error: null }
        ]
      }),
      '{"vertexes": 5, "logs": 7}',
      '{not json',
      '{"vertexes": null}'
    ])
    expect(log.steps.map((s) => [s.id, s.name, s.result, s.durationMs])).toEqual([['ok', '[1/1] RUN ok', 'done', 1000]])
    expect(log.failedStepId).toBeNull()
  })

  test('a vertex with no name is named by its digest; times that do not parse give no duration', () => {
    const log = parse([ev({ vertexes: [DEFINITION] }), ev({ vertexes: [{ digest: 'sha256:n', started: 'soon', completed: 'later' }] })])
    expect(log.steps.map((s) => [s.name, s.durationMs, s.span.end])).toEqual([['sha256:n', 0, null]])
  })

  test('the build succeeded when its export step completed, not before', () => {
    const exporting = (completed?: string) =>
      ev({ vertexes: [{ digest: 'e', name: 'exporting to image', started: T(1), ...(completed ? { completed } : {}) }] })
    expect(parse([exporting()]).succeeded).toBe(false)
    expect(parse([exporting(), exporting(T(2))]).succeeded).toBe(true)
    expect(parse([ev({ vertexes: [{ digest: 'r', name: '[1/1] RUN x', started: T(1), completed: T(2) }] })]).succeeded).toBe(false)
  })

  test("the engine API's stream and error lines are the legacy builder's lines", () => {
    const log = parse([
      ev({ stream: 'Step 1/2 : FROM alpine\n' }),
      ev({ stream: ' ---> abc\n' }),
      ev({ stream: 'Step 2/2 : RUN make\n' }),
      ev({ stream: 'Killed\n' }),
      ev({ error: "The command '/bin/sh -c make' returned a non-zero code: 137" })
    ])
    expect(log).toMatchObject({ format: 'rawjson', exitCode: 137, failedStepId: 'Step 2' })
    expect(log.steps.map((s) => [s.id, s.name, s.result, s.killedLines])).toEqual([
      ['Step 1', 'FROM alpine', 'done', 0],
      ['Step 2', 'RUN make', 'error', 1]
    ])
  })

  test('a second build definition starts the next build; a definition seen again within a build does not', () => {
    const builds = analyzeBuildLogs(
      [
        ev({ vertexes: [DEFINITION] }),
        ev({ vertexes: [{ digest: 'sha256:b', name: '[1/1] RUN one', started: T(3), completed: T(4) }] }),
        ev({ vertexes: [DEFINITION] }),
        ev({ vertexes: [{ ...DEFINITION, digest: 'sha256:def2', started: T(10), completed: T(11) }] }),
        ev({ vertexes: [{ digest: 'sha256:c', name: '[1/1] RUN two', started: T(12), completed: T(13) }] })
      ].join('\n') + '\n'
    )
    expect(builds.map((l) => l.steps.map((s) => s.name))).toEqual([['[1/1] RUN one'], ['[1/1] RUN two']])
  })
})
