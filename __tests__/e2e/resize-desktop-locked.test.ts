/**
 * A settings file Docker Desktop cannot write once it has stopped: the fault is made with
 * `chattr +i`, which needs root (CAP_LINUX_IMMUTABLE), so it runs in the engine tier.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { GiB } from '../../src/core/units.js'
import { Sim } from '../resize/simulator.js'

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

let sim: Sim
afterEach(() => sim?.cleanup())

describe('Docker Desktop faults: the original settings survive or are restored, the error says what to do', () => {
  test('write failure after the stop: the file stays as it was and Docker is started again on it', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    sim.faults({ lockSettingsOnStop: true })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /^docker-memory: could not write .*settings-store\.json \(EPERM: operation not permitted, .*\); it was left as it was\. Docker is running again with 3\.84 GiB\.\n$/
    )
    expect(sim.read(sim.store)).toBe(STORE_4G)
    expect(sim.memTotal()).toBe(Math.floor(4 * GiB * 0.96))
  })
})
