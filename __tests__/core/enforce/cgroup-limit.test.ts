/**
 * The order of a cgroup's limit writes at its edges: v1 refuses memory+swap below memory at
 * every moment, so only a raise (a limit above the current one, or unlimited) writes memsw first;
 * an equal limit is not a raise. v2's files are independent and always go memory first.
 */
import { describe, expect, test } from '@jest/globals'
import { cgroupFiles, limitWrites, restoreWrites } from '../../../src/core/enforce/cgroup-limit.js'

describe('cgroup limit writes at their edges', () => {
  test('the files of each version', () => {
    expect(cgroupFiles(1)).toEqual({
      limit: 'memory.limit_in_bytes',
      swap: 'memory.memsw.limit_in_bytes',
      peak: 'memory.max_usage_in_bytes',
      usage: 'memory.usage_in_bytes',
      events: 'memory.oom_control'
    })
    expect(cgroupFiles(2)).toEqual({ limit: 'memory.max', swap: 'memory.swap.max', peak: 'memory.peak', usage: 'memory.current', events: 'memory.events' })
  })

  test('v1: a limit equal to the current one is not a raise, one byte more is', () => {
    expect(limitWrites(1, 100, 150, 100).map((w) => w.file)).toEqual(['memory.limit_in_bytes', 'memory.memsw.limit_in_bytes'])
    expect(limitWrites(1, 101, 150, 100).map((w) => w.file)).toEqual(['memory.memsw.limit_in_bytes', 'memory.limit_in_bytes'])
  })

  test('v1 restore: back to the same limit is not a raise, to a higher one or to unlimited (-1 or max) is', () => {
    const order = (limit: string) => restoreWrites(1, { limit, swap: limit }, 100).map((w) => w.file)
    expect(order('100')).toEqual(['memory.limit_in_bytes', 'memory.memsw.limit_in_bytes'])
    expect(order('101')).toEqual(['memory.memsw.limit_in_bytes', 'memory.limit_in_bytes'])
    expect(order('-1')).toEqual(['memory.memsw.limit_in_bytes', 'memory.limit_in_bytes'])
    expect(order('max')).toEqual(['memory.memsw.limit_in_bytes', 'memory.limit_in_bytes'])
    expect(restoreWrites(1, { limit: '-1', swap: '-1' }, 100)).toContainEqual({ file: 'memory.limit_in_bytes', value: '-1' })
  })

  test('v2: memory first whether raising or lowering', () => {
    expect(restoreWrites(2, { limit: 'max', swap: 'max' }, 100)).toEqual([
      { file: 'memory.max', value: 'max' },
      { file: 'memory.swap.max', value: 'max' }
    ])
    expect(limitWrites(2, 200, 300, 100)).toEqual([
      { file: 'memory.max', value: '200' },
      { file: 'memory.swap.max', value: '100' }
    ])
  })
})
