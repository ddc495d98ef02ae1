/**
 * The binding decisions at their edges (the two-job stories are in decisions.test.ts): each
 * kind of builder that cannot be bound in place and why, volume records that are not whole,
 * a record's expiry at the instant, a limit equal to the planned one or to the engine's memory,
 * a swap that differs alone, and the note when another job holds more.
 */
import { describe, expect, test } from '@jest/globals'
import type { BuilderInfo } from '../../src/core/build/builders.js'
import {
  bootstrapCommand,
  builderTarget,
  decideBind,
  decideRestore,
  isStale,
  parseRecords,
  sameLimits,
  type BindingRecord
} from '../../src/core/bind/builder-bindings.js'

const GiB = 1024 ** 3
const gib = (n: number, swap = n) => ({ memoryBytes: n * GiB, memorySwapBytes: swap * GiB })
const NOW = 1_800_000_000_000
const rec = (job: string, n: number, o: Partial<BindingRecord> = {}): BindingRecord => ({
  volume: `v-${job}`,
  containerId: 'c',
  job,
  host: 'h1',
  pid: 1,
  expires: NOW,
  limits: gib(n),
  original: gib(0),
  ...o
})
const opts = { staleOriginal: null, mode: 'lower' as const, engineMemory: 16 * GiB, builder: 'ci' }
const b = (
  name: string,
  driver: string,
  current = false,
  nodes: BuilderInfo['nodes'] = [{ name: `${name}0`, status: 'inactive', buildkitVersion: null, driverOpts: {} }]
): BuilderInfo => ({
  name,
  driver,
  current,
  nodes
})

describe('builderTarget, every answer', () => {
  test.each<[string | null, BuilderInfo[], object]>([
    [null, [b('x', 'docker-container')], { bindable: false, builder: null, fallback: true, reason: 'buildx names no current builder' }],
    ['y', [b('x', 'docker-container', true)], { bindable: false, builder: 'y', fallback: false, reason: 'buildx has no builder named y' }],
    [
      null,
      [b('default', 'docker', true)],
      {
        bindable: false,
        builder: 'default',
        fallback: true,
        reason: "builder default is the engine's own BuildKit (docker driver), which has no container of its own to update"
      }
    ],
    [
      'k',
      [b('k', 'kubernetes')],
      {
        bindable: false,
        builder: 'k',
        fallback: false,
        reason:
          'builder k uses the kubernetes driver, whose BuildKit runs outside this engine; set its limit where it is created (kubernetes: --driver-opt limits.memory)'
      }
    ],
    ['e', [b('e', 'docker-container', false, [])], { bindable: false, builder: 'e', fallback: false, reason: 'builder e has no node' }],
    [
      null,
      [b('x', 'docker-container'), b('ci', 'docker-container', true)],
      { bindable: true, builder: 'ci', node: 'ci0', container: 'buildx_buildkit_ci0', running: false }
    ]
  ])('%j', (name, builders, want) => {
    expect(builderTarget(builders, name)).toEqual(want)
  })

  test('a running node is running; the bootstrap inspects the builder', () => {
    expect(builderTarget([b('ci', 'docker-container', false, [{ name: 'n', status: 'running', buildkitVersion: null, driverOpts: {} }])], 'ci')).toMatchObject({
      running: true,
      container: 'buildx_buildkit_n'
    })
    expect(bootstrapCommand('ci').args).toEqual(['buildx', 'inspect', '--bootstrap', 'ci'])
  })
})

