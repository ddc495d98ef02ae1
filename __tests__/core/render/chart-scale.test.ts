/** Charts in the unit of the sentences around them: GiB from 1 GiB on, MiB below. */
import { describe, expect, test } from '@jest/globals'
import { chartScale } from '../../../src/core/render/chart-scale.js'
import { parallelismChart } from '../../../src/core/render/parallelism.js'
import { GiB, MiB } from '../../../src/core/units.js'
import { runnerPlan } from '../explain/helpers.js'

describe('chartScale', () => {
  test.each<[number, string, number, number, number]>([
    [8 * GiB, 'GiB', 8.4, 1.5 * GiB, 1.5],
    [1 * GiB, 'GiB', 1.1, 300 * MiB, 0.29],
    [200 * MiB, 'MiB', 211, 82 * MiB, 82]
  ])('a chart up to %d bytes: %s, axis to %d', (top, unit, axisTop, bytes, value) => {
    const scale = chartScale(top)
    expect(scale.unit).toBe(unit)
    expect(scale.axisTop).toBe(axisTop)
    expect(scale.value(bytes)).toBe(value)
    expect(scale.axisTop).toBeGreaterThanOrEqual(scale.value(top))
  })
})

test('the max-parallelism chart of an 8 GiB limit is drawn in GiB, as its title says the limit', () => {
  const plan = runnerPlan(16, 4, { 'build-memory': '8g' })
  const chart = parallelismChart(plan).join('\n')
  expect(chart).toContain('against the 8 GiB build limit (GiB)"')
  expect(chart).toContain('  y-axis "GiB" 0 --> ')
  expect(chart).toMatch(/ {2}line \[8(, 8)*\]/)
  expect(chart).not.toMatch(/\b8192\b/)
})
