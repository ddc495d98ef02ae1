import { afterEach, describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { GiB } from '../../src/core/units.js'
import { Sim } from './simulator.js'

// A settings-store.json as Docker Desktop 4.4x writes it, plus a key we do not know and odd spacing.
const STORE_4G = `{
    "AutoStart": false,
    "Cpus": 4,
    "DiskSizeMiB": 65536,
    "MemoryMiB":    4096,
    "SwapMiB": 1024,
    "SomeFutureKey": {"nested": [1, 2, {"deep": "value"}]},
    "UseVirtualizationFramework": true
}
`
const LEGACY_4G = '{"autoStart":false,"cpus":4,"memoryMiB":4096,"swapMiB":1024,"diskSizeMiB":65536,"unknownLegacyKey":"kept"}'

let sim: Sim
afterEach(() => sim?.cleanup())

function backups(): string[] {
  return readdirSync(sim.desktopDir).filter((f) => f.includes('.docker-memory-backup-'))
}

describe('Docker Desktop on macOS, through the CLI', () => {
  test('4 GiB → 10 GiB: edits only MemoryMiB, restarts, verifies, keeps a backup', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '10g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(
      /Resized: Docker now has 9\.6 GiB \(was 3\.84 GiB\)\. The old settings are in .*settings-store\.json\.docker-memory-backup-\d{8}T\d{6}Z-[0-9a-f]{8}\./
    )
    expect(sim.read(sim.store)).toBe(STORE_4G.replace('"MemoryMiB":    4096', '"MemoryMiB":    10240'))
    expect(sim.memTotal()).toBe(Math.floor(10 * GiB * 0.96))
    expect(backups()).toHaveLength(1)
    expect(sim.read(`${sim.desktopDir}/${backups()[0]}`)).toBe(STORE_4G)
    expect(sim.calls()).toEqual(expect.arrayContaining(['docker desktop stop', 'docker desktop start']))
  })

  test('settings.json of Docker Desktop ≤ 4.34: memoryMiB changes, unknown keys survive', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.legacy, LEGACY_4G)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(0)
    expect(sim.read(sim.legacy)).toBe(LEGACY_4G.replace('"memoryMiB":4096', '"memoryMiB":8192'))
    expect(sim.memTotal()).toBe(Math.floor(8 * GiB * 0.96))
  })

  test('both files after an upgrade: settings-store.json is the one edited, settings.json is untouched', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    sim.write(sim.legacy, LEGACY_4G)
    await sim.boot()
    expect(sim.cli(['resize', '--memory', '6g', '--platform', 'darwin', '--timeout', '30']).status).toBe(0)
    expect(sim.read(sim.legacy)).toBe(LEGACY_4G)
    expect(sim.read(sim.store)).toContain('"MemoryMiB":    6144')
  })

  test("an absent MemoryMiB is added in the file's own style", async () => {
    sim = new Sim('darwin', 'desktop')
    const text = '{\n\t"Cpus": 2,\n\t"OtherKey": "x"\n}'
    sim.write(sim.store, text)
    await sim.boot()
    expect(sim.cli(['resize', '--memory', '4g', '--platform', 'darwin', '--timeout', '30']).status).toBe(0)
    expect(sim.read(sim.store)).toBe('{\n\t"Cpus": 2,\n\t"OtherKey": "x",\n\t"MemoryMiB": 4096\n}')
    expect(sim.memTotal()).toBe(Math.floor(4 * GiB * 0.96))
  })

  test('without the docker desktop CLI (< 4.37) it quits through osascript and starts with open -a Docker', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.faults({ noDesktopCli: true })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(0)
    expect(sim.calls()).toEqual(expect.arrayContaining(['osascript -e quit app "Docker"', 'open -a Docker']))
    expect(sim.memTotal()).toBe(Math.floor(8 * GiB * 0.96))
  })

  test("quit refused: the app's own pid gets SIGTERM, never a kill by name", async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.faults({ refuseQuit: true })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/sending SIGTERM to Docker Desktop's process \d+/)
    expect(sim.calls().some((c) => /killall|pkill/.test(c))).toBe(false)
    expect(sim.memTotal()).toBe(Math.floor(8 * GiB * 0.96))
  })

  test('the app rewrites its settings while quitting: the edit applies to what it left, its new key survives', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.faults({ rewriteOnStop: true })
    expect(sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30']).status).toBe(0)
    const after = JSON.parse(sim.read(sim.store)) as Record<string, unknown>
    expect(after.MemoryMiB).toBe(8192)
    expect(after.LastQuitAt).toBe('rewritten by the app while quitting')
    expect(sim.memTotal()).toBe(Math.floor(8 * GiB * 0.96))
  })

  test('--dry-run says what would happen and changes nothing', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--dry-run'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('has 4 GiB → 8 GiB')
    expect(r.stdout).toContain('Dry run: would back up')
    expect(sim.read(sim.store)).toBe(STORE_4G)
    expect(sim.calls().filter((c) => !c.startsWith('docker info'))).toEqual([])
    expect(backups()).toEqual([])
  })

  test('an engine that already has the memory is left alone', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '4g', '--platform', 'darwin'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('nothing to change')
    expect(sim.read(sim.store)).toBe(STORE_4G)
  })
})

