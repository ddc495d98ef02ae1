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
const NOW = 1_800_000_000_000
const record = (job: string, gib: number, original = unlimited, host = 'runner-1', pid = 100, expires = NOW + 1000): BindingRecord => ({
  volume: recordVolumeName(ID, job),
  containerId: ID,
  job,
  host,
  pid,
  expires,
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

  test('a record is stale only when its expiry has passed and its process is not alive on this host', () => {
    const alive = (pid: number): boolean => pid === 100
    const past = NOW - 1
    // This host, pid alive: holds, even past its expiry (a job longer than the expiry).
    expect(isStale(record('a', 1, unlimited, 'runner-1', 100, past), NOW, 'runner-1', alive)).toBe(false)
    // This host, pid gone (an npx wrapper, a Jenkins sh step): holds until its expiry.
    expect(isStale(record('a', 1, unlimited, 'runner-1', 101), NOW, 'runner-1', alive)).toBe(false)
    expect(isStale(record('a', 1, unlimited, 'runner-1', 101, past), NOW, 'runner-1', alive)).toBe(true)
    // Another host: its pid says nothing here; the expiry alone.
    expect(isStale(record('a', 1, unlimited, 'runner-2', 100), NOW, 'runner-1', alive)).toBe(false)
    expect(isStale(record('a', 1, unlimited, 'runner-2', 100, past), NOW, 'runner-1', alive)).toBe(true)
  })
})

const gib = (n: number, swap = n): { memoryBytes: number; memorySwapBytes: number } => ({ memoryBytes: n * GiB, memorySwapBytes: swap * GiB })
const opts = { staleOriginal: null, mode: 'lower' as const, engineMemory: 16 * GiB, builder: 'ci' }

describe('two jobs on one builder', () => {
  test('job B asking less than job A set builds under A’s limit: nothing to update, said', () => {
    const d = decideBind(gib(4), gib(2), [record('A', 4)], opts)
    expect(d).toEqual({
      original: unlimited,
      own: gib(2),
      target: gib(4),
      update: false,
      warning: null,
      note: "job A (on runner-1) bound this builder to 4 GiB and is still running; not lowering it to 2 GiB, so this job's builds share that limit"
    })
  })

  test('job B asking more raises it, and keeps A’s view of what the builder had', () => {
    expect(decideBind(gib(4), gib(6), [record('A', 4)], opts)).toMatchObject({ original: unlimited, target: gib(6), update: true, note: null })
  })

  test('a record claiming more than the container has (a bind stopped before its update) is made true', () => {
    expect(decideBind(unlimited, gib(2), [record('A', 4)], opts)).toMatchObject({ target: gib(4), update: true })
  })

  test('alone, the builder’s current limits are what to give back', () => {
    const current = { memoryBytes: 8 * GiB, memorySwapBytes: -1 }
    expect(decideBind(current, gib(1), [], opts)).toMatchObject({ original: current, own: gib(1), target: gib(1), update: true, warning: null })
  })

  test('A leaving while B builds sets B’s limit; the last to leave restores the original', () => {
    expect(decideRestore(gib(4), unlimited, [record('B', 2)])).toEqual({ kind: 'leave', to: gib(2), by: record('B', 2), update: true })
    expect(decideRestore(gib(2), unlimited, [record('B', 2)])).toMatchObject({ kind: 'leave', update: false })
    expect(decideRestore(gib(4), unlimited, [])).toEqual({ kind: 'restore', to: unlimited })
  })
})

describe('a limit the builder had before (builder-limit)', () => {
  test('lower: a person’s 4 GiB is not raised to the plan’s 13.7 GiB, and the warning says which won', () => {
    const d = decideBind(gib(4), { memoryBytes: 13.7 * GiB, memorySwapBytes: 13.7 * GiB }, [], opts)
    expect(d).toMatchObject({ original: gib(4), own: gib(4), target: gib(4), update: false })
    expect(d.warning).toBe(
      'builder ci keeps its own limit of 4 GiB, lower than the 13.7 GiB planned: a limit set on the builder is never raised (builder-limit: replace raises it)'
    )
  })

  test('lower: a plan below the builder’s limit is bound, without a warning', () => {
    expect(decideBind(gib(4), gib(2), [], opts)).toMatchObject({ target: gib(2), update: true, warning: null })
  })

  test('replace: the plan’s limit, said', () => {
    const d = decideBind(gib(4), gib(12), [], { ...opts, mode: 'replace' })
    expect(d).toMatchObject({ original: gib(4), target: gib(12), update: true })
    expect(d.warning).toMatch(/^builder ci had its own limit of 4 GiB; replaced by the 12 GiB planned/)
  })

  test('the engine’s whole memory (what restoring an unlimited builder leaves) is no one’s limit', () => {
    expect(decideBind(gib(16, -1), gib(12), [], opts)).toMatchObject({ target: gib(12), update: true, warning: null })
  })
})
