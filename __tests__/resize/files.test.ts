/**
 * The files a resize touches: planted links, owners and modes, encodings, symlinked settings,
 * two resizes at once, and a resize interrupted while Docker stops.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { GiB } from '../../src/core/units.js'
import { Sim } from './simulator.js'

const STORE_4G = '{\n  "MemoryMiB": 4096,\n  "Cpus": 4\n}\n'
const COLIMA_YAML = 'cpu: 3\ndisk: 80\nmemory: 4\n'

let sim: Sim
afterEach(() => sim?.cleanup())

function dockerMemoryFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes('docker-memory'))
}

describe('files a resize writes', () => {
  test('a symlink planted at the old temp name is never followed; its target stays as it was', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    const victim = join(sim.root, 'victim')
    writeFileSync(victim, 'precious\n')
    symlinkSync(victim, `${sim.store}.docker-memory.tmp`)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(readlinkSync(`${sim.store}.docker-memory.tmp`)).toBe(victim)
    expect(sim.read(sim.store)).toBe(STORE_4G.replace('4096', '8192'))
  })

  // The case of a file another user owns (docker-memory under sudo) needs root to set up: it is
  // in the engine tier (e2e/resize-file-owner.test.ts). Here, what an ordinary user has: a file
  // of their own keeps its mode, and its backup too: 0640 is neither the 0600 new files are
  // created with nor the umask's 0644, so only a copied mode passes.
  test("the running user's 0640 file keeps its owner and mode, and so does its backup, byte for byte", async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    chmodSync(sim.store, 0o640)
    const owner = [process.getuid!(), process.getgid!()]
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(0)
    const stat = statSync(sim.store)
    expect([stat.uid, stat.gid, stat.mode & 0o7777]).toEqual([...owner, 0o640])
    expect(sim.read(sim.store)).toBe(STORE_4G.replace('4096', '8192'))
    const backups = dockerMemoryFiles(sim.desktopDir)
    expect(backups).toHaveLength(1)
    const backup = join(sim.desktopDir, backups[0])
    const b = statSync(backup)
    expect([b.uid, b.gid, b.mode & 0o7777]).toEqual([...owner, 0o640])
    expect(readFileSync(backup, 'utf8')).toBe(STORE_4G)
  })

  test('a symlinked settings file is edited through the link: the link stays, its target changes', async () => {
    sim = new Sim('darwin', 'desktop')
    const real = join(sim.root, 'dotfiles', 'settings-store.json')
    sim.write(real, STORE_4G)
    symlinkSync(real, sim.store)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(0)
    expect(lstatSync(sim.store).isSymbolicLink()).toBe(true)
    expect(readFileSync(real, 'utf8')).toBe(STORE_4G.replace('4096', '8192'))
  })

  test('a .wslconfig with a cp1252 byte is refused in one line and left byte for byte', async () => {
    sim = new Sim('win32', 'wsl')
    sim.write(sim.store, '{"WslEngineEnabled": true}')
    const bytes = Buffer.from('[wsl2]\r\nmemory=4GB\r\n# caf\xe9\r\n', 'latin1')
    writeFileSync(sim.wslconfig, bytes)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '6g', '--platform', 'win32', '--timeout', '30'])
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`docker-memory: ${sim.wslconfig} is not valid UTF-8 (byte 0xe9 at offset 25); it was left untouched: save it as UTF-8, then retry\n`)
    expect(readFileSync(sim.wslconfig).equals(bytes)).toBe(true)
    expect(dockerMemoryFiles(sim.home)).toEqual([])
    expect(sim.calls().filter((c) => !c.startsWith('docker info'))).toEqual([])
  })

  test('a UTF-16LE .wslconfig with a BOM stays UTF-16LE: only the memory value changes', async () => {
    sim = new Sim('win32', 'wsl')
    sim.write(sim.store, '{"WslEngineEnabled": true}')
    const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    writeFileSync(sim.wslconfig, utf16('[wsl2]\r\nmemory=4GB\r\n# café\r\n'))
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '6g', '--platform', 'win32', '--timeout', '30'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(readFileSync(sim.wslconfig).equals(utf16('[wsl2]\r\nmemory=6GB\r\n# café\r\n'))).toBe(true)
  })

  test('two resizes at once never interleave: the second is refused in one line or waits its turn, and the file holds what the engine has', async () => {
    sim = new Sim('linux', 'colima')
    sim.write(sim.colimaConfig(), COLIMA_YAML)
    await sim.boot()
    // The first to stop Colima is held there (a gate, not a delay) until the other has ended:
    // refused after its 2 s wait for the lock, so the holder cannot finish first.
    sim.faults({ stopHeld: true })
    const run = (size: string): Promise<{ code: number | null; stderr: string }> =>
      new Promise((done) => {
        const child = spawn(process.execPath, [resolve('dist/cli.js'), 'resize', '--memory', size, '--platform', 'linux', '--timeout', '30'], { env: sim.env })
        let stderr = ''
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
        child.on('close', (code) => {
          sim.faults({})
          done({ code, stderr })
        })
      })
    const [a, b] = await Promise.all([run('8g'), run('12g')])
    const refused = [a, b].filter((x) => x.code !== 0)
    expect(refused.length).toBeLessThanOrEqual(1)
    for (const r of refused) {
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(
        /^docker-memory: .*colima\.yaml is locked by process \d+ \(another docker-memory resize\); wait for it to finish, or remove .*colima\.yaml\.docker-memory\.lock if no docker-memory runs\n$/
      )
    }
    // The lost update this guards against: both said done, and the file held neither size.
    const gib = refused.length === 1 ? (refused[0] === a ? 12 : 8) : Number(/memory: (\d+)/.exec(sim.read(sim.colimaConfig()))?.[1])
    expect([8, 12]).toContain(gib)
    expect(sim.read(sim.colimaConfig())).toBe(COLIMA_YAML.replace('memory: 4', `memory: ${gib}`))
    expect(sim.memTotal()).toBe(Math.floor(gib * GiB * 0.96))
    expect(dockerMemoryFiles(join(sim.colimaConfig(), '..')).filter((f) => !f.includes('backup'))).toEqual([])
  })

  test('SIGTERM while Colima stops: Colima is started again on the untouched file, and the error says so', async () => {
    sim = new Sim('linux', 'colima')
    sim.write(sim.colimaConfig(), COLIMA_YAML)
    await sim.boot()
    sim.faults({ stopHeld: true })
    const child = spawn(process.execPath, [resolve('dist/cli.js'), 'resize', '--memory', '8g', '--platform', 'linux', '--timeout', '30'], { env: sim.env })
    let stdout = ''
    let stderr = ''
    let signalled = false
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      // Once: a signal sent after the run has ended and let go of its handlers would kill it.
      if (!signalled && stdout.includes('Stopping Colima')) signalled = child.kill('SIGTERM')
      // The gate opens once the run has taken the signal, so it is seen while Colima is held.
      if (signalled && stdout.includes('Got SIGTERM')) sim.faults({})
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const code = await new Promise((done) => child.on('close', done))
    expect(code).toBe(1)
    expect(stdout).toContain('Got SIGTERM: stopping the resize and putting Docker back…')
    expect(stderr).toMatch(
      /^docker-memory: interrupted by SIGTERM while Colima \(profile default\) was stopping\. Nothing was changed \(.*colima\.yaml is untouched\); Docker is running again with 3\.84 GiB\.\n$/
    )
    expect(sim.read(sim.colimaConfig())).toBe(COLIMA_YAML)
    expect(sim.memTotal()).toBe(Math.floor(4 * GiB * 0.96))
  })

  test('SIGINT while the new size starts: the file is rolled back and Docker runs again on it', async () => {
    sim = new Sim('linux', 'colima')
    sim.write(sim.colimaConfig(), COLIMA_YAML)
    await sim.boot()
    sim.faults({ startHeld: true })
    const child = spawn(process.execPath, [resolve('dist/cli.js'), 'resize', '--memory', '8g', '--platform', 'linux', '--timeout', '30'], { env: sim.env })
    let stdout = ''
    let stderr = ''
    let signalled = false
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      // Once: a signal sent after the run has ended and let go of its handlers would kill it.
      if (!signalled && stdout.includes('Starting Colima')) signalled = child.kill('SIGINT')
      // The gate opens once the run has taken the signal, so it is seen while Colima is held.
      if (signalled && stdout.includes('Got SIGINT')) sim.faults({})
    })
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const code = await new Promise((done) => child.on('close', done))
    expect({ code, stdout, stderr }).toMatchObject({ code: 1 })
    expect(stderr).toMatch(
      /^docker-memory: interrupted by SIGINT while Colima \(profile default\) was starting with the new size\. Rolled back: .*colima\.yaml was restored from .*; Docker is running again with 3\.84 GiB\.\n$/
    )
    expect(sim.read(sim.colimaConfig())).toBe(COLIMA_YAML)
    expect(sim.memTotal()).toBe(Math.floor(4 * GiB * 0.96))
  })
})

describe('resize refusals in the action', () => {
  test('resize: 0 is one input error before anything runs', () => {
    sim = new Sim('darwin', 'desktop')
    const r = sim.action({ 'on-insufficient': 'resize', resize: '0' }, 'macOS')
    expect(r.status).toBe(1)
    expect(r.stdout).toContain(`::error::resize "0" is below 1 GiB, the least Docker's VM boots with; give the size the VM should have (12g) or auto`)
    // Only the engine's memory was asked for (started before the inputs are read); nothing was stopped or edited.
    expect(sim.calls()).toEqual(['docker info --format {{json .}}'])
  })

  test('resize: 100g above the ceiling fails the step, Docker untouched', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.action({ containers: 'redis=512m', 'on-insufficient': 'resize', resize: '4000g', summary: 'false', 'export-env': 'false' }, 'macOS')
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/::error title=Docker's VM was not resized::Docker's VM would need 3\.91 TiB, above the ceiling of/)
    expect(r.outputs.resized).toBe('false')
    // Read-only: the engine's memory, and whether there is a buildx builder to bind.
    expect(sim.calls().filter((c) => !/^docker (info|buildx version)/.test(c))).toEqual([])
    expect(sim.read(sim.store)).toBe(STORE_4G)
  })
})
