import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { InputError } from '../../../src/core/errors.js'
import { parseProfile, PROFILES, profileMemory, type Profile } from '../../../src/core/plan/profiles.js'
import { GiB } from '../../../src/core/units.js'

describe('profiles', () => {
  // Seed 001, "Recommended Memory Settings", exactly.
  test.each([
    [16, 6, 8, 10],
    [32, 12, 20, 24],
    [64, 30, 45, 55],
    [128, 60, 80, 100]
  ])('%i GiB → %i / %i / %i GiB', (total, conservative, balanced, maximum) => {
    expect(profileMemory('conservative', total * GiB)).toBe(conservative * GiB)
    expect(profileMemory('balanced', total * GiB)).toBe(balanced * GiB)
    expect(profileMemory('maximum', total * GiB)).toBe(maximum * GiB)
  })

  test.each([
    // runners between and beyond the table: ubuntu-slim, arm64 Mac, Intel Mac, 256 GiB
    [5, 1.875, 2.5, 3.125],
    [7, 2.625, 3.5, 4.375],
    [14, 5.25, 7, 8.75],
    [48, 21, 32.5, 39.5],
    [256, 120, 160, 200]
  ])('%i GiB → %d / %d / %d GiB', (total, conservative, balanced, maximum) => {
    expect(profileMemory('conservative', total * GiB) / GiB).toBeCloseTo(conservative, 6)
    expect(profileMemory('balanced', total * GiB) / GiB).toBeCloseTo(balanced, 6)
    expect(profileMemory('maximum', total * GiB) / GiB).toBeCloseTo(maximum, 6)
  })

  test('every profile is monotonic, below the machine, and conservative ≤ balanced ≤ maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2048 * GiB }), fc.integer({ min: 0, max: 64 * GiB }), (total, more) => {
        const byProfile = PROFILES.map((p: Profile) => profileMemory(p, total))
        for (const [i, p] of PROFILES.entries()) {
          expect(byProfile[i]).toBeLessThan(total)
          expect(profileMemory(p, total + more)).toBeGreaterThanOrEqual(byProfile[i])
        }
        expect(byProfile[0]).toBeLessThanOrEqual(byProfile[1])
        expect(byProfile[1]).toBeLessThanOrEqual(byProfile[2])
      })
    )
  })

  test('names are checked', () => {
    expect(parseProfile(' Balanced ')).toBe('balanced')
    expect(() => parseProfile('huge')).toThrow(new InputError('profile "huge" is not one of conservative, balanced, maximum'))
  })
})
