/**
 * The binding transaction under faults, against the fake docker replaying real captures: each
 * docker call of a bind and of a release, in turn, fails (nothing done), is lost (done, then
 * an error), stalls (stopped at its timeout) or is cancelled mid-way (a signal, as the CLI
 * turns it into an abort). After every case the builder has the limit it had, or the one the
 * bind set when the bind succeeded; a later release leaves nothing behind: no record, no lock.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { BindError, bindBuilder, releaseBuilder, type SavedBinding } from '../../src/bind/bind-builder.js'

const MiB = 1024 * 1024
const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
// What the captured builder container of a builder made with a memory option has: the person's limit.
const OWN = { Memory: 100 * MiB, MemorySwap: 100 * MiB }
const WANTED = { memoryBytes: 50 * MiB, memorySwapBytes: 50 * MiB }
// A stalled call waits this long; a real one answers in a fraction of it.
const STALL_TIMEOUT_MS = 1500
let state: string
const saved = { PATH: process.env.PATH, FAKE_DOCKER_STATE: process.env.FAKE_DOCKER_STATE, FAKE_DOCKER_FAULT: process.env.FAKE_DOCKER_FAULT }
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, FAKE_DOCKER_FAULT: '' } })
const limits = (): { Memory: number; MemorySwap: number } => {
  const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', 'buildx_buildkit_own0')) as {
    HostConfig: { Memory: number; MemorySwap: number }
  }
  return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
}
const json = (f: string): Record<string, unknown> =>
  existsSync(join(state, f)) ? (JSON.parse(readFileSync(join(state, f), 'utf8')) as Record<string, unknown>) : {}
const leftovers = (): { volumes: string[]; containers: string[] } => ({
  volumes: Object.keys(json('volumes.json')),
  containers: Object.keys(json('created.json'))
})
const holder = { job: 'github/1/1/build/runner-1', host: hostname(), pid: process.pid, expires: Date.now() + 3600000 }

function fault(spec: string): void {
  rmSync(join(state, 'fault-count'), { force: true })
  rmSync(join(state, 'stalled'), { force: true })
  process.env.FAKE_DOCKER_FAULT = spec
}
const callsMade = (): number => Number(readFileSync(join(state, 'fault-count'), 'utf8'))

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dm-bind-faults-'))
  Object.assign(process.env, { PATH: `${FAKE}:${saved.PATH}`, FAKE_DOCKER_STATE: state })
  // A builder a person made with its own limit (docker buildx create --driver-opt memory=…).
  docker('buildx', 'create', '--name', 'own', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--bootstrap')
})
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  rmSync(state, { recursive: true, force: true })
})

/** How many docker calls a clean bind and a clean release make. */
async function countCalls(): Promise<{ bind: number; release: number }> {
  fault('fail:100000')
  let intent: SavedBinding | null = null
  await bindBuilder('own', WANTED, holder, { onIntent: (s) => (intent = s) })
  const bind = callsMade()
  fault('fail:100000')
  await releaseBuilder(intent as unknown as SavedBinding, false)
  return { bind, release: callsMade() }
}

/** A bind with one fault: afterwards the limit is the person's or, when the bind says it bound, the plan's. */
async function bindWith(spec: string, cancelAtStall = false): Promise<{ bound: boolean; error: BindError | null; intent: SavedBinding | null }> {
  fault(spec)
  const controller = new AbortController()
  let intent: SavedBinding | null = null
  let watching: NodeJS.Timeout | null = null
  if (cancelAtStall) {
    watching = setInterval(() => {
      if (existsSync(join(state, 'stalled'))) controller.abort('SIGINT')
    }, 20)
  }
  try {
    const r = await bindBuilder('own', WANTED, holder, { timeoutMs: STALL_TIMEOUT_MS, cancel: controller.signal, onIntent: (s) => (intent = s) })
    return { bound: r.bound !== null, error: null, intent }
  } catch (error) {
    if (!(error instanceof BindError)) throw error
    return { bound: false, error, intent }
  } finally {
    if (watching) clearInterval(watching)
    process.env.FAKE_DOCKER_FAULT = ''
  }
}

