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

describe('buildResultLines, whole', () => {
  test.each<[string, Partial<BuildOutcome>, string[]]>([
    [
      'a failed build bound per step, a peak, no kill seen',
      {
        enforcement: 'legacy',
        limitScope: 'step',
        logFormat: 'legacy',
        exitCode: 2,
        durationMs: 61_250,
        peakSource: '/sys/fs/cgroup/memory/dm/memory.max_usage_in_bytes'
      },
      [
        'build failed (exit code 2) in 61.3 s; limit 100 MiB enforced by legacy (per RUN step)',
        'peak memory 100 MiB (/sys/fs/cgroup/memory/dm/memory.max_usage_in_bytes)',
        'build log: /tmp/b.log'
      ]
    ],
    [
      'cancelled by a signal, no peak',
      { cancelled: true, signal: 'SIGTERM', exitCode: null, peakBytes: null },
      ['build cancelled (SIGTERM) in 1.5 s; limit 100 MiB enforced by cgroup (whole build)', 'build log: /tmp/b.log']
    ],
    [
      'killed by a signal without an exit code',
      { exitCode: null, signal: 'SIGKILL', peakBytes: null },
      ['build failed (exit code SIGKILL) in 1.5 s; limit 100 MiB enforced by cgroup (whole build)', 'build log: /tmp/b.log']
    ],
    [
      'a v2 cgroup counted kills: named by the cgroup’s directory',
      { oomKills: 3, peakSource: '/sys/fs/cgroup/docker/buildkit/memory.peak', peakBytes: null },
      [
        'build failed (exit code 1) in 1.5 s; limit 100 MiB enforced by cgroup (whole build)',
        'OOM kill seen: /sys/fs/cgroup/docker/buildkit counted 3 OOM kill(s)',
        'build log: /tmp/b.log'
      ]
    ],
    [
      'kills counted without a peak source: the bound cgroup',
      { oomKills: 1, peakSource: null, peakBytes: null },
      [
        'build failed (exit code 1) in 1.5 s; limit 100 MiB enforced by cgroup (whole build)',
        'OOM kill seen: the bound cgroup counted 1 OOM kill(s)',
        'build log: /tmp/b.log'
      ]
    ],
    [
      'the builder’s container OOM-killed',
      { enforcement: 'builder', builderName: 'docker-memory-100m', builderOomKilled: true, oomKills: 0, peakBytes: null },
      [
        'build failed (exit code 1) in 1.5 s; limit 100 MiB enforced by builder (whole build)',
        'OOM kill seen: the BuildKit container of builder docker-memory-100m was OOM-killed',
        'build log: /tmp/b.log'
      ]
    ],
    [
      'the classic builder’s 137',
      { enforcement: 'legacy', logFormat: 'legacy', exitCode: 137, peakBytes: null, limitScope: 'step' },
      [
        'build failed (exit code 137) in 1.5 s; limit 100 MiB enforced by legacy (per RUN step)',
        'OOM kill seen: the classic builder ended with exit code 137 (SIGKILL, the OOM killer)',
        'build log: /tmp/b.log'
      ]
    ]
  ])('%s', (_, o, lines) => {
    expect(buildResultLines(outcome(o))).toEqual(lines)
  })

  test('a 137 of BuildKit is not the classic builder’s evidence; findings from the logs make oom-killed true; the builder named', () => {
    expect(buildOutputs(outcome({ exitCode: 137 }))['oom-killed']).toBe('unknown')
    expect(buildOutputs(outcome({ oomKills: 0 }), 1)['oom-killed']).toBe('true')
    expect(buildOutputs(outcome({ oomKills: 0 }), 0)['oom-killed']).toBe('false')
    expect(buildOutputs(outcome({ builderName: 'b1', builderOomKilled: false, oomKills: 0 }))).toMatchObject({ builder: 'b1', 'oom-killed': 'false' })
    expect(buildOutputs(outcome({ peakBytes: 21 * MiB }))['peak-memory']).toBe('21m')
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
