import { describe, expect, test } from '@jest/globals'
import type { BuildOutcome } from '../../../src/core/build/outcome.js'
import { limitWrites, parseOomKills, restoreValue, restoreWrites } from '../../../src/core/enforce/cgroup-limit.js'
import { buildOutputs, buildResultLines } from '../../../src/core/build/step-outputs.js'
import { MiB } from '../../../src/core/units.js'

const outcome = (o: Partial<BuildOutcome>): BuildOutcome => ({
  enforcement: 'cgroup',
  enforcementReason: 'r',
  limitBytes: 100 * MiB,
  swapLimitBytes: 100 * MiB,
  limitScope: 'build',
  exitCode: 1,
  signal: null,
  cancelled: false,
  startedAt: '2026-11-23T11:00:00.000Z',
  durationMs: 1500,
  logPath: '/tmp/b.log',
  logFormat: 'plain',
  dockerfile: 'Dockerfile.fail',
  context: '.',
  peakBytes: 100 * MiB,
  peakSource: '/sys/fs/cgroup/memory/docker/buildkit/memory.max_usage_in_bytes',
  builderName: null,
  builderOomKilled: null,
  oomKills: null,
  memorySamples: [],
  ...o
})

describe('buildOutputs', () => {
  test.each<[string, Partial<BuildOutcome>, string]>([
    ['the builder container was OOM-killed', { enforcement: 'builder', builderName: 'b', builderOomKilled: true }, 'true'],
    ['a v2 cgroup counted kills', { oomKills: 2, peakSource: '/sys/fs/cgroup/docker/buildkit/memory.peak' }, 'true'],
    ['a v2 cgroup counted none', { oomKills: 0 }, 'false'],
    ['the classic builder exited 137', { enforcement: 'legacy', logFormat: 'legacy', exitCode: 137, peakBytes: null }, 'true'],
    ['the classic builder passed: a pipeline kill cannot be ruled out', { enforcement: 'legacy', logFormat: 'legacy', exitCode: 0 }, 'unknown'],
    ['cgroup v1 counts no kills of children', { oomKills: null }, 'unknown']
  ])('%s → oom-killed %s', (_, o, killed) => {
    expect(buildOutputs(outcome(o))['oom-killed']).toBe(killed)
  })

  test('sizes and the exit code', () => {
    expect(buildOutputs(outcome({}))).toEqual({
      enforcement: 'cgroup',
      'peak-memory': '100m',
      'peak-memory-bytes': String(100 * MiB),
      'oom-killed': 'unknown',
      'exit-code': '1',
      builder: ''
    })
    expect(buildOutputs(outcome({ peakBytes: null, exitCode: null, cancelled: true }))).toMatchObject({
      'peak-memory': '',
      'peak-memory-bytes': '',
      'exit-code': ''
    })
    // a peak a little over 21 MiB reads 22m, so fed back as build-memory it still holds the peak
    expect(buildOutputs(outcome({ peakBytes: 21 * MiB + 4096 }))['peak-memory']).toBe('22m')
  })

  test('one plain line when a kill is seen, none otherwise', () => {
    expect(buildResultLines(outcome({ enforcement: 'legacy', logFormat: 'legacy', exitCode: 137 })).filter((l) => l.startsWith('OOM kill seen'))).toHaveLength(
      1
    )
    expect(buildResultLines(outcome({})).some((l) => l.startsWith('OOM kill seen'))).toBe(false)
    expect(buildResultLines(outcome({ enforcement: 'none', limitBytes: null, limitScope: null, exitCode: 0 }))[0]).toBe(
      'build succeeded in 1.5 s; no memory limit bound it'
    )
  })
})

describe('cgroup limit files', () => {
  test('v1: lowering writes memory first, raising memory+swap first, as the kernel demands', () => {
    // from unlimited down to 100: memory first
    expect(limitWrites(1, 100, 150)).toEqual([
      { file: 'memory.limit_in_bytes', value: '100' },
      { file: 'memory.memsw.limit_in_bytes', value: '150' }
    ])
    // from a 50 limit left by someone else up to 100: memsw first
    expect(limitWrites(1, 100, 150, 50)).toEqual([
      { file: 'memory.memsw.limit_in_bytes', value: '150' },
      { file: 'memory.limit_in_bytes', value: '100' }
    ])
    // back to unlimited: memsw first
    expect(restoreWrites(1, { limit: '-1', swap: '-1' }, 100)).toEqual([
      { file: 'memory.memsw.limit_in_bytes', value: '-1' },
      { file: 'memory.limit_in_bytes', value: '-1' }
    ])
    // back down to an older, lower limit: memory first
    expect(restoreWrites(1, { limit: '50', swap: '50' }, 100)).toEqual([
      { file: 'memory.limit_in_bytes', value: '50' },
      { file: 'memory.memsw.limit_in_bytes', value: '50' }
    ])
  })

  test('v2: swap.max counts swap alone', () => {
    expect(limitWrites(2, 100, 150)).toEqual([
      { file: 'memory.max', value: '100' },
      { file: 'memory.swap.max', value: '50' }
    ])
    expect(restoreWrites(2, { limit: 'max', swap: null }, 100)).toEqual([{ file: 'memory.max', value: 'max' }])
  })

  test.each([
    [1, '9223372036854771712\n', '-1'],
    [1, '104857600\n', '104857600'],
    [2, 'max\n', 'max']
  ] as const)('v%d restores %j as %s', (v, text, value) => {
    expect(restoreValue(v, text)).toBe(value)
  })

  test('oom_kill of memory.oom_control and memory.events', () => {
    expect(parseOomKills('oom_kill_disable 0\nunder_oom 0\noom_kill 3\n')).toBe(3)
    expect(parseOomKills('low 0\nhigh 0\nmax 12\noom 2\noom_kill 2\noom_group_kill 0\n')).toBe(2)
    expect(parseOomKills('')).toBeNull()
  })
})
