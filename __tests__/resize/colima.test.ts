import { afterEach, describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { GiB } from '../../src/core/units.js'
import { Sim } from './simulator.js'

// As `colima template` writes it, trimmed, with a user comment.
const COLIMA_YAML = `# Number of CPUs to be allocated to the virtual machine.
cpu: 3

# Size of the disk in GiB to be allocated to the virtual machine.
disk: 80

# Size of the memory in GiB to be allocated to the virtual machine.
memory: 4   # raised for the CI builds

arch: host
runtime: docker
kubernetes:
  enabled: false
  version: v1.33.1+k3s1
`

let sim: Sim
afterEach(() => sim?.cleanup())

describe('Colima', () => {
  test('4 → 10 GiB: colima stop, colima start --memory 10 keeping cpu and disk; only memory: changes', async () => {
    sim = new Sim('darwin', 'colima')
    sim.write(sim.colimaConfig(), COLIMA_YAML)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '10g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Backend: colima')
    expect(sim.calls().filter((c) => c.startsWith('colima'))).toEqual(['colima stop', 'colima start --memory 10 --cpu 3 --disk 80'])
    expect(sim.read(sim.colimaConfig())).toBe(COLIMA_YAML.replace('memory: 4 ', 'memory: 10 '))
    expect(sim.memTotal()).toBe(Math.floor(10 * GiB * 0.96))
    expect(readdirSync(dirname(sim.colimaConfig())).filter((f) => f.includes('backup'))).toHaveLength(1)
  })

  test('a start that fails rolls back to the old size and the original file', async () => {
    sim = new Sim('linux', 'colima')
    sim.write(sim.colimaConfig(), COLIMA_YAML)
    await sim.boot()
    sim.faults({ failLaunches: 1 })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'linux', '--timeout', '30'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /colima start --memory 8 --cpu 3 --disk 80 exited 1: .*error starting vm.*\. Rolled back: .*colima\.yaml was restored from .*; Docker is running again with 3\.84 GiB\./
    )
    expect(sim.read(sim.colimaConfig())).toBe(COLIMA_YAML)
    expect(
      sim
        .calls()
        .filter((c) => c.startsWith('colima'))
        .pop()
    ).toBe('colima start --memory 4 --cpu 3 --disk 80')
  })

  test('a colima stop that leaves the VM running is caught before the edit', async () => {
    sim = new Sim('darwin', 'colima')
    sim.write(sim.colimaConfig(), COLIMA_YAML)
    await sim.boot()
    sim.faults({ stopIgnored: true })
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(
      /^docker-memory: colima stop returned but Docker still answers, so the VM did not stop\. Nothing was changed \(.*colima\.yaml is untouched\); Docker is running with 3\.84 GiB\.\n$/
    )
    expect(sim.read(sim.colimaConfig())).toBe(COLIMA_YAML)
  })

  test('an unparsable colima.yaml is refused untouched', async () => {
    sim = new Sim('darwin', 'colima')
    sim.write(sim.colimaConfig(), COLIMA_YAML)
    await sim.boot()
    const broken = COLIMA_YAML.replace('memory: 4 ', 'memory: four ')
    sim.write(sim.colimaConfig(), broken)
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin'])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^docker-memory: .*colima\.yaml: memory: four {3}# raised for the CI builds is not a number; it was left untouched\n$/)
    expect(sim.read(sim.colimaConfig())).toBe(broken)
  })
})
