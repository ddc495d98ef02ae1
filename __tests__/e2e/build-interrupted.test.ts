/**
 * A build that does not end by itself: cancelled (SIGTERM/SIGINT forwarded to docker), or
 * its engine gone mid-build (a proxy in front of the real socket is cut). Both must end with
 * a clear error, the cgroup limit restored and no container of the build left behind.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createConnection, createServer, type Socket } from 'node:net'
import { actionEnv, BUSYBOX_IMAGE, CLI, MAIN, makeContext, runNode } from '../helpers/build.js'
import { buildkitLimit, UNLIMITED_V1 } from '../helpers/cgroup.js'

const marker = `dma-build-int-${process.pid}`
// The shell prints 42 only when the step really runs; the RUN line itself shows $((6*7)).
const READY = `42-${marker}`
let ctx: string
// Build logs go here, not into the context docker is sent.
let logs: string

beforeAll(() => {
  logs = mkdtempSync(join(tmpdir(), 'dma-build-logs-'))
  ctx = makeContext({ 'Dockerfile.slow': `${BUSYBOX_IMAGE}RUN echo $((6*7))-${marker} && sleep 97\n` })
})
afterAll(() => {
  rmSync(ctx, { recursive: true, force: true })
  rmSync(logs, { recursive: true, force: true })
})

/** Polls until the build's containers and step processes are gone (the engine cleans up asynchronously), and returns what is left. */
async function leftovers(): Promise<string[]> {
  let left: string[] = []
  for (let i = 0; i < 30; i++) {
    const containers = execFileSync('docker', ['ps', '-a', '--no-trunc', '--format', '{{.Command}}'], { encoding: 'utf8' })
    const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    left = [...containers.split('\n').filter((c) => c.includes(marker)), ...processes.split('\n').filter((p) => /^\s*\d+ sleep 97$/.test(p))]
    if (left.length === 0) return left
    await new Promise((r) => setTimeout(r, 500))
  }
  return left
}

// The tier's own engine (scripts/fresh-engine.sh).
const ENGINE_SOCKET = (process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock').replace(/^unix:\/\//, '')
const ENV = { legacy: {}, cgroup: { PATH: `/usr/bin:${process.env.PATH}` } }

describe('cancellation', () => {
  test.each([
    ['cgroup', 'cli', 'SIGTERM'],
    ['legacy', 'action', 'SIGINT']
  ] as const)('%s through the %s, %s mid-step: a clear error, the limit restored, nothing left', async (mechanism, entry, signal) => {
    const gh = actionEnv({ 'build-memory': '100m', driver: mechanism === 'legacy' ? 'legacy' : 'auto', file: 'Dockerfile.slow', 'no-cache': 'true' })
    let sent = false
    let limitWhileRunning: string | null = null
    // No assertion in here: a throw in a stream handler would leave the build running.
    const onOutput = (soFar: string, child: { kill: (s: NodeJS.Signals) => boolean }): void => {
      if (!sent && soFar.includes(READY)) {
        sent = true
        limitWhileRunning = buildkitLimit()
        child.kill(signal)
      }
    }
    const r =
      entry === 'cli'
        ? await runNode(CLI, ['build', '--build-memory', '100m', '--file', 'Dockerfile.slow', '--no-cache', '--log-dir', logs, '.'], {
            env: ENV[mechanism],
            cwd: ctx,
            onOutput
          })
        : await runNode(MAIN, [], { env: { ...ENV[mechanism], ...gh.env }, cwd: ctx, onOutput })
    const outputs = gh.outputs()
    rmSync(gh.dir, { recursive: true, force: true })
    expect(sent).toBe(true)
    if (mechanism === 'cgroup') expect(limitWhileRunning).toBe(String(100 * 1024 * 1024))
    if (entry === 'cli') {
      expect(r.code).toBe(130)
      expect(r.stderr).toContain(`docker-memory: the build was cancelled (${signal}); docker was stopped`)
      expect(r.stdout).toMatch(new RegExp(`^build cancelled \\(${signal}\\)`, 'm'))
    } else {
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(`::error::the build was cancelled (${signal}); docker was stopped`)
      expect(outputs).toMatchObject({ enforcement: 'legacy', 'exit-code': '' })
    }
    expect(['absent', UNLIMITED_V1]).toContain(buildkitLimit())
    expect(await leftovers()).toEqual([])
  })
})

describe('the engine disappears mid-build', () => {
  test.each(['legacy', 'cgroup'] as const)('%s: a clear error, the limit restored, nothing left', async (mechanism) => {
    // A proxy in front of the real engine: cutting it is, for the client, the daemon dying,
    // while the engine itself lives on for the leftovers check.
    const path = `/tmp/dma-build-proxy-${process.pid}-${mechanism}.sock`
    rmSync(path, { force: true })
    const sockets = new Set<Socket>()
    const proxy = createServer((client) => {
      const engine = createConnection(ENGINE_SOCKET)
      for (const s of [client, engine]) {
        sockets.add(s)
        s.on('error', () => undefined)
      }
      client.pipe(engine).pipe(client)
    })
    await new Promise<void>((resolve) => proxy.listen(path, resolve))
    try {
      let cut = false
      const r = await runNode(
        CLI,
        [
          'build',
          '--build-memory',
          '100m',
          '--driver',
          mechanism === 'legacy' ? 'legacy' : 'auto',
          '--file',
          'Dockerfile.slow',
          '--no-cache',
          '--log-dir',
          logs,
          '.'
        ],
        {
          env: { ...ENV[mechanism], DOCKER_HOST: `unix://${path}` },
          cwd: ctx,
          onOutput: (soFar) => {
            if (!cut && soFar.includes(READY)) {
              cut = true
              proxy.close()
              for (const s of sockets) s.destroy()
            }
          }
        }
      )
      expect(cut).toBe(true)
      expect(r.code).not.toBe(0)
      expect(r.stderr).toContain('docker-memory: the Docker engine stopped answering during the build; the build did not finish')
      expect(['absent', UNLIMITED_V1]).toContain(buildkitLimit())
      expect(await leftovers()).toEqual([])
    } finally {
      proxy.close()
      for (const s of sockets) s.destroy()
      rmSync(path, { force: true })
    }
  })
})
