/**
 * Jobs binding and releasing one builder at the same time, against the fake docker, whose
 * calls sharing a state dir act one at a time as an engine's do: two, then ten bind/release
 * pairs with random limits, started in a random order with random pauses. Each job checks
 * the builder right after its bind and right before its release: never under the limit it
 * bound. At the end the builder has its original limit, and no record or lock is left.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { bindBuilder, releaseBuilder } from '../../src/bind/bind-builder.js'
import { pause } from '../../src/bind/engine-calls.js'

const MiB = 1024 * 1024
const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
let state: string
const saved = { PATH: process.env.PATH, FAKE_DOCKER_STATE: process.env.FAKE_DOCKER_STATE }
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: process.env })
const memoryOf = (builder: string): { Memory: number; MemorySwap: number } => {
  const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', `buildx_buildkit_${builder}0`)) as {
    HostConfig: { Memory: number; MemorySwap: number }
  }
  return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
}
const json = (f: string): Record<string, unknown> =>
  existsSync(join(state, f)) ? (JSON.parse(readFileSync(join(state, f), 'utf8')) as Record<string, unknown>) : {}

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

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dm-bind-concurrent-'))
  Object.assign(process.env, { PATH: `${FAKE}:${saved.PATH}`, FAKE_DOCKER_STATE: state })
  // A builder a person limited to 100 MiB, and one with no limit (setup-buildx-action's).
  docker('buildx', 'create', '--name', 'own', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--bootstrap')
  docker('buildx', 'create', '--name', 'open', '--driver', 'docker-container', '--bootstrap')
})
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(state, { recursive: true, force: true })
})

/** `jobs` bind/release pairs on `builder`; what each saw, for the checks. */
async function pairs(
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
      const r = await bindBuilder(builder, { memoryBytes: p.mib * MiB, memorySwapBytes: p.mib * MiB }, holder, { timeoutMs: 30000 })
      if (r.bound === null) throw new Error(`job ${p.job}: not bound: ${r.reason}`)
      const sawAfterBind = memoryOf(builder).Memory
      await pause(p.holdMs)
      const sawBeforeRelease = memoryOf(builder).Memory
      await releaseBuilder(r.bound, false, { timeoutMs: 30000 })
      // What this job holds: what it asked for, or the builder's own lower limit (builder-limit: lower).
      const bound = Math.min(p.mib * MiB, r.bound.original.memoryBytes > 0 ? r.bound.original.memoryBytes : Infinity)
      return { job: p.job, bound, sawAfterBind, sawBeforeRelease }
    })
  )
}

describe('concurrent binds and releases on one builder', () => {
  for (const [jobs, seed] of [
    [2, 17],
    [10, 2017]
  ]) {
    test(`${jobs} jobs (seed ${seed}) on a builder limited by a person end at its limit, none under what it bound`, async () => {
      const seen = await pairs('own', jobs, seed, 100)
      for (const s of seen) {
        expect([s.job, s.sawAfterBind >= s.bound, s.sawBeforeRelease >= s.bound]).toEqual([s.job, true, true])
        // A job's bound limit is what it asked for, never above the person's 100 MiB.
        expect(s.bound).toBeLessThanOrEqual(100 * MiB)
      }
      expect(memoryOf('own')).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
      expect([Object.keys(json('volumes.json')), Object.keys(json('created.json'))]).toEqual([[], []])
    }, 300000)
  }

  test('10 jobs with limits above an unlimited builder’s: restored to unlimited (the engine’s memory, swap unlimited)', async () => {
    const memTotal = (JSON.parse(readFileSync('__tests__/fixtures/captured/docker-info-engine-20.10-cgroupv1.json', 'utf8')) as { MemTotal: number }).MemTotal
    const seen = await pairs('open', 10, 3017, 2048)
    for (const s of seen) expect([s.job, s.sawAfterBind >= s.bound, s.sawBeforeRelease >= s.bound]).toEqual([s.job, true, true])
    expect(memoryOf('open')).toEqual({ Memory: memTotal, MemorySwap: -1 })
    expect([Object.keys(json('volumes.json')), Object.keys(json('created.json'))]).toEqual([[], []])
  }, 300000)
})
