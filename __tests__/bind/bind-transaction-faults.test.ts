/**
 * The binding transaction under faults: each engine request of a bind and of a release, in
 * turn, fails (nothing done), is lost (done, then the connection drops), stalls (stopped at its
 * timeout) or is cancelled while it stalls (a signal, as the CLI turns it into an abort). After
 * every case the builder has the limit it had, or the one the bind set when the bind succeeded;
 * a later release leaves nothing behind: no record, no lock.
 *
 * The matrix runs in this process against an engine in memory on a socket of its own
 * (helpers/fake-engine.ts): the transaction's socket path, the one a local engine gets. The
 * docker CLI path (remote engines) is the same transaction over other pipes; one case runs
 * through it, the fake docker process replaying real captures.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { BindError, bindBuilder, releaseBuilder, type SavedBinding } from '../../src/bind/bind-builder.js'
import type { CallOptions } from '../../src/bind/engine-calls.js'
import type { RequestTimer } from '../../src/bind/engine-socket.js'
import { FakeEngine, type Fault } from '../helpers/fake-engine.js'

const MiB = 1024 * 1024
// What a builder made with a memory option has: the person's limit.
const OWN = { Memory: 100 * MiB, MemorySwap: 100 * MiB }
const BOUND = { Memory: 50 * MiB, MemorySwap: 50 * MiB }
const WANTED = { memoryBytes: 50 * MiB, memorySwapBytes: 50 * MiB }
const holder = { job: 'github/1/1/build/runner-1', host: hostname(), pid: process.pid, expires: Date.now() + 3600000 }

let engine: FakeEngine
const savedConfig = process.env.BUILDX_CONFIG
beforeEach(async () => {
  engine = await FakeEngine.start()
  engine.addBuilder('own', OWN)
  process.env.BUILDX_CONFIG = engine.buildxConfig
})
afterEach(async () => {
  if (savedConfig === undefined) delete process.env.BUILDX_CONFIG
  else process.env.BUILDX_CONFIG = savedConfig
  await engine.stop()
})

const limits = (): { Memory: number; MemorySwap: number } => {
  const c = engine.find('buildx_buildkit_own0')
  return { Memory: c?.HostConfig.Memory ?? -1, MemorySwap: c?.HostConfig.MemorySwap ?? -1 }
}
const via = (): CallOptions => ({ endpoint: { path: 'socket', socket: engine.socket } })

/**
 * The options of a faulted transaction: a cancel when the stalled request arrives, or for a
 * stall its timeout then. The requests go one at a time, so the one timer running when the
 * engine holds a request is that request's: it expires at once instead of after a timeout that
 * would have to be long enough for load (600 ms a stall, 10 s a run), and the answered
 * requests keep their 60 s.
 */
function faulted(mode: Fault | 'cancel', at: number, signal: string): CallOptions {
  engine.fault({ [at]: mode === 'cancel' ? 'stall' : mode })
  const controller = new AbortController()
  if (mode === 'cancel') void engine.stalled.then(() => controller.abort(signal))
  const running = new Set<() => void>()
  if (mode === 'stall') void engine.stalled.then(() => [...running].forEach((expire) => expire()))
  const timer: RequestTimer = (ms, expire) => {
    const t = setTimeout(expire, ms)
    running.add(expire)
    return () => {
      clearTimeout(t)
      running.delete(expire)
    }
  }
  return { ...via(), timeoutMs: 60000, timer, cancel: controller.signal }
}

/** How many requests a clean bind and a clean release make. */
async function countRequests(): Promise<{ bind: number; release: number }> {
  engine.fault()
  let intent: SavedBinding | null = null
  await bindBuilder('own', WANTED, holder, { ...via(), onIntent: (s) => (intent = s) })
  const bind = engine.count
  engine.fault()
  await releaseBuilder(intent as unknown as SavedBinding, false, via())
  return { bind, release: engine.count }
}

const MODES = ['fail', 'lost', 'stall', 'cancel'] as const

describe('every request of a bind fails, is lost, stalls or is cancelled in turn', () => {
  test('the builder keeps its own limit, the error says what was undone, and release leaves nothing', async () => {
    const { bind } = await countRequests()
    // Store check, inspect, lock, inspect, records, record, update, read back, unlock: all over the socket, no buildx.
    expect(bind).toBe(9)
    expect(engine.requests.slice(0, bind).map((r) => r.replace(/\?.*$/, '').replace(/[0-9a-f]{64}/, 'ID'))).toEqual([
      'GET /containers/buildx_buildkit_own0/json',
      'GET /containers/buildx_buildkit_own0/json',
      'POST /containers/create',
      'GET /containers/buildx_buildkit_own0/json',
      'GET /volumes',
      'POST /volumes/create',
      'POST /containers/buildx_buildkit_own0/update',
      'GET /containers/buildx_buildkit_own0/json',
      'DELETE /containers/ID'
    ])
    expect(limits()).toEqual(OWN)
    const seen: string[] = []
    for (const mode of MODES) {
      for (let at = 1; at <= bind; at++) {
        let intent: SavedBinding | null = null
        let error: BindError | null = null
        let bound = false
        try {
          bound = (await bindBuilder('own', WANTED, holder, { ...faulted(mode, at, 'SIGINT'), onIntent: (s) => (intent = s) })).bound !== null
        } catch (e) {
          if (!(e instanceof BindError)) throw e
          error = e
        }
        engine.fault()
        const where = `${mode} at request ${at}: ${error?.message ?? 'bound'}`
        seen.push(where)
        if (bound) {
          // A fault the transaction absorbs (a lock given back on the second try).
          expect([where, limits()]).toEqual([where, BOUND])
        } else {
          expect([where, limits()]).toEqual([where, OWN])
          expect([where, error?.changed]).toEqual([where, false])
          expect(error?.message).toMatch(/undone: |nothing was changed/)
          if (mode === 'cancel') expect(error?.message).toMatch(/cancelled \(SIGINT\)/)
        }
        // Nothing left but the record of a bind that holds.
        const record = bound && intent ? [(intent as SavedBinding).volume] : []
        expect([where, engine.leftovers()]).toEqual([where, { locks: [], volumes: record }])
        if (intent) await releaseBuilder(intent, false, via())
        expect([where, limits(), engine.leftovers()]).toEqual([where, OWN, { locks: [], volumes: [] }])
      }
    }
    // The cases that failed say which request failed and what was undone.
    expect(seen.find((s) => s.startsWith('fail at request 7'))).toMatch(
      /^fail at request 7: cannot update builder container buildx_buildkit_own0: Error response from daemon: injected failure/
    )
    expect(seen.find((s) => s.startsWith('lost at request 7'))).toMatch(
      /undone: builder own set back to memory 100 MiB, memory\+swap 100 MiB, the binding record removed$/
    )
    expect(seen.find((s) => s.startsWith('stall at request 7'))).toMatch(/docker update did not answer in time and was stopped; undone: builder own set back/)
  })
})

