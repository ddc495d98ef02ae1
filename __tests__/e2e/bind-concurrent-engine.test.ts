/**
 * Ten jobs binding and releasing one real docker-container builder at once (the engine
 * tier's own engine, the kit's BuildKit and buildx): random limits, random start times and
 * hold times. A watcher reads the container's limit all along; each reading is checked
 * against the jobs that held the builder for the whole of that reading: the limit is never
 * below what any of them bound. At the end the builder has the limit it was created with,
 * and no binding record and no lock is left on the engine.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { hostname } from 'node:os'
import { bindBuilder, releaseBuilder } from '../../src/bind/bind-builder.js'
import { pause } from '../../src/bind/engine-calls.js'
import { createBuilder, type Builder } from './helpers/buildx-builder.js'

const MiB = 1024 * 1024
const name = `dma-conc-${process.pid}`
let builder: Builder
const savedConfig = process.env.DOCKER_CONFIG
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: builder.env, stdio: ['ignore', 'pipe', 'pipe'] })
const limitsNow = (): { Memory: number; MemorySwap: number } => {
  const hc = (
    JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', builder.container)) as { HostConfig: { Memory: number; MemorySwap: number } }
  ).HostConfig
  return { Memory: hc.Memory, MemorySwap: hc.MemorySwap }
}

beforeAll(() => {
  // A builder a person limited to 1 GiB, as `docker buildx create --driver-opt memory=1g` makes it.
  builder = createBuilder(name, ['memory=1g'])
  process.env.DOCKER_CONFIG = builder.env.DOCKER_CONFIG
}, 300000)
afterAll(() => {
  builder?.remove()
  if (savedConfig === undefined) delete process.env.DOCKER_CONFIG
  else process.env.DOCKER_CONFIG = savedConfig
})

test('ten concurrent bind/release pairs with random limits end at the original limit, none ever under what it bound', async () => {
  const original = limitsNow()
  expect(original.Memory).toBe(1024 * MiB)
  const seed = Date.now() % 100000
  let a = seed
  const rnd = (): number => {
    a = (a * 16807) % 2147483647
    return a / 2147483647
  }
  const jobs = Array.from({ length: 10 }, (_, job) => ({
    job,
    mib: 128 + Math.floor(rnd() * 800),
    startMs: Math.floor(rnd() * 1500),
    holdMs: Math.floor(rnd() * 1500)
  }))
  // Jobs between the end of their bind and the start of their release.
  const holding = new Map<number, number>()
  const violations: string[] = []
  let readings = 0
  let done = false
  const watcher = (async () => {
    while (!done) {
      const before = new Map(holding)
      const now = limitsNow()
      readings++
      for (const [job, bytes] of before) {
        if (holding.get(job) === bytes && now.Memory < bytes) violations.push(`job ${job} held ${bytes}, the builder had ${now.Memory}`)
      }
      await pause(30)
    }
  })()
  await Promise.all(
    jobs.map(async (p) => {
      await pause(p.startMs)
      const holder = { job: `e2e/${seed}/job-${p.job}`, host: hostname(), pid: process.pid, expires: Date.now() + 3600000 }
      const r = await bindBuilder(name, { memoryBytes: p.mib * MiB, memorySwapBytes: p.mib * MiB }, holder)
      if (r.bound === null) throw new Error(`job ${p.job} not bound: ${r.reason}`)
      holding.set(p.job, p.mib * MiB)
      const after = limitsNow().Memory
      if (after < p.mib * MiB) violations.push(`job ${p.job} bound ${p.mib} MiB, read ${after} right after`)
      await pause(p.holdMs)
      holding.delete(p.job)
      await releaseBuilder(r.bound, false)
    })
  )
  done = true
  await watcher
  expect({ seed, violations }).toEqual({ seed, violations: [] })
  expect(readings).toBeGreaterThan(10)
  expect(limitsNow()).toEqual(original)
  // No record, no lock left on the engine.
  expect(docker('volume', 'ls', '--quiet', '--filter', 'label=io.docker-memory.binding').trim()).toBe('')
  expect(docker('ps', '-a', '--quiet', '--filter', 'label=io.docker-memory.lock').trim()).toBe('')
}, 600000)
