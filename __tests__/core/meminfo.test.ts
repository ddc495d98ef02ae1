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

  test('every field read from its own line; those absent are 0, never guessed', () => {
    expect(parseMeminfo('MemTotal:       1000 kB\nMemAvailable:    600 kB\nSwapTotal:     200 kB\nSwapFree:      50 kB\n')).toEqual({
      totalBytes: 1000 * 1024,
      availableBytes: 600 * 1024,
      swapTotalBytes: 200 * 1024,
      swapFreeBytes: 50 * 1024
    })
    expect(parseMeminfo('MemTotal: 1000 kB\n')).toEqual({ totalBytes: 1000 * 1024, availableBytes: 0, swapTotalBytes: 0, swapFreeBytes: 0 })
    // Before 3.14: free + buffers + cache, each 0 when absent.
    expect(parseMeminfo('MemTotal: 1000 kB\nBuffers: 10 kB\n')?.availableBytes).toBe(10 * 1024)
  })

  test('a line that is not `Name: number [kB]` is not read', () => {
    expect(parseMeminfo('MemTotal: 1000 kB junk\n')).toBeNull()
    expect(parseMeminfo('x MemTotal: 1000 kB\n')).toBeNull()
    expect(parseMeminfo('MemTotal: 1000 MB\n')).toBeNull()
    // Leading blanks and a line without a unit (HugePages_Total) are fine.
    expect(parseMeminfo('  MemTotal:   7 \nHugePages_Total:       0\n')).toMatchObject({ totalBytes: 7 * 1024 })
  })
})
