import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { totalmem } from 'node:os'
import { runCli, runEntry } from '../helpers/action.js'
import { memoryCgroup } from '../helpers/cgroup.js'

const GiB = 1024 ** 3

// Issue 2, check 3: inside a real memory cgroup of 3 GiB on a larger machine, the action and
// the CLI see 3 GiB, not the host. Needs root (CI has it); fails, never skips, without it.
describe('in a real 3 GiB memory cgroup', () => {
  let cgroup: ReturnType<typeof memoryCgroup>

  beforeAll(() => {
    expect(totalmem()).toBeGreaterThan(4 * GiB) // otherwise the test would prove nothing
    cgroup = memoryCgroup(`dma-test-plan-${process.pid}`, 3 * GiB)
  })
  afterAll(() => cgroup?.remove())

  test('the CLI plans within 3 GiB', () => {
    const r = runCli(['plan', '--format', 'json'], { wrap: cgroup.wrap })
    expect(r.stderr).toBe('')
    const plan = JSON.parse(r.stdout)
    expect(plan.totalMemoryBytes).toBe(3 * GiB)
    expect(plan.totalMemorySource).toBe('cgroup')
    expect(plan.cgroupLimitBytes).toBe(3 * GiB)
    expect(plan.physicalMemoryBytes).toBe(totalmem())
    expect(plan.buildMemoryBytes).toBeGreaterThan(0)
    expect(plan.buildMemoryBytes + plan.reserveMemoryBytes).toBeLessThanOrEqual(3 * GiB)
  })

  test('detect names the cgroup and its limit', () => {
    const r = runCli(['detect', '--no-docker'], { wrap: cgroup.wrap })
    expect(r.stdout).toMatch(new RegExp(`cgroup {7}v${cgroup.version} /dma-test-plan-${process.pid}: memory 3 GiB`))
  })

  test('the action reports 3 GiB total and the cgroup limit', () => {
    const run = runEntry('dist/main.js', {}, { wrap: cgroup.wrap })
    expect(run.status).toBe(0)
    expect(run.outputs['total-memory-bytes']).toBe(String(3 * GiB))
    expect(run.outputs['total-memory']).toBe('3g')
    expect(run.outputs['cgroup-limit']).toBe('3g')
    expect(Number(run.outputs['build-memory-bytes'])).toBeLessThan(3 * GiB)
    expect(run.summary).toContain('Machine · 3 GiB')
  })
})