test('the current builder is found in buildx’s store (docker buildx use), as by name', async () => {
  engine.addBuilder('setup', { Memory: 0, MemorySwap: 0 }, true)
  const r = await bindBuilder(null, WANTED, holder, via())
  expect(r.bound).toMatchObject({ builder: 'setup', container: 'buildx_buildkit_setup0', limits: WANTED })
  if (r.bound) await releaseBuilder(r.bound, false, via())
  expect(engine.find('buildx_buildkit_setup0')?.HostConfig).toMatchObject({ Memory: engine.memTotal, MemorySwap: -1 })
  expect(engine.leftovers()).toEqual({ locks: [], volumes: [] })
})

describe('every request of a release fails, is lost, stalls or is cancelled in turn', () => {
  test('the limit is the bound one or the person’s, the record stays until a release completes, and then nothing is left', async () => {
    const { release } = await countRequests()
    expect(release).toBeGreaterThanOrEqual(7)
    for (const mode of MODES) {
      for (let at = 1; at <= release; at++) {
        const where = `${mode} at request ${at}`
        let intent: SavedBinding | null = null
        engine.fault()
        await bindBuilder('own', WANTED, holder, { ...via(), onIntent: (s) => (intent = s) })
        const saved = intent as unknown as SavedBinding
        let failed: Error | null = null
        try {
          await releaseBuilder(saved, false, faulted(mode, at, 'SIGTERM'))
        } catch (error) {
          failed = error as Error
        }
        engine.fault()
        const now = limits()
        // Either given back, or still what the bind set: never anything in between.
        expect([where, [OWN, BOUND]]).toEqual([where, expect.arrayContaining([now])])
        expect([where, engine.leftovers().locks]).toEqual([where, []])
        if (failed) expect([where, engine.leftovers().volumes]).toEqual([where, expect.arrayContaining(now.Memory === OWN.Memory ? [] : [saved.volume])])
        // The next release finishes.
        await releaseBuilder(saved, false, via())
        expect([where, limits(), engine.leftovers()]).toEqual([where, OWN, { locks: [], volumes: [] }])
      }
    }
  })
})

describe('through the docker CLI (a remote engine), against the fake docker process', () => {
  const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
  let state: string
  const saved = { PATH: process.env.PATH, FAKE_DOCKER_STATE: process.env.FAKE_DOCKER_STATE, FAKE_DOCKER_FAULT: process.env.FAKE_DOCKER_FAULT }
  const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, FAKE_DOCKER_FAULT: '' } })
  const cli: CallOptions = { endpoint: { path: 'cli', why: 'DOCKER_HOST is tcp://' } }
  beforeEach(() => {
    state = mkdtempSync(join(tmpdir(), 'dm-bind-faults-'))
    Object.assign(process.env, { PATH: `${FAKE}:${saved.PATH}`, FAKE_DOCKER_STATE: state })
    docker('buildx', 'create', '--name', 'own', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--bootstrap')
  })
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
    rmSync(state, { recursive: true, force: true })
  })

  test('a docker update whose answer is lost is undone, and release leaves nothing', async () => {
    process.env.FAKE_DOCKER_FAULT = 'lost:update'
    let intent: SavedBinding | null = null
    await expect(bindBuilder('own', WANTED, holder, { ...cli, onIntent: (s) => (intent = s) })).rejects.toThrow(
      /the connection was lost.*; undone: builder own set back to memory 100 MiB, memory\+swap 100 MiB, the binding record removed$/
    )
    process.env.FAKE_DOCKER_FAULT = ''
    const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', 'buildx_buildkit_own0')) as { HostConfig: typeof OWN }
    expect({ Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }).toEqual(OWN)
    await releaseBuilder(intent as unknown as SavedBinding, false, cli)
    const left = (f: string): string[] => {
      try {
        return Object.keys(JSON.parse(readFileSync(join(state, f), 'utf8')) as object)
      } catch {
        return []
      }
    }
    expect([left('volumes.json'), left('created.json')]).toEqual([[], []])
  })
})