describe('parseRecords: only whole records', () => {
  const L = 'io.docker-memory.binding'
  const labels = (o: Record<string, string | undefined> = {}) =>
    Object.fromEntries(
      Object.entries({
        [L]: 'c',
        [`${L}.job`]: 'j',
        [`${L}.host`]: 'h',
        [`${L}.pid`]: '7',
        [`${L}.expires`]: '99',
        [`${L}.memory`]: '1',
        [`${L}.memory-swap`]: '2',
        [`${L}.original-memory`]: '3',
        [`${L}.original-memory-swap`]: '4',
        ...o
      }).filter(([, v]) => v !== undefined)
    )
  const one = (Labels: unknown, Name: unknown = 'v') => parseRecords(JSON.stringify([{ Name, Labels }]))

  test('a whole record, and one without host or expiry (an older version)', () => {
    expect(one(labels())).toEqual([
      {
        volume: 'v',
        containerId: 'c',
        job: 'j',
        host: 'h',
        pid: 7,
        expires: 99,
        limits: { memoryBytes: 1, memorySwapBytes: 2 },
        original: { memoryBytes: 3, memorySwapBytes: 4 }
      }
    ])
    expect(one(labels({ [`${L}.host`]: undefined, [`${L}.expires`]: undefined }))[0]).toMatchObject({ host: '', expires: 0 })
    expect(one(labels({ [`${L}.expires`]: 'soon' }))[0].expires).toBe(0)
  })

  test.each<[string, Record<string, string | undefined>]>([
    ['no container', { [L]: undefined }],
    ['no job', { [`${L}.job`]: '' }],
    ['a pid that is not a number', { [`${L}.pid`]: 'x' }],
    ['no memory', { [`${L}.memory`]: undefined }],
    ['a swap that is not a number', { [`${L}.memory-swap`]: 'max' }],
    ['no original memory', { [`${L}.original-memory`]: undefined }],
    ['an original swap that is not a number', { [`${L}.original-memory-swap`]: 'y' }]
  ])('%s: skipped', (_, o) => {
    expect(one(labels(o))).toEqual([])
  })

  test('no name, no labels, not an array: nothing; not JSON: said', () => {
    expect(one(labels(), '')).toEqual([])
    expect(one(null)).toEqual([])
    expect(parseRecords('{"Name":"v"}')).toEqual([])
    expect(() => parseRecords('Error: no such volume')).toThrow('docker volume inspect did not print JSON')
  })
})

describe('decisions at their edges', () => {
  test('a record expiring now is not stale yet; a millisecond later it is', () => {
    const dead = () => false
    expect(isStale(rec('a', 1, { expires: NOW }), NOW, 'h1', dead)).toBe(false)
    expect(isStale(rec('a', 1, { expires: NOW }), NOW + 1, 'h1', dead)).toBe(true)
  })

  test('a builder’s own limit equal to the plan’s: no warning; one at the engine’s memory or above, or with no engine memory known, counts as its own', () => {
    expect(decideBind(gib(4), gib(4), [], opts)).toMatchObject({ own: gib(4), warning: null, update: false })
    expect(decideBind(gib(16), gib(20), [], opts)).toMatchObject({ own: gib(20), warning: null })
    expect(decideBind(gib(17), gib(20), [], opts)).toMatchObject({ own: gib(20), warning: null })
    expect(decideBind(gib(4), gib(8), [], { ...opts, engineMemory: 0 })).toMatchObject({ own: gib(4) })
  })

  test('the original comes from another job’s record, else a swept one’s, else the container', () => {
    expect(decideBind(gib(2), gib(2), [rec('a', 1, { original: gib(3) })], { ...opts, staleOriginal: gib(5) }).original).toEqual(gib(3))
    expect(decideBind(gib(2), gib(2), [], { ...opts, staleOriginal: gib(5) }).original).toEqual(gib(5))
  })

  test('another job holding more: its limit, and the note naming it; the highest of several', () => {
    const d = decideBind(gib(1), gib(1), [rec('a', 2, { host: 'h2' }), rec('b', 3, { host: 'h3' })], opts)
    expect(d.target).toEqual(gib(3))
    expect(d.note).toBe("job b (on h3) bound this builder to 3 GiB and is still running; not lowering it to 1 GiB, so this job's builds share that limit")
    expect(decideBind(gib(1), gib(3), [rec('a', 3)], opts)).toMatchObject({ target: gib(3), note: null })
  })

  test('a swap that differs alone is an update; leaving to the highest of several jobs', () => {
    expect(decideBind(gib(2, 4), gib(2), [], opts).update).toBe(true)
    expect(sameLimits(gib(2, 4), gib(2, 4))).toBe(true)
    const r = decideRestore(gib(2), gib(0), [rec('a', 1), rec('b', 2)])
    expect(r).toMatchObject({ kind: 'leave', to: gib(2), update: false })
    expect(r.kind === 'leave' && r.by.job).toBe('b')
    expect(decideRestore(gib(2, 3), gib(0), [rec('b', 2)])).toMatchObject({ kind: 'leave', update: true })
  })
})
