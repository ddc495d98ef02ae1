import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { InputError } from '../../src/core/errors.js'
import { formatSize, GiB, KiB, MiB, parseSize, parseSizeOrPercent, toDockerSize, toInputSize, toWholeGiB } from '../../src/core/units.js'

describe('parseSize', () => {
  test.each([
    ['512m', 512 * MiB],
    ['20g', 20 * GiB],
    ['1.5g', 1.5 * GiB],
    ['2GiB', 2 * GiB],
    ['8GB', 8 * GiB],
    ['64k', 64 * KiB],
    ['1t', 1024 * GiB],
    [' 3G ', 3 * GiB],
    ['.5g', 0.5 * GiB],
    ['1048576', MiB],
    ['100b', 100]
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes)
  })

  test.each(['', 'g', '-1g', '1.2.3g', '10x', 'ten gigs', '1e3g', '5 g b', '99999999999t'])('%j is refused with one line', (text) => {
    expect(() => parseSize(text, 'build-memory')).toThrow(InputError)
    try {
      parseSize(text, 'build-memory')
    } catch (e) {
      expect((e as Error).message).toMatch(/^build-memory "/)
      expect((e as Error).message).not.toContain('\n')
    }
  })

  test('every size it prints for Docker reads back to the same MiB', () => {
    fc.assert(
      fc.property(fc.integer({ min: MiB, max: 4096 * GiB }), (bytes) => {
        const back = parseSize(toDockerSize(bytes))
        expect(back).toBeLessThanOrEqual(bytes)
        expect(bytes - back).toBeLessThan(MiB)
      })
    )
  })

  test('a number with any unit parses to that number times the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.constantFrom(['k', KiB], ['m', MiB], ['g', GiB]), (n, [unit, size]) => {
        expect(parseSize(`${n}${unit}`)).toBe(n * size)
        expect(parseSize(`${n}${unit.toUpperCase()}iB`)).toBe(n * size)
      })
    )
  })

  test('text without a digit never parses, and nothing throws anything but an InputError', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          const bytes = parseSize(s)
          expect(/\d/.test(s)).toBe(true)
          expect(Number.isSafeInteger(bytes)).toBe(true)
          expect(bytes).toBeGreaterThanOrEqual(0)
        } catch (e) {
          expect(e).toBeInstanceOf(InputError)
        }
      })
    )
  })
})

describe('parseSizeOrPercent', () => {
  test.each([
    ['75%', { kind: 'percent', percent: 75 }],
    ['100%', { kind: 'percent', percent: 100 }],
    ['12.5 %', { kind: 'percent', percent: 12.5 }],
    ['4g', { kind: 'bytes', bytes: 4 * GiB }]
  ])('%s', (text, expected) => {
    expect(parseSizeOrPercent(text)).toEqual(expected)
  })

  test.each(['0%', '101%', '-5%', '%'])('%s is refused', (text) => {
    expect(() => parseSizeOrPercent(text, 'build-memory')).toThrow(InputError)
  })
})

describe('formatting', () => {
  test.each([
    [8 * GiB, '8 GiB', '8g'],
    [1.5 * GiB, '1.5 GiB', '1536m'],
    [512 * MiB, '512 MiB', '512m'],
    [25276502016, '23.5 GiB', '24105m']
  ])('%d bytes', (bytes, human, docker) => {
    expect(formatSize(bytes)).toBe(human)
    expect(toDockerSize(bytes)).toBe(docker)
  })

  test.each([
    [9 * GiB, '9 GiB', '9g'],
    [20.5 * GiB, '20.5 GiB', '20.5g'],
    [4.75 * GiB, '4.75 GiB', '4.75g'],
    [256 * MiB, '256 MiB', '256m'],
    [1000 * MiB, '1000 MiB', '1000m'],
    [25276502016, '23.5 GiB', '24105m']
  ])('an input size reads as the text does: %d bytes is %s, typed %s', (bytes, human, input) => {
    expect(formatSize(bytes)).toBe(human)
    expect(toInputSize(bytes)).toBe(input)
    // What is typed is what the text says, to the MiB, and never more than the bytes.
    expect(parseSize(input)).toBe(Math.floor(bytes / MiB) * MiB)
  })

  test('whole GiB rounds up so a setting is never below the need', () => {
    expect(toWholeGiB(8 * GiB)).toBe(8)
    expect(toWholeGiB(8 * GiB + 1)).toBe(9)
  })
})
