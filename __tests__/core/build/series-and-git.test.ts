/**
 * The builder's memory series and the Git context at their edges: a build's stretch includes
 * the samples at its start and end, a series line may carry a CR or blanks, names keep the
 * characters a file name may hold; the Git context's default server, trailing slashes, and
 * {{defaultContext}} with blanks or twice.
 */
import { describe, expect, test } from '@jest/globals'
import { parseSeries, samplesDuring, seriesFileName, seriesLine } from '../../../src/core/build/memory-series.js'
import { gitContext, withDefaultContext, type GitRun } from '../../../src/core/build/git-context.js'

describe('memory series', () => {
  const points = [1000, 2000, 3000].map((atMs) => ({ atMs, bytes: atMs / 1000 }))

  test('a stretch includes the samples at its start and at its end; a stretch of one instant is allowed; one without an end is not', () => {
    expect(samplesDuring(points, 1000, 3000)).toEqual([
      { tMs: 0, bytes: 1 },
      { tMs: 1000, bytes: 2 },
      { tMs: 2000, bytes: 3 }
    ])
    expect(samplesDuring(points, 2000, 2000)).toEqual([{ tMs: 0, bytes: 2 }])
    expect(samplesDuring(points, 2001, 2999)).toEqual([])
    expect(samplesDuring(points, 1000, Number.POSITIVE_INFINITY)).toEqual([])
  })

  test('lines with a CR or blanks around them are read; numbers with signs or fractions are not', () => {
    expect(parseSeries(' 5 6 \r\n7 8\r\n-1 2\n1.5 2\n9  10\n')).toEqual([
      { atMs: 5, bytes: 6 },
      { atMs: 7, bytes: 8 }
    ])
    expect(seriesLine(1.5, 2.49)).toBe('2 2\n')
  })

  test('a container name keeps letters, digits, _ . and -', () => {
    expect(seriesFileName('a_B.9-z')).toBe('memory-a_B.9-z.tsv')
    expect(seriesFileName('a/b:c')).toBe('memory-a_b_c.tsv')
  })
})

describe('the Git context', () => {
  const RUN: GitRun = { serverUrl: 'https://github.com', repository: 'o/app', ref: 'refs/heads/main', sha: 'a1b2c3', pullRequestHead: false }

  test('no server URL is github.com; every trailing slash is dropped', () => {
    expect(gitContext({ ...RUN, serverUrl: '' })).toBe('https://github.com/o/app.git#a1b2c3')
    expect(gitContext({ ...RUN, serverUrl: 'https://ghes.example///' })).toBe('https://ghes.example/o/app.git#a1b2c3')
  })

  test('{{defaultContext}} with blanks inside, and twice', () => {
    expect(withDefaultContext('{{ defaultContext }}:a,x={{defaultContext}}:b', 'G')).toBe('G:a,x=G:b')
    expect(withDefaultContext('{{ other }}', 'G')).toBe('{{ other }}')
  })
})
