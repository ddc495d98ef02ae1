import { afterEach, describe, expect, test } from '@jest/globals'
import { GiB } from '../../src/core/units.js'
import { Sim } from './simulator.js'

const STORE_4G = '{\n  "MemoryMiB": 4096,\n  "Cpus": 4,\n  "KeyFromTheFuture": true\n}\n'

let sim: Sim
afterEach(() => sim?.cleanup())

describe('the action with on-insufficient: resize', () => {
  test('Docker Desktop of 4 GiB, llama3.1:8b needs 10 GiB: resized, re-planned, resized=true with the new memory', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.action({ 'ollama-model': 'llama3.1:8b', 'on-insufficient': 'resize', summary: 'false', 'export-env': 'false' }, 'macOS')
    expect(r.stdout).not.toContain('::error')
    expect(r.status).toBe(0)
    expect(r.outputs.resized).toBe('true')
    expect(Number(r.outputs['docker-memory-bytes'])).toBe(Math.floor(10 * GiB * 0.96))
    expect(r.outputs.status).toBe('ok')
    expect(r.stdout).toContain("::group::Resizing Docker's VM to 10 GiB (desktop: docker info names Docker Desktop)")
    expect(sim.read(sim.store)).toBe(STORE_4G.replace('4096', '10240'))
  })

  test('a plan that fits is not resized', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.action({ containers: 'redis=512m', 'on-insufficient': 'resize', summary: 'false', 'export-env': 'false' }, 'macOS')
    expect(r.outputs.resized).toBe('false')
    // Read-only: the engine's memory, and whether there is a buildx builder to bind.
    expect(sim.calls().filter((c) => !/^docker (info|buildx version)/.test(c))).toEqual([])
  })

  test('a resize that fails: an error annotation with the rollback, the settings restored, the plan fails as insufficient', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    // The app never quits, so the shortest timeout there is cannot change the outcome.
    sim.faults({ refuseQuit: true, ignoreSigterm: true, noDesktopCli: true })
    const r = sim.action(
      { 'ollama-model': 'llama3.1:8b', 'on-insufficient': 'resize', 'resize-timeout': '1', summary: 'false', 'export-env': 'false' },
      'macOS'
    )
    expect(r.status).toBe(1)
    expect(r.outputs.resized).toBe('false')
    expect(r.stdout).toMatch(
      /::error title=Docker's VM was not resized::Docker Desktop did not quit \(.*\): quit it yourself, then retry\. Nothing was changed/
    )
    expect(r.stdout).toContain('::error::The memory plan does not fit this machine (on-insufficient: resize)')
    expect(sim.read(sim.store)).toBe(STORE_4G)
  })

  test('resize: 6g with a plan that fits brings the VM up to 6 GiB', async () => {
    sim = new Sim('win32', 'wsl')
    sim.write(sim.store, '{"WslEngineEnabled": true}')
    sim.write(sim.wslconfig, '[wsl2]\nmemory=4GB\n')
    await sim.boot()
    const r = sim.action({ 'on-insufficient': 'resize', resize: '6g', summary: 'false', 'export-env': 'false' }, 'Windows')
    expect(r.status).toBe(0)
    expect(r.outputs.resized).toBe('true')
    expect(sim.read(sim.wslconfig)).toBe('[wsl2]\nmemory=6GB\n')
    expect(Number(r.outputs['docker-memory-bytes'])).toBe(Math.floor(6 * GiB * 0.96))
  })

  test('a plan no VM size can satisfy: a warning, Docker is not restarted', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.action({ containers: 'big=200g', 'on-insufficient': 'resize', summary: 'false', 'export-env': 'false' }, 'macOS')
    expect(r.status).toBe(1)
    expect(r.outputs.resized).toBe('false')
    expect(r.stdout).toMatch(
      /::warning title=Docker's VM was not resized::Resizing would not help: no VM size up to this machine's [\d.]+ GiB makes the plan fit \(container big needs 200 GiB but Docker's engine has 3\.84 GiB\)\./
    )
    expect(sim.calls().filter((c) => !c.startsWith('docker info'))).toEqual([])
    expect(sim.read(sim.store)).toBe(STORE_4G)
  })

  test('a bad resize input is one clear error, before anything runs', () => {
    sim = new Sim('darwin', 'desktop')
    const r = sim.action({ 'on-insufficient': 'resize', resize: 'lots' }, 'macOS')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('::error::resize "lots" is not a size: use a number with a unit, like 512m, 20g or 1.5g')
    // Only the engine's memory was asked for (started before the inputs are read, to save the wait); nothing was stopped or edited.
    expect(sim.calls()).toEqual(['docker info --format {{json .}}'])
  })
})
