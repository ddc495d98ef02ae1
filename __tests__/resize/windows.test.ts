import { afterEach, describe, expect, test } from '@jest/globals'
import { GiB } from '../../src/core/units.js'
import { Sim } from './simulator.js'

const WSLCONFIG =
  '# my WSL settings\r\n[wsl2]\r\nprocessors=4   ; keep\r\nmemory = 4GB  # was tuned by hand\r\nswap=2GB\r\n\r\n[experimental]\r\nautoMemoryReclaim=gradual\r\n'
const STORE_WSL = '{\r\n  "MemoryMiB": 2048,\r\n  "WslEngineEnabled": true,\r\n  "Cpus": 4\r\n}\r\n'

let sim: Sim
afterEach(() => sim?.cleanup())

describe('Windows with the WSL 2 backend', () => {
  test('4 GB → 10 GB: only [wsl2] memory changes (CRLF, comments, other sections kept), wsl --shutdown, Desktop restarted', async () => {
    sim = new Sim('win32', 'wsl')
    sim.write(sim.store, STORE_WSL)
    sim.write(sim.wslconfig, WSLCONFIG)
    await sim.boot()
    expect(sim.memTotal()).toBe(Math.floor(4 * GiB * 0.96))
    const r = sim.cli(['resize', '--memory', '10g', '--platform', 'win32', '--timeout', '30'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Backend: wsl')
    expect(sim.read(sim.wslconfig)).toBe(WSLCONFIG.replace('memory = 4GB', 'memory = 10GB'))
    expect(sim.read(sim.store)).toBe(STORE_WSL)
    expect(sim.memTotal()).toBe(Math.floor(10 * GiB * 0.96))
    expect(sim.calls()).toEqual(expect.arrayContaining(['docker desktop stop', 'wsl --shutdown', 'docker desktop start']))
  })

  test('no .wslconfig: one is created, and removed again when the restart fails', async () => {
    sim = new Sim('win32', 'wsl')
    sim.write(sim.store, STORE_WSL)
    await sim.boot()
    sim.faults({ failLaunches: 1 })
    const r = sim.cli(['resize', '--memory', '10g', '--platform', 'win32', '--timeout', '3'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/Rolled back: .*\.wslconfig was removed again; Docker is running again with 7\.68 GiB\./)
    expect(() => sim.read(sim.wslconfig)).toThrow()
  })

  test('without docker desktop stop (< 4.37) it fails before editing and says what to do', async () => {
    sim = new Sim('win32', 'wsl')
    sim.write(sim.store, STORE_WSL)
    sim.write(sim.wslconfig, WSLCONFIG)
    await sim.boot()
    sim.faults({ noDesktopCli: true })
    const r = sim.cli(['resize', '--memory', '10g', '--platform', 'win32', '--timeout', '3'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /Docker Desktop did not quit \(docker desktop stop exited 1: docker: 'desktop' is not a docker command\.\): quit it yourself, then retry\. Nothing was changed/
    )
    expect(sim.read(sim.wslconfig)).toBe(WSLCONFIG)
  })
})

describe('Windows with the Hyper-V backend and admin settings', () => {
  const STORE_HYPERV = '{"MemoryMiB":4096,"WslEngineEnabled":false,"Cpus":2}'

  test('WslEngineEnabled false: settings-store.json is edited, Docker Desktop restarted', async () => {
    sim = new Sim('win32', 'desktop')
    sim.write(sim.store, STORE_HYPERV)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'win32', '--timeout', '30'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Backend: desktop')
    expect(sim.read(sim.store)).toBe(STORE_HYPERV.replace('4096', '8192'))
    expect(sim.memTotal()).toBe(Math.floor(8 * GiB * 0.96))
  })

  test('docker desktop start failing: Docker Desktop.exe is launched instead', async () => {
    sim = new Sim('win32', 'desktop')
    sim.write(sim.store, STORE_HYPERV)
    await sim.boot()
    sim.faults({ noDesktopStart: true })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'win32', '--timeout', '30'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('docker desktop start exited 1: Error: failed to start Docker Desktop: the backend did not answer; launching the app instead')
    expect(sim.memTotal()).toBe(Math.floor(8 * GiB * 0.96))
  })

  test('admin-settings.json locking memory: refused, nothing stopped, nothing changed', async () => {
    sim = new Sim('win32', 'desktop')
    sim.write(sim.store, STORE_HYPERV)
    sim.write(`${sim.programData}/DockerDesktop/admin-settings.json`, '{"configurationFileVersion": 2, "memoryMiB": {"locked": true, "value": 4096}}')
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'win32', '--timeout', '30'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /^docker-memory: .*admin-settings\.json locks memoryMiB: Docker Desktop's memory is managed by your organisation; ask its admin to raise it, nothing was changed\n$/
    )
    expect(sim.read(sim.store)).toBe(STORE_HYPERV)
    expect(sim.calls().filter((c) => !c.startsWith('docker info'))).toEqual([])
  })
})
