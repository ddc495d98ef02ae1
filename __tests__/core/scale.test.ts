import { describe, expect, test } from '@jest/globals'
import { parseContainers } from '../../src/core/inputs.js'
import { knownPeak, parseHistory } from '../../src/core/history/peaks.js'
import { MiB } from '../../src/core/units.js'

// Speed is measured by bench/containers-parse.mjs; these check the answers at that size.
describe('inputs at scale', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `service-${i}=512m`)

  test('10k container lines are all kept, in order', () => {
    const parsed = parseContainers(lines(10_000).join('\n'))
    expect(parsed).toHaveLength(10_000)
    expect(parsed[9_999]).toEqual({ name: 'service-9999', bytes: 512 * MiB })
  })

  test.each([
    ['service-0=1g', 'containers names "service-0" twice'],
    ['SERVICE_0=1g', 'containers "service-0" and "SERVICE_0" would share the variable DOCKER_MEMORY_CONTAINER_SERVICE_0: rename one']
  ])('a clash on the last of 10k lines with the first (%s) is still found', (last, message) => {
    expect(() => parseContainers([...lines(10_000), last].join('\n'))).toThrow(message)
  })
})

describe('history at scale', () => {
  test('200k peaks under one key: the highest, without overflowing the stack', () => {
    const peaks = Array.from({ length: 200_000 }, (_, i) => ({ bytes: (1 + (i % 1000)) * MiB, at: '2026-01-01T00:00:00Z' }))
    peaks[123_456] = { bytes: 4096 * MiB, at: '2026-01-02T00:00:00Z' }
    const history = parseHistory(JSON.stringify({ version: 1, builds: { web: { peaks } } }))
    expect(knownPeak(history, 'web')).toEqual({ key: 'web', bytes: 4096 * MiB, runs: 200_000 })
  })
})
