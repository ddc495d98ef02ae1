/**
 * Binding the builder a job already has, against the fake docker replaying real captures: a
 * docker-container builder created without limits (as docker/setup-buildx-action creates one)
 * is bound by `docker update`, read back, and given back what it had.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bindBuilder, releaseBuilder, type BoundBuilder } from '../../src/bind/bind-builder.js'
import type { Holder } from '../../src/core/bind/builder-bindings.js'

const MiB = 1024 * 1024
const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
// The engine's MemTotal in the captured docker info, which the fake replays.
const MEM_TOTAL = (JSON.parse(readFileSync('__tests__/fixtures/captured/docker-info-engine-20.10-cgroupv1.json', 'utf8')) as { MemTotal: number }).MemTotal
let state: string
const saved = { PATH: process.env.PATH, FAKE_DOCKER_STATE: process.env.FAKE_DOCKER_STATE, FAKE_DOCKER_CALLS: process.env.FAKE_DOCKER_CALLS }
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: process.env })
const limits = (): { Memory: number; MemorySwap: number } => {
  const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', 'buildx_buildkit_setup0')) as {
    HostConfig: { Memory: number; MemorySwap: number }
  }
  return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
}
const calls = (prefix: string): string[] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args.join(' '))
    .filter((a) => a.startsWith(prefix))
const volumes = (): Record<string, Record<string, string>> =>
  existsSync(join(state, 'volumes.json')) ? JSON.parse(readFileSync(join(state, 'volumes.json'), 'utf8')) : {}
const holder = (job: string, pid = process.pid, expires = Date.now() + 3600000): Holder => ({ job, host: hostname(), pid, expires })
const wanted = (mib: number): { memoryBytes: number; memorySwapBytes: number } => ({ memoryBytes: mib * MiB, memorySwapBytes: mib * MiB })

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dm-bind-fake-'))
  Object.assign(process.env, { PATH: `${FAKE}:${saved.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_CALLS: join(state, 'calls') })
  // As docker/setup-buildx-action does it: no limit, the new builder made current.
  docker('buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--use', '--bootstrap')
})
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(state, { recursive: true, force: true })
})

describe('bindBuilder', () => {
  test('the current unlimited builder is bound, read back, and restored without --memory 0', async () => {
    expect(limits()).toEqual({ Memory: 0, MemorySwap: 0 })
    const r = await bindBuilder(null, wanted(100), holder('1/build/r1'))
    const bound = r.bound as BoundBuilder
    expect(bound).toMatchObject({
      builder: 'setup',
      container: 'buildx_buildkit_setup0',
      enforcement: 'builder',
      limits: wanted(100),
      original: { memoryBytes: 0, memorySwapBytes: 0 },
      note: null
    })
    expect(limits()).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
    expect(calls('update')).toEqual([`update --memory ${100 * MiB} --memory-swap ${100 * MiB} buildx_buildkit_setup0`])
    expect(Object.keys(volumes())).toEqual([bound.volume])

    expect(await releaseBuilder(bound, false)).toBe('restored builder setup to memory 23.5 GiB, memory+swap unlimited')
    expect(limits()).toEqual({ Memory: MEM_TOTAL, MemorySwap: -1 })
    expect(calls('update').slice(1)).toEqual([
      `update --memory ${MEM_TOTAL} --memory-swap ${2 * MEM_TOTAL} buildx_buildkit_setup0`,
      'update --memory-swap -1 buildx_buildkit_setup0'
    ])
    expect(calls('update').join('\n')).not.toMatch(/--memory 0\b/)
    expect(volumes()).toEqual({})
  })

  test('keep-limit leaves the limit and removes the record', async () => {
    const bound = (await bindBuilder('setup', wanted(100), holder('1/build/r1'))).bound as BoundBuilder
    expect(await releaseBuilder(bound, true)).toBe('kept the limit of builder setup (keep-limit)')
    expect(limits()).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
    expect(volumes()).toEqual({})
  })

  test('a builder that is not running is bootstrapped first', async () => {
    docker('buildx', 'create', '--name', 'lazy', '--driver', 'docker-container')
    const bound = (await bindBuilder('lazy', wanted(200), holder('1/build/r1'))).bound as BoundBuilder
    expect(calls('buildx inspect')).toEqual(['buildx inspect --bootstrap lazy'])
    expect(bound.limits).toEqual(wanted(200))
  })

  test('the docker driver falls back to the existing choice; an unknown name is refused', async () => {
    expect(await bindBuilder('default', wanted(100), holder('j'))).toMatchObject({ bound: null, builder: 'default', fallback: true })
    expect(await bindBuilder('nope', wanted(100), holder('j'))).toEqual({
      bound: null,
      builder: 'nope',
      fallback: false,
      reason: 'buildx has no builder named nope'
    })
    expect(calls('update')).toEqual([])
  })
})

describe('two jobs on one builder', () => {
  test('B asking less than A is refused and builds under A’s limit; A’s post leaves it to B; B’s post restores', async () => {
    const a = (await bindBuilder('setup', wanted(4096), holder('1/build/runner-a'))).bound as BoundBuilder
    const b = (await bindBuilder('setup', wanted(2048), holder('2/build/runner-b'))).bound as BoundBuilder
    expect(b.note).toBe(
      'job 1/build/runner-a (on ' +
        hostname() +
        ") bound this builder to 4 GiB and is still running; not lowering it to 2 GiB, so this job's builds share that limit"
    )
    expect(b.limits).toEqual(wanted(4096))
    expect(limits()).toEqual({ Memory: 4096 * MiB, MemorySwap: 4096 * MiB })

    // B holds 2 GiB: A's 4 GiB goes, B's stays (never less than B bound).
    expect(await releaseBuilder(a, false)).toBe('left builder setup at 2 GiB for job 2/build/runner-b, which still builds on it')
    expect(limits()).toEqual({ Memory: 2048 * MiB, MemorySwap: 2048 * MiB })
    expect(await releaseBuilder(b, false)).toMatch(/^restored builder setup to memory 23.5 GiB/)
    expect(limits()).toEqual({ Memory: MEM_TOTAL, MemorySwap: -1 })
    expect(volumes()).toEqual({})
  })

  test('B raising the limit binds it; A’s post does not clobber it', async () => {
    const a = (await bindBuilder('setup', wanted(2048), holder('1/build/runner-a'))).bound as BoundBuilder
    const b = (await bindBuilder('setup', wanted(4096), holder('2/build/runner-b'))).bound as BoundBuilder
    expect(b).toMatchObject({ limits: wanted(4096), note: null, original: { memoryBytes: 0, memorySwapBytes: 0 } })
    await releaseBuilder(a, false)
    expect(limits()).toEqual({ Memory: 4096 * MiB, MemorySwap: 4096 * MiB })
  })

  test('a record left by a job that died on this host, past its expiry, does not hold the builder', async () => {
    const dead = Number(execFileSync('sh', ['-c', 'sh -c "echo \\$\\$"'], { encoding: 'utf8' }).trim())
    await bindBuilder('setup', wanted(4096), holder('1/build/runner-a', dead, Date.now() - 1))
    const b = (await bindBuilder('setup', wanted(2048), holder('2/build/runner-b'))).bound as BoundBuilder
    expect(b).toMatchObject({ limits: wanted(2048), note: null, original: { memoryBytes: 0, memorySwapBytes: 0 } })
    expect(Object.keys(volumes())).toEqual([b.volume])
  })
})