describe('every call of a bind fails, is lost, stalls or is cancelled in turn', () => {
  test('the builder keeps its own limit, the error says what was undone, and release leaves nothing', async () => {
    const { bind } = await countCalls()
    expect(bind).toBeGreaterThanOrEqual(8)
    expect(limits()).toEqual(OWN)
    const seen: string[] = []
    for (const mode of ['fail', 'lost', 'stall', 'cancel']) {
      for (let call = 1; call <= bind; call++) {
        const spec = mode === 'cancel' ? `stall:${call}` : `${mode}:${call}`
        const r = await bindWith(spec, mode === 'cancel')
        const where = `${mode} at call ${call}: ${r.error?.message ?? 'bound'}`
        seen.push(where)
        if (r.bound) {
          // A fault the transaction could absorb (a lock given back on the second try): bound as asked.
          expect([where, limits()]).toEqual([where, { Memory: WANTED.memoryBytes, MemorySwap: WANTED.memorySwapBytes }])
        } else {
          expect([where, limits()]).toEqual([where, OWN])
          expect(r.error?.changed).toBe(false)
          expect(r.error?.message).toMatch(/undone: |nothing was changed/)
          if (mode === 'cancel') expect(r.error?.message).toMatch(/cancelled \(SIGINT\)/)
        }
        // Nothing left but the record of a bind that holds.
        expect([where, leftovers()]).toEqual([where, { volumes: r.bound && r.intent ? [r.intent.volume] : [], containers: [] }])
        if (r.intent) await releaseBuilder(r.intent, false)
        expect([where, limits(), leftovers()]).toEqual([where, OWN, { volumes: [], containers: [] }])
      }
    }
    // The cases that failed say which call failed.
    expect(seen.filter((s) => s.startsWith('fail at call 7'))[0]).toMatch(
      /^fail at call 7: cannot update builder container buildx_buildkit_own0: Error response from daemon: injected failure/
    )
    expect(seen.find((s) => s.startsWith('lost at call 7'))).toMatch(
      /undone: builder own set back to memory 100 MiB, memory\+swap 100 MiB, the binding record removed$/
    )
  }, 600000)
})

describe('every call of a release fails, is lost, stalls or is cancelled in turn', () => {
  test('the limit is the bound one or the person’s, the record stays until a release completes, and then nothing is left', async () => {
    const { release } = await countCalls()
    for (const mode of ['fail', 'lost', 'stall', 'cancel']) {
      for (let call = 1; call <= release; call++) {
        const where = `${mode} at call ${call}`
        const bound = await bindWith('fail:100000')
        const intent = bound.intent as SavedBinding
        fault(mode === 'cancel' ? `stall:${call}` : `${mode}:${call}`)
        const controller = new AbortController()
        const watching = setInterval(() => mode === 'cancel' && existsSync(join(state, 'stalled')) && controller.abort('SIGTERM'), 20)
        let failed: Error | null = null
        try {
          await releaseBuilder(intent, false, { timeoutMs: STALL_TIMEOUT_MS, cancel: controller.signal })
        } catch (error) {
          failed = error as Error
        } finally {
          clearInterval(watching)
          process.env.FAKE_DOCKER_FAULT = ''
        }
        const now = limits()
        // Either given back, or still what the bind set: never anything in between.
        expect([where, [OWN, { Memory: WANTED.memoryBytes, MemorySwap: WANTED.memorySwapBytes }]]).toEqual([where, expect.arrayContaining([now])])
        expect([where, leftovers().containers]).toEqual([where, []])
        if (failed) expect([where, leftovers().volumes]).toEqual([where, expect.arrayContaining(now.Memory === OWN.Memory ? [] : [intent.volume])])
        // The next release finishes.
        await releaseBuilder(intent, false)
        expect([where, limits(), leftovers()]).toEqual([where, OWN, { volumes: [], containers: [] }])
      }
    }
  }, 600000)
})
