/**
 * Jobs binding and releasing one builder at the same time: two, then ten bind/release pairs
 * with random limits, started in a random order with random pauses. Each job checks the
 * builder right after its bind and right before its release: never under the limit it bound.
 * At the end the builder has its original limit, and no record or lock is left.
 *
 * The ten-job runs go over the socket to an engine in memory (helpers/fake-engine.ts), which
 * answers each request whole, one at a time, as an engine does; the two-job run goes through
 * the docker CLI path to the fake docker process, whose calls sharing a state dir act one at a
 * time too.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bindBuilder, releaseBuilder } from '../../src/bind/bind-builder.js'
import { pause, type CallOptions } from '../../src/bind/engine-calls.js'
import { FakeEngine } from '../helpers/fake-engine.js'

const MiB = 1024 * 1024
const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
const OWN = { Memory: 100 * MiB, MemorySwap: 100 * MiB }

/** Where the builders are, how to read them, and how the transaction reaches them. */
interface Engine {
  memoryOf(builder: string): { Memory: number; MemorySwap: number }
  leftovers(): [string[], string[]]
  memTotal: number
  options: CallOptions
}

/** The fake docker process, through the CLI path. */
function fakeDocker(state: string): Engine {
  const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: process.env })
  const json = (f: string): Record<string, unknown> =>
    existsSync(join(state, f)) ? (JSON.parse(readFileSync(join(state, f), 'utf8')) as Record<string, unknown>) : {}
  // A builder a person limited to 100 MiB, and one with no limit (setup-buildx-action's).
  docker('buildx', 'create', '--name', 'own', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--bootstrap')
  docker('buildx', 'create', '--name', 'open', '--driver', 'docker-container', '--bootstrap')
  return {
    memoryOf: (builder) => {
      const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', `buildx_buildkit_${builder}0`)) as {
        HostConfig: { Memory: number; MemorySwap: number }
      }
      return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
    },
    leftovers: () => [Object.keys(json('volumes.json')), Object.keys(json('created.json'))],
    memTotal: (JSON.parse(readFileSync('__tests__/fixtures/captured/docker-info-engine-20.10-cgroupv1.json', 'utf8')) as { MemTotal: number }).MemTotal,
    options: { endpoint: { path: 'cli', why: 'the fake docker' } }
  }
}

/** The engine in memory, over the socket path. */
function inMemory(engine: FakeEngine): Engine {
  engine.addBuilder('own', OWN)
  engine.addBuilder('open', { Memory: 0, MemorySwap: 0 })
  return {
    memoryOf: (builder) => {
      const c = engine.find(`buildx_buildkit_${builder}0`)
      return { Memory: c?.HostConfig.Memory ?? -1, MemorySwap: c?.HostConfig.MemorySwap ?? -1 }
    },
    leftovers: () => {
      const l = engine.leftovers()
      return [l.volumes, l.locks]
    },
    memTotal: engine.memTotal,
    options: { endpoint: { path: 'socket', socket: engine.socket } }
  }
}

let state: string
let fake: FakeEngine
const saved = { PATH: process.env.PATH, FAKE_DOCKER_STATE: process.env.FAKE_DOCKER_STATE, BUILDX_CONFIG: process.env.BUILDX_CONFIG }

beforeEach(async () => {
  state = mkdtempSync(join(tmpdir(), 'dm-bind-concurrent-'))
  fake = await FakeEngine.start()
  Object.assign(process.env, { PATH: `${FAKE}:${saved.PATH}`, FAKE_DOCKER_STATE: state, BUILDX_CONFIG: fake.buildxConfig })
})
afterEach(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(state, { recursive: true, force: true })
  await fake.stop()
})

/** mulberry32: the order and limits are random, and the seed in a failure's message replays them. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `jobs` bind/release pairs on `builder`; what each saw, for the checks. */
async function pairs(
  engine: Engine,
  builder: string,
  jobs: number,
  seed: number,
  maxMiB: number
): Promise<{ job: number; bound: number; sawAfterBind: number; sawBeforeRelease: number }[]> {
  const rnd = random(seed)
  const plan = Array.from({ length: jobs }, (_, job) => ({
    job,
    mib: 20 + Math.floor(rnd() * (maxMiB - 20)),
    startMs: Math.floor(rnd() * 300),
    holdMs: Math.floor(rnd() * 400)
  }))
  return Promise.all(
    plan.map(async (p) => {
      await pause(p.startMs)
      const holder = { job: `github/${seed}/1/job-${p.job}/runner-${p.job}`, host: hostname(), pid: process.pid, expires: Date.now() + 3600000 }
      const r = await bindBuilder(builder, { memoryBytes: p.mib * MiB, memorySwapBytes: p.mib * MiB }, holder, { ...engine.options, timeoutMs: 30000 })
      if (r.bound === null) throw new Error(`job ${p.job}: not bound: ${r.reason}`)
      const sawAfterBind = engine.memoryOf(builder).Memory
      await pause(p.holdMs)
      const sawBeforeRelease = engine.memoryOf(builder).Memory
      await releaseBuilder(r.bound, false, { ...engine.options, timeoutMs: 30000 })
      // What this job holds: what it asked for, or the builder's own lower limit (builder-limit: lower).
      const bound = Math.min(p.mib * MiB, r.bound.original.memoryBytes > 0 ? r.bound.original.memoryBytes : Infinity)
      return { job: p.job, bound, sawAfterBind, sawBeforeRelease }
    })
  )
}

describe('concurrent binds and releases on one builder', () => {
  for (const [jobs, seed, via] of [
    [2, 17, 'the docker CLI'],
    [10, 2017, 'the socket']
  ] as const) {
    test(`${jobs} jobs (seed ${seed}, through ${via}) on a builder limited by a person end at its limit, none under what it bound`, async () => {
      const engine = via === 'the socket' ? inMemory(fake) : fakeDocker(state)
      const seen = await pairs(engine, 'own', jobs, seed, 100)
      for (const s of seen) {
        expect([s.job, s.sawAfterBind >= s.bound, s.sawBeforeRelease >= s.bound]).toEqual([s.job, true, true])
        // A job's bound limit is what it asked for, never above the person's 100 MiB.
        expect(s.bound).toBeLessThanOrEqual(100 * MiB)
      }
      expect(engine.memoryOf('own')).toEqual(OWN)
      expect(engine.leftovers()).toEqual([[], []])
    })
  }

  test('10 jobs with limits above an unlimited builder’s: restored to unlimited (the engine’s memory, swap unlimited)', async () => {
    const engine = inMemory(fake)
    const seen = await pairs(engine, 'open', 10, 3017, 2048)
    for (const s of seen) expect([s.job, s.sawAfterBind >= s.bound, s.sawBeforeRelease >= s.bound]).toEqual([s.job, true, true])
    expect(engine.memoryOf('open')).toEqual({ Memory: engine.memTotal, MemorySwap: -1 })
    expect(engine.leftovers()).toEqual([[], []])
  })
})
