/**
 * A settings file owned by another user keeps its owner and mode through a resize (as when
 * docker-memory runs under sudo). Making a file another user's needs root, so it runs in the
 * engine tier.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { chmodSync, chownSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Sim } from '../resize/simulator.js'

const STORE_4G = '{\n  "MemoryMiB": 4096,\n  "Cpus": 4\n}\n'

let sim: Sim
afterEach(() => sim?.cleanup())

function dockerMemoryFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes('docker-memory'))
}

describe('files a resize writes, as root', () => {
  test('a uid-1000 0600 file keeps its owner and mode, and so does its backup, byte for byte', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    chownSync(sim.store, 1000, 1000)
    chmodSync(sim.store, 0o600)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(0)
    const stat = statSync(sim.store)
    expect([stat.uid, stat.gid, stat.mode & 0o7777]).toEqual([1000, 1000, 0o600])
    const backups = dockerMemoryFiles(sim.desktopDir)
    expect(backups).toHaveLength(1)
    const backup = join(sim.desktopDir, backups[0])
    const b = statSync(backup)
    expect([b.uid, b.gid, b.mode & 0o7777]).toEqual([1000, 1000, 0o600])
    expect(readFileSync(backup, 'utf8')).toBe(STORE_4G)
  })
})
