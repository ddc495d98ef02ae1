import { describe, expect, test } from '@jest/globals'
import { stopsForInsufficient } from '../../../src/core/plan/on-insufficient.js'

describe('on-insufficient', () => {
  test.each([
    ['insufficient', 'fail', true],
    ['insufficient', 'warn', false],
    ['ok', 'fail', false],
    ['ok', 'warn', false]
  ] as const)('a plan %s with on-insufficient %s stops the job: %s', (status, onInsufficient, stops) => {
    expect(stopsForInsufficient({ status, onInsufficient })).toBe(stops)
  })
})
