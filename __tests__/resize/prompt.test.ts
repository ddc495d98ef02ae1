import { afterEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { GiB } from '../../src/core/units.js'
import { Sim } from './simulator.js'

const STORE_4G = '{"MemoryMiB": 4096, "Cpus": 2}'

let sim: Sim
afterEach(() => sim?.cleanup())

/** The CLI on a real terminal: util-linux `script` gives it a pty, our answer goes in on stdin. */
function onTerminal(answer: string): { stdout: string; status: number | null } {
  const cmd = `${process.execPath} ${resolve('dist/cli.js')} resize --memory 8g --platform darwin --timeout 30`
  const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { env: { ...sim.env, CI: '' }, input: answer, encoding: 'utf8', timeout: 60000 })
  return { stdout: r.stdout, status: r.status }
}

describe("without --yes on a terminal: the seed's three choices", () => {
  test.each([
    ['2\n', 'Nothing changed. Plan for a smaller model: docker-memory plan --on-insufficient downgrade'],
    ['3\n', 'Nothing changed; continuing with 3.84 GiB: containers above that will be killed or refused.']
  ])('answer %j changes nothing', async (answer, said) => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = onTerminal(answer)
    expect(r.stdout).toContain("1) Increase Docker's memory and restart it (default)")
    expect(r.stdout).toContain('2) Choose a smaller model instead')
    expect(r.stdout).toContain('3) Continue anyway (not recommended)')
    expect(r.stdout).toContain(said)
    expect(r.status).toBe(0)
    expect(sim.read(sim.store)).toBe(STORE_4G)
  })

  test('Enter takes the default: increase', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = onTerminal('\n')
    expect(r.stdout).toContain('Resized: Docker now has 7.68 GiB')
    expect(sim.memTotal()).toBe(Math.floor(8 * GiB * 0.96))
  })

  test('with CI set there is no question', async () => {
    sim = new Sim('darwin', 'desktop')
    sim.write(sim.store, STORE_4G)
    await sim.boot()
    const r = sim.cli(['resize', '--memory', '8g', '--platform', 'darwin', '--timeout', '30'])
    expect(r.stdout).not.toContain('Choice [1]')
    expect(r.status).toBe(0)
  })
})