describe('Docker Desktop faults: the original settings survive or are restored, the error says what to do', () => {
  test('corrupt JSON: refused before anything is stopped', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const corrupt = STORE_4G.replace('"Cpus": 4,', '"Cpus": 4,,')
    sim.write(sim.store, corrupt)
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /^docker-memory: .*settings-store\.json is not valid JSON \(PropertyNameExpected on line 3\); it was left untouched: fix or remove it, then retry\n$/
    )
    expect(sim.read(sim.store)).toBe(corrupt)
    expect(sim.calls().filter((c) => !c.startsWith('docker info'))).toEqual([])
  })

  test('the daemon never comes back: the backup is restored, Docker restarted on it, both reported', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.faults({ failLaunches: 1 })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '3'])
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/Waiting for Docker Desktop to start Docker \(\d s of 3 s\)…/)
    expect(r.stderr).toMatch(
      /Docker did not answer within 3 s after Docker Desktop was started\. Rolled back: .*settings-store\.json was restored from .*docker-memory-backup-\d{8}T\d{6}Z-[0-9a-f]{8}; Docker is running again with 3\.84 GiB\./
    )
    expect(sim.read(sim.store)).toBe(STORE_4G)
    expect(sim.memTotal()).toBe(Math.floor(4 * GiB * 0.96))
  })

  test('the daemon never comes back even after the rollback: the settings are restored and the user is told to start it', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.faults({ failLaunches: 2 })
    // Neither launch ever answers, so the shortest timeout there is cannot change the outcome.
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '1'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/was restored from .*; Docker did not come back within 1 s: start it by hand \(open -a Docker\) and check docker info\./)
    expect(sim.read(sim.store)).toBe(STORE_4G)
  })

  test('quit refused and SIGTERM ignored: nothing is edited, Docker keeps running', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.faults({ refuseQuit: true, ignoreSigterm: true })
    // The app never quits, so the shortest timeout there is cannot change the outcome.
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '1'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /Docker Desktop did not quit \(.*User canceled.*ignored SIGTERM.*\): quit it yourself, then retry\. Nothing was changed \(.*settings-store\.json is untouched\); Docker is running with 3\.84 GiB\./
    )
    expect(sim.read(sim.store)).toBe(STORE_4G)
    expect(backups()).toEqual([])
  })

  test('write failure: refused before Docker is stopped', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.lockDesktopDir()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^docker-memory: cannot create the lock .*settings-store\.json\.docker-memory\.lock: permission denied\n$/)
    expect(sim.read(sim.store)).toBe(STORE_4G)
    expect(sim.memTotal()).toBe(Math.floor(4 * GiB * 0.96))
    expect(sim.calls().filter((c) => c.startsWith('docker desktop'))).toEqual([])
  })

  test('a request above 70 % of the machine is refused with the numbers', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '4000g', '--platform', 'darwin'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /^docker-memory: Docker's VM would need 3\.91 TiB, above the ceiling of [\d.]+ GiB \(70 % of this machine's [\d.]+ GiB\); use a smaller model/
    )
    expect(sim.read(sim.store)).toBe(STORE_4G)
  })

  test('timeout: a slow start past --timeout rolls back', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    // 8 s to start, far past the timeout (the shortest there is) however loaded the machine.
    sim.faults({ startDelayMs: 8000 })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '1'])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('Docker did not answer within 1 s after Docker Desktop was started. Rolled back')
    expect(sim.read(sim.store)).toBe(STORE_4G)
    expect(readdirSync(sim.desktopDir).filter((f) => f.includes('docker-memory') && !f.includes('backup'))).toEqual([])
  })
})
