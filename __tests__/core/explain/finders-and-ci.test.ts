/**
 * Which lines of a long log's middle are parsed (markerFinder: every marker of each format, a
 * line taken once however many markers it holds, in the log's order, the last line without its
 * newline), and the CI's word that a job succeeded, taken only for a build nothing failed in.
 */
import { describe, expect, test } from '@jest/globals'
import { MARKERS, markerFinder } from '../../../src/core/explain/log/finders.js'
import { ci } from '../../../src/core/explain/log/grammars/ci.js'
import type { LogContext } from '../../../src/core/explain/log/grammars/grammar.js'
import { BuildState } from '../../../src/core/explain/log/state.js'
import type { LogFormat } from '../../../src/core/explain/log/types.js'

const NL = 0x0a
/** The lines the finder takes from `text`. */
function taken(format: LogFormat, text: string, every = false): string[] {
  const buf = Buffer.from(text)
  const out: string[] = []
  markerFinder(format, NL).scan(buf, (from, to) => out.push(buf.subarray(from, to).toString()), every)
  return out
}

describe('markerFinder', () => {
  test.each<[LogFormat, string[]]>([
    ['plain', ['#5 DONE 0.1s', '#6 CACHED', '#7 ERROR: x', '#8 CANCELED', 'Killed', '  3 | >>> RUN x', 'rpc error: code = Unavailable']],
    [
      'legacy',
      ['Step 2/4 : RUN x', ' ---> Running in abc', 'Killed', 'returned a non-zero code: 137', 'Successfully built abc', 'ERROR: x', 'code = Unavailable']
    ],
    ['rawjson', ['{"vertexes":[]}', '{"logs":[]}', 'ERROR: x', '>>> RUN x', 'Unavailable']]
  ])('%s: each marker’s line, and no other', (format, lines) => {
    const text = ['nothing here', ...lines.flatMap((l) => [l, 'plain output'])].join('\n')
    expect(taken(format, text)).toEqual(lines)
    expect(MARKERS[format]).toHaveLength(lines.length)
    for (const l of lines) expect(markerFinder(format, NL).marks(Buffer.from(l))).toBe(true)
    expect(markerFinder(format, NL).marks(Buffer.from('plain output'))).toBe(false)
  })

  test('a marker at the very start, a line with two markers taken once, a marker twice in a line, the last line without its newline', () => {
    expect(taken('plain', 'DONE\nx\n#1 ERROR Killed\n#2 DONE DONE\ny\n#3 Killed')).toEqual(['DONE', '#1 ERROR Killed', '#2 DONE DONE', '#3 Killed'])
  })

  test('every line when asked, the last without its newline', () => {
    expect(taken('plain', 'a\n\nb', true)).toEqual(['a', '', 'b'])
    expect(taken('plain', 'a\n', true)).toEqual(['a'])
  })
})

describe('the CI grammar', () => {
  const ctx = (): LogContext & { build: BuildState } => {
    const build = new BuildState()
    return { build, format: 'plain', startBuild: () => build, feed: () => undefined }
  }

  test.each(['DONE', 'Job succeeded', 'Finished: SUCCESS', 'status changed to "DONE"'])('%j: the job succeeded', (line) => {
    const c = ctx()
    expect(ci(line, c)).toBe(true)
    expect(c.build.succeeded).toBe(true)
  })

  test.each(['#5 DONE 0.1s', 'Job succeeded.', ' DONE', 'Finished: FAILURE'])('%j is not the CI’s word', (line) => {
    const c = ctx()
    expect(ci(line, c)).toBe(false)
    expect(c.build.succeeded).toBe(false)
  })

  test('after a failed step or a final error the line is the CI’s, but the build did not succeed', () => {
    const failed = ctx()
    failed.build.failedStepId = '#7'
    expect(ci('Job succeeded', failed)).toBe(true)
    expect(failed.build.succeeded).toBe(false)
    const errored = ctx()
    errored.build.finalError = 'ERROR: failed to solve'
    expect(ci('DONE', errored)).toBe(true)
    expect(errored.build.succeeded).toBe(false)
  })
})
