import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { contextMetaPath } from '../../src/core/docker-endpoint.js'

// dist/cli.js asks the engine before it loads dist/cli-plan-detect.js, a separate bundle; both
// load the one probe module (dist/shared.js): the plan takes that answer, not asking twice.
const COLIMA = join(import.meta.dirname, '../fixtures/docker-info/colima-0.8-macos-synthetic.json')

let dir: string
let server: Server
let requests: string[]

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dma-cli-probe-'))
  mkdirSync(join(dir, 'empty-bin'))
  requests = []
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    res.end(readFileSync(COLIMA))
  })
  await new Promise<void>((resolve) => server.listen(join(dir, 'engine.sock'), resolve))
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
})

/** The bundled CLI against the fake engine only: no docker config of this machine's user, no docker on PATH. */
async function cli(args: string[], env: Record<string, string> = { DOCKER_HOST: `unix://${join(dir, 'engine.sock')}` }): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/cli.js', ...args], {
    env: { HOME: join(dir, 'home'), PATH: join(dir, 'empty-bin'), ...env }
  })
  return JSON.parse(stdout) as Record<string, unknown>
}

describe('the CLI asks the engine once, before it loads the command', () => {
  test('plan --format json plans with the engine that answered the early question', async () => {
    const plan = await cli(['plan', '--format', 'json'])
    expect(plan.dockerMemoryBytes).toBe(4101783552)
    expect(requests).toEqual(['GET /info'])
  })

  test('detect --format json names the socket it asked', async () => {
    const machine = await cli(['detect', '--format', 'json'])
    expect(machine).toMatchObject({ docker: { backend: 'colima', memTotalBytes: 4101783552 }, dockerVia: { path: 'socket', socket: join(dir, 'engine.sock') } })
    expect(requests).toEqual(['GET /info'])
  })

  test("a named context's socket: the bundle hashes its name with node:crypto, loaded on that first call", async () => {
    const config = join(dir, 'docker-config')
    const metaPath = contextMetaPath(config, 'colima')
    mkdirSync(join(metaPath, '..'), { recursive: true })
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'colima' }))
    writeFileSync(
      metaPath,
      JSON.stringify({ Name: 'colima', Metadata: {}, Endpoints: { docker: { Host: `unix://${join(dir, 'engine.sock')}`, SkipTLSVerify: false } } })
    )
    const plan = await cli(['plan', '--format', 'json'], { DOCKER_CONFIG: config })
    expect(plan.dockerMemoryBytes).toBe(4101783552)
    expect(requests).toEqual(['GET /info'])
  })

  test('plan --no-docker does not ask', async () => {
    await cli(['plan', '--no-docker', '--format', 'json'])
    expect(requests).toEqual([])
  })
})
