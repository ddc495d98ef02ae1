/**
 * The engine's /info over its API socket, against the tier's real engine: the same facts the
 * `docker` CLI prints, and `detect` names the path that answered.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDockerInfo } from '../../src/core/docker-info.js'
import { askSocket, probeDocker } from '../../src/probes/docker.js'
import { runCli } from '../helpers/action.js'

const dir = mkdtempSync(join(tmpdir(), 'dma-socket-engine-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The tier's engine socket: the tier fails when it has none. */
function engineSocket(): string {
  const host = process.env.DOCKER_HOST ?? ''
  if (!host.startsWith('unix://')) throw new Error(`the engine tier names its engine in DOCKER_HOST (unix://…), not "${host}"`)
  return host.slice('unix://'.length)
}

describe("the tier's engine over its API socket", () => {
  test('answers with what `docker info` says, less the client', async () => {
    const socket = engineSocket()
    const answer = await askSocket(socket, 15000)
    expect(answer.error).toBe('')
    const cli = parseDockerInfo(execFileSync('docker', ['info', '--format', '{{json .}}'], { encoding: 'utf8' }))
    // No docker config of this user and no docker on PATH: only the socket can answer.
    mkdirSync(join(dir, 'empty-bin'), { recursive: true })
    const env: Record<string, string> = { HOME: join(dir, 'home'), PATH: join(dir, 'empty-bin'), DOCKER_HOST: `unix://${socket}` }
    const probe = await probeDocker(15000, env)
    expect(probe.via).toEqual({ path: 'socket', socket })
    expect(probe.docker).toEqual({ ...cli, clientVersion: null, buildxVersion: null })
  })

  test('detect names the socket that answered, in text and JSON', () => {
    const socket = engineSocket()
    const env = { HOME: join(dir, 'home'), DOCKER_HOST: `unix://${socket}` }
    const text = runCli(['detect'], { env })
    expect(text.status).toBe(0)
    expect(text.stdout.split('\n')).toContain(`docker via   API socket ${socket}`)
    const json = runCli(['detect', '--format', 'json'], { env })
    expect(JSON.parse(json.stdout).dockerVia).toEqual({ path: 'socket', socket })
  })
})
