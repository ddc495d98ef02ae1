import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBuildxLs } from '../../src/core/build/builders.js'
import {
  builderTarget,
  createRecordCommand,
  decideBind,
  decideRestore,
  isStale,
  parseRecords,
  recordVolumeName,
  type BindingRecord
} from '../../src/core/bind/builder-bindings.js'

const GiB = 1024 ** 3
const captured = (f: string): string => readFileSync(join('__tests__/fixtures/captured', f), 'utf8')
const ID = 'f'.repeat(64)
const unlimited = { memoryBytes: 0, memorySwapBytes: 0 }
const record = (job: string, gib: number, original = unlimited, host = 'runner-1', pid = 100): BindingRecord => ({
  volume: recordVolumeName(ID, job),
  containerId: ID,
  job,
  host,
  pid,
  limits: { memoryBytes: gib * GiB, memorySwapBytes: gib * GiB },
  original
})

describe('builderTarget', () => {
  const builders = parseBuildxLs(captured('buildx-ls.json'))
  test.each<[string | null, object]>([
    ['memtest', { bindable: true, builder: 'memtest', node: 'memtest0', container: 'buildx_buildkit_memtest0', running: true }],
    [null, { bindable: false, builder: 'default', fallback: true }],
    ['default', { bindable: false, builder: 'default', fallback: true }],
    ['nope', { bindable: false, builder: 'nope', fallback: false, reason: 'buildx has no builder named nope' }]
  ])('%j', (name, expected) => {
    expect(builderTarget(builders, name)).toMatchObject(expected)
  })

  test('a kubernetes builder is not bindable this way, and says why', () => {
    const k8s = [{ name: 'k', driver: 'kubernetes', current: true, nodes: [{ name: 'k0', status: 'running', buildkitVersion: null, driverOpts: {} }] }]
    expect(builderTarget(k8s, null)).toEqual({ bindable: false, builder: 'k', fallback: false, reason: expect.stringContaining('kubernetes driver') })
  })

  test('an inactive builder is bound after a bootstrap', () => {
    const b = [
      { name: 'setup', driver: 'docker-container', current: true, nodes: [{ name: 'setup0', status: 'inactive', buildkitVersion: null, driverOpts: {} }] }
    ]
    expect(builderTarget(b, null)).toMatchObject({ bindable: true, running: false, container: 'buildx_buildkit_setup0' })
  })
})

describe('records', () => {
  test('a record goes into volume labels and comes back whole', () => {
    const r = record('42/build/runner-1', 4, { memoryBytes: 8 * GiB, memorySwapBytes: -1 })
    const args = createRecordCommand(r).args
    expect(args[0]).toBe('volume')
    expect(args[args.length - 1]).toBe(r.volume)
    const labels = Object.fromEntries(args.filter((_, i) => args[i - 1] === '--label').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
    expect(
      parseRecords(
        JSON.stringify([
          { Name: r.volume, Labels: labels },
          { Name: 'someone-elses', Labels: { other: 'x' } }
        ])
      )
    ).toEqual([r])
  })

  test('the same job names the same volume in main and post; another job another', () => {
    expect(recordVolumeName(ID, 'a')).toBe(recordVolumeName(ID, 'a'))
    expect(recordVolumeName(ID, 'a')).not.toBe(recordVolumeName(ID, 'b'))
  })

  test('only a record of this host whose process is gone is stale', () => {
    const alive = (pid: number): boolean => pid === 100
    expect(isStale(record('a', 1, unlimited, 'runner-1', 100), 'runner-1', alive)).toBe(false)
    expect(isStale(record('a', 1, unlimited, 'runner-1', 101), 'runner-1', alive)).toBe(true)
    expect(isStale(record('a', 1, unlimited, 'runner-2', 101), 'runner-1', alive)).toBe(false)
  })
})

describe('two jobs on one builder', () => {
  test('job B asking less than job A set is refused, and builds under A’s limit', () => {
    const a = record('A', 4)
    const d = decideBind({ memoryBytes: 4 * GiB, memorySwapBytes: 4 * GiB }, { memoryBytes: 2 * GiB, memorySwapBytes: 2 * GiB }, [a])
    expect(d).toEqual({
      kind: 'keep',
      by: a,
      message: "job A (on runner-1) bound this builder to 4 GiB and is still running; not lowering it to 2 GiB, so this job's builds share that limit"
    })
  })

  test('job B asking more raises it, and keeps A’s view of what the builder had', () => {
    expect(decideBind({ memoryBytes: 4 * GiB, memorySwapBytes: 4 * GiB }, { memoryBytes: 6 * GiB, memorySwapBytes: 6 * GiB }, [record('A', 4)])).toEqual({
      kind: 'bind',
      original: unlimited
    })
  })

  test('alone, the builder’s current limits are what to give back', () => {
    const current = { memoryBytes: 8 * GiB, memorySwapBytes: -1 }
    expect(decideBind(current, { memoryBytes: GiB, memorySwapBytes: GiB }, [])).toEqual({ kind: 'bind', original: current })
  })

  test('A leaving while B builds leaves the limit; the last to leave restores the original', () => {
    const b = record('B', 2)
    expect(decideRestore(ID, unlimited, [b])).toEqual({ kind: 'leave', to: b })
    expect(decideRestore(ID, unlimited, [])).toEqual({ kind: 'restore', to: unlimited })
  })
})
