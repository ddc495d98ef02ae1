import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { contextMetaPath } from '../../src/core/docker-endpoint.js'
import { parseDockerInfo } from '../../src/core/docker-info.js'
import { askSocket, probeDocker } from '../../src/probes/docker.js'

const fixture = (path: string): string => readFileSync(join(import.meta.dirname, '../fixtures', path), 'utf8')

let dir: string
let server: Server | null = null
let requests: string[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dma-socket-'))
  requests = []
})

afterEach(async () => {
  if (server) {
    server.closeAllConnections()
    await new Promise((resolve) => server!.close(resolve))
  }
  server = null
  rmSync(dir, { recursive: true, force: true })
})

/** A fake engine on a unix socket in the temp dir, answering every request with `answer`. */
async function fakeEngine(answer: (res: ServerResponse) => void): Promise<string> {
  const socket = join(dir, 'engine.sock')
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    answer(res)
  })
  await new Promise<void>((resolve) => server!.listen(socket, resolve))
  return socket
}

/** An environment that names only what the test gives: no docker config of this machine's user, no docker on PATH. */
function isolated(env: Record<string, string>): Record<string, string> {
  mkdirSync(join(dir, 'empty-bin'), { recursive: true })
  return { HOME: join(dir, 'home'), PATH: join(dir, 'empty-bin'), ...env }
}

describe("the engine's /info over its API socket", () => {
  test.each([
    [
      'captured/engine-20.10-api-info.json',
      {
        backend: 'engine',
        memTotalBytes: 25276063744,
        ncpu: 2,
        cgroupVersion: '1',
        cgroupDriver: 'cgroupfs',
        serverVersion: '20.10.24+dfsg1',
        clientVersion: null,
        buildxVersion: null
      }
    ],
    ['captured/docker-info-engine-20.10-cgroupv1.json', { backend: 'engine', memTotalBytes: 25276502016, clientVersion: '28.2.2' }]
  ])('%s parses as docker info does', (file, expected) => {
    expect(parseDockerInfo(fixture(file))).toMatchObject(expected)
  })

  test('the current context of DOCKER_CONFIG names the socket', async () => {
    const socket = await fakeEngine((res) => res.end(fixture('docker-info/colima-0.8-macos-synthetic.json')))
    const config = join(dir, 'docker-config')
    mkdirSync(config)
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'colima' }))
    const metaPath = contextMetaPath(config, 'colima')
    mkdirSync(join(metaPath, '..'), { recursive: true })
    writeFileSync(metaPath, JSON.stringify({ Name: 'colima', Metadata: {}, Endpoints: { docker: { Host: `unix://${socket}`, SkipTLSVerify: false } } }))
    const probe = await probeDocker(5000, isolated({ DOCKER_CONFIG: config }))
    expect(probe).toMatchObject({ via: { path: 'socket', socket }, docker: { backend: 'colima', inVm: true } })
    expect(requests).toEqual(['GET /info'])
  })
})

describe('when the socket does not answer well', () => {
  test('an error status goes to the CLI, which is told why', async () => {
    const socket = await fakeEngine((res) => {
      res.statusCode = 500
      res.end('{"message":"engine is starting"}')
    })
    expect(await askSocket(socket, 5000)).toEqual({ text: null, error: 'GET /info answered 500 {"message":"engine is starting"}', timedOut: false })
    const probe = await probeDocker(5000, isolated({ DOCKER_HOST: `unix://${socket}` }))
    expect(probe).toEqual({
      docker: null,
      reason: 'no docker command on PATH',
      via: { path: 'cli', why: `socket ${socket} failed: GET /info answered 500 {"message":"engine is starting"}` }
    })
  })

  test('an answer that is not docker info goes to the CLI', async () => {
    const socket = await fakeEngine((res) => res.end('<html>proxy</html>'))
    const probe = await probeDocker(5000, isolated({ DOCKER_HOST: `unix://${socket}` }))
    expect(probe.via).toEqual({ path: 'cli', why: `socket ${socket}: docker info did not print JSON` })
  })

  test('no socket at the path goes to the CLI', async () => {
    const socket = join(dir, 'absent.sock')
    const probe = await probeDocker(5000, isolated({ DOCKER_HOST: `unix://${socket}` }))
    expect(probe).toEqual({ docker: null, reason: 'no docker command on PATH', via: { path: 'cli', why: `socket ${socket} failed: ENOENT` } })
  })

  test('a socket that accepts and never answers times out, without a CLI that would wait as long', async () => {
    const socket = await fakeEngine(() => undefined)
    // No clock: the reason is the timeout's, and `via` says no CLI was asked (on this PATH it would
    // have answered at once that there is none); a probe that never timed out would never return.
    const probe = await probeDocker(300, isolated({ DOCKER_HOST: `unix://${socket}` }))
    expect(probe).toEqual({ docker: null, reason: `the engine at ${socket} did not answer in 0.3 s`, via: { path: 'socket', socket } })
  })

  test('a tcp endpoint is left to the CLI', async () => {
    const probe = await probeDocker(5000, isolated({ DOCKER_HOST: 'tcp://127.0.0.1:2376' }))
    expect(probe).toEqual({
      docker: null,
      reason: 'no docker command on PATH',
      via: { path: 'cli', why: 'DOCKER_HOST is tcp://127.0.0.1:2376, not a local socket' }
    })
  })
})
