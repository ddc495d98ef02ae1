import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { InputError } from '../../src/core/errors.js'
import { bareNumberHint, formatSize, GiB, KiB, MiB, parseSize, parseSizeOrPercent, TiB, toDockerSize, toInputSize, toWholeGiB } from '../../src/core/units.js'

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
    ['1.25g', 1.25 * GiB],
    ['.25g', 0.25 * GiB],
    ['2 GiB', 2 * GiB],
    ['2Gi', 2 * GiB],
    ['1048576', MiB],
    ['100b', 100]
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes)
  })

  // The units are Docker's binary multiples, written out here rather than through the exported
  // constants a wrong table would agree with.
  test.each([
    ['1b', 1],
    ['1k', 1024],
    ['1m', 1048576],
    ['1g', 1073741824],
    ['1t', 1099511627776]
  ])('%s is %d bytes, in numbers', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes)
    expect([KiB, MiB, GiB, TiB]).toEqual([1024, 1048576, 1073741824, 1099511627776])
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

  test('a percentage with two decimals keeps both', () => {
    expect(parseSizeOrPercent('12.25%')).toEqual({ kind: 'percent', percent: 12.25 })
  })

  test.each(['0%', '101%', '-5%', '%', '5%x', 'x5%'])('%s is refused', (text) => {
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

  // Each unit's first value is shown in that unit, and the precision steps down at 10 and 100
  // (the boundaries a mutation of `>=` or of the unit table would move).
  test.each([
    [TiB, '1 TiB'],
    [2.5 * TiB, '2.5 TiB'],
    [GiB, '1 GiB'],
    [GiB - 1, '1024 MiB'],
    [MiB, '1 MiB'],
    [1536, '1.5 KiB'],
    [KiB, '1 KiB'],
    [1023, '1023 B'],
    [123.456 * MiB, '123 MiB'],
    [12.345 * MiB, '12.3 MiB'],
    [1.2345 * MiB, '1.23 MiB']
  ])('formatSize(%d) is %s', (bytes, human) => {
    expect(formatSize(bytes)).toBe(human)
  })

  test('below a MiB, toDockerSize gives bytes (never a negative count), not 0g', () => {
    expect(toDockerSize(1000)).toBe('1000b')
    expect(toDockerSize(0)).toBe('0b')
    expect(toDockerSize(-5)).toBe('0b')
  })
})

describe('bareNumberHint', () => {
  test('a bare number is bytes, and the hint says which size was meant', () => {
    expect(bareNumberHint(' 16 ')).toBe(' (a bare number is bytes; did you mean 16g?)')
    expect(bareNumberHint('007')).toBe(' (a bare number is bytes; did you mean 7g?)')
  })

  test('0 is no size: the hint gives the example and the caller’s note', () => {
    expect(bareNumberHint('0')).toBe(' (0 is no size: give one such as 4g)')
    expect(bareNumberHint('0', '2g', ' for a build')).toBe(' (0 is no size for a build: give one such as 2g)')
  })

  test.each(['16g', 'a16', '16a', '1.5', ''])('%j is not a bare number: no hint', (text) => {
    expect(bareNumberHint(text)).toBe('')
  })
})

describe('what a bad size says', () => {
  test('the default names it a size; the caller’s name replaces it', () => {
    expect(() => parseSize('lots')).toThrow('size "lots" is not a size')
    expect(() => parseSize('lots', 'build-memory')).toThrow('build-memory "lots" is not a size')
    expect(() => parseSizeOrPercent('lots')).toThrow('size "lots" is not a size')
    expect(() => parseSizeOrPercent('150%')).toThrow('size "150%" must be a percentage')
  })

  test('a percentage is read with the spaces around it', () => {
    expect(parseSizeOrPercent(' 50% ')).toEqual({ kind: 'percent', percent: 50 })
  })
})
