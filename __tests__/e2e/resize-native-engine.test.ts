import { afterEach, describe, expect, test } from '@jest/globals'
import { Sim } from '../resize/simulator.js'

let sim: Sim
afterEach(() => sim?.cleanup())

// The native engine is the tier's real one: only the Docker Desktop side is simulated.
describe('the action with on-insufficient: resize, on the real engine', () => {
  test('Linux with the real native engine: resizing does not apply, and the warning says why', () => {
    sim = new Sim('linux', 'desktop')
    const r = sim.action({ containers: 'big=200g', 'on-insufficient': 'resize', summary: 'false', 'export-env': 'false' }, 'Linux', {
      PATH: process.env.PATH ?? '',
      DOCKER_HOST: process.env.DOCKER_HOST ?? ''
    })
    expect(r.outputs.resized).toBe('false')
    expect(r.stdout).toMatch(
      /::warning title=Docker's VM was not resized::Resizing does not apply: Docker runs natively on this Linux machine \(.*\): its containers use the host's memory directly and there is no VM to resize/
    )
  })
})

describe('the CLI on Linux with the real engine', () => {
  test('resizing does not apply, and the CLI says why', () => {
    const r = new Sim('linux', 'desktop')
    sim = r
    // The tier's real engine answers: /usr/local/bin/docker after the fakes are gone from PATH.
    const out = r.cli(['resize', '--memory', '8g', '--platform', 'linux'], { PATH: process.env.PATH ?? '', DOCKER_HOST: process.env.DOCKER_HOST ?? '' })
    expect(out.status).toBe(1)
    expect(out.stderr).toMatch(
      /^docker-memory: resizing does not apply: Docker runs natively on this Linux machine \(.*\): its containers use the host's memory directly and there is no VM to resize/
    )
  })
})
