import { describe, expect, test } from '@jest/globals'
import { parseSeries, samplesDuring, seriesFileName, seriesLine } from '../../../src/core/build/memory-series.js'

describe("the bound builder's memory series", () => {
  test('lines written are lines read; a torn last line or a foreign one is skipped', () => {
    const text = seriesLine(1000, 5) + seriesLine(2000.4, 7.6) + 'garbage\n' + '3000 '
    expect(parseSeries(text)).toEqual([
      { atMs: 1000, bytes: 5 },
      { atMs: 2000, bytes: 8 }
    ])
  })

  test("a build's stretch, in milliseconds since it started", () => {
    const points = [0, 1000, 2000, 3000, 4000].map((atMs, i) => ({ atMs: 10_000 + atMs, bytes: i }))
    expect(samplesDuring(points, 11_000, 13_000)).toEqual([
      { tMs: 0, bytes: 1 },
      { tMs: 1000, bytes: 2 },
      { tMs: 2000, bytes: 3 }
    ])
    expect(samplesDuring(points, 13_000, 11_000)).toEqual([])
    expect(samplesDuring(points, Number.NaN, 11_000)).toEqual([])
  })

  test('the file is named after the container, nothing else', () => {
    expect(seriesFileName('bf9792f47fb8')).toBe('memory-bf9792f47fb8.tsv')
    expect(seriesFileName('../x y')).toBe('memory-.._x_y.tsv')
  })
})
