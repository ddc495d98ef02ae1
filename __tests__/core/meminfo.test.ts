import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseMeminfo } from '../../src/core/meminfo.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/meminfo', name), 'utf8')

describe('parseMeminfo', () => {
  test.each([
    ['debian12-24g.txt', { totalBytes: 24684084 * 1024, swapTotalBytes: 0, swapFreeBytes: 0 }],
    ['linux-3.10-no-memavailable.txt', { totalBytes: 2048000 * 1024, availableBytes: (512000 + 64000 + 256000) * 1024 }]
  ])('%s', (name, expected) => {
    const facts = parseMeminfo(fixture(name))
    expect(facts).toMatchObject(expected)
    expect(facts!.availableBytes).toBeLessThanOrEqual(facts!.totalBytes)
    expect(facts!.availableBytes).toBeGreaterThan(0)
  })

  test('anything else is not meminfo', () => {
    expect(parseMeminfo('')).toBeNull()
    expect(parseMeminfo('hello: world')).toBeNull()
  })
})
