/**
 * `docker-memory bind` on a real engine and a real docker-container builder, stopped by SIGINT
 * or SIGTERM at each of its engine requests: a proxy in front of the engine's socket holds the
 * Nth request (the engine never sees it) and the signal comes while the CLI waits on it. After
 * every case the builder has the limit a person created it with, the CLI's one line says what
 * was undone (or that nothing was changed) and it exits 128 + the signal; no state file, record
 * or lock is left, and where one were, `release` finishes it. The builder is created through the
 * proxy too, so buildx's store names the proxy's socket as its engine and the bound step finds
 * it there, as on a runner (the proxy passes everything through but the held request).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildxEnv, ensureBuildkitImage } from './helpers/buildx-builder.js'

const MiB = 1024 * 1024
const CLI = resolve('dist/cli.js')
const EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 }
const name = `dma-sig-${process.pid}`
const container = `buildx_buildkit_${name}0`
let dir: string
let proxy: Server
let proxySocket: string
let env: NodeJS.ProcessEnv
const held: Socket[] = []
/** The request lines the proxy saw since `arm`, and the one to hold. */
let seen: string[] = []
let holdAt = 0
let onHold: () => void = () => {}

function arm(at: number): Promise<void> {
  seen = []
  holdAt = at
  return new Promise((resolve) => (onHold = resolve))
}

const engineSocket = (): string => {
  const host = process.env.DOCKER_HOST ?? ''
  if (!host.startsWith('unix://')) throw new Error(`not under scripts/fresh-engine.sh (DOCKER_HOST ${host})`)
  return host.slice('unix://'.length)
}

/** Through the real engine, not the proxy. */
const limitsNow = (): { Memory: number; MemorySwap: number } => {
  const hc = (
    JSON.parse(execFileSync('docker', ['inspect', '--type', 'container', '--format', '{{json .}}', container], { encoding: 'utf8' })) as {
      HostConfig: { Memory: number; MemorySwap: number }
    }
  ).HostConfig
  return { Memory: hc.Memory, MemorySwap: hc.MemorySwap }
}
const leftovers = (): string[] =>
  execFileSync('sh', ['-c', 'docker volume ls -q --filter label=io.docker-memory.binding; docker ps -aq --filter label=io.docker-memory.lock'], {
    encoding: 'utf8'
  })
    .split('\n')
    .filter((l) => l.trim() !== '')

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dma-bind-sig-'))
  proxySocket = join(dir, 'proxy.sock')
  proxy = createServer((conn) => {
    conn.on('error', () => {})
    conn.once('data', (first: Buffer) => {
      // One connection, one request for the bind's HTTP/1.0 calls; buildx's own connections just pass through.
      seen.push(first.toString('latin1').split('\r\n')[0])
      if (seen.length === holdAt) {
        held.push(conn)
        onHold()
        return
      }
      const up = connect(engineSocket(), () => {
        up.write(first)
        conn.pipe(up)
        up.pipe(conn)
      })
      up.on('error', () => conn.destroy())
    })
  })
  await new Promise<void>((r) => proxy.listen(proxySocket, r))
  ensureBuildkitImage()
  env = { ...buildxEnv(), DOCKER_HOST: `unix://${proxySocket}` }
  // A builder a person limited to 512 MiB, made current, as setup-buildx-action does.
  const made = await throughProxy(['buildx', 'create', '--name', name, '--driver', 'docker-container', '--driver-opt', 'memory=512m', '--use', '--bootstrap'])
  if (made.code !== 0) throw new Error(`docker buildx create failed: ${made.stderr}`)
}, 300000)

afterAll(async () => {
  await throughProxy(['buildx', 'rm', '--force', name])
  for (const c of held) c.destroy()
  await new Promise<void>((r) => proxy.close(() => r()))
  rmSync(dir, { recursive: true, force: true })
})

/** docker through the proxy: never a sync call, which would stop the proxy in this process. */
function throughProxy(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('docker', args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('close', (code) => done({ code, stderr }))
  })
}

interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

/** The CLI; with `signal`, sent once the proxy holds request number `at`. */
function cli(args: string[], signal?: { name: NodeJS.Signals; at: number }): Promise<Ran> {
  const holding = signal ? arm(signal.at) : null
  if (!signal) void arm(0)
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    if (holding && signal) void holding.then(() => child.kill(signal.name))
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

test('SIGINT or SIGTERM at each request of a bind: the person’s limit back, one line saying what was undone, nothing left', async () => {
  const own = limitsNow()
  expect(own.Memory).toBe(512 * MiB)
  const file = join(dir, 'binding.json')
  const bind = ['bind', '--build-memory', '256m', '--state-file', file]
  // A clean bind and release, to learn the requests: all of them the engine API's, none buildx's.
  const clean = await cli(bind)
  const requests = [...seen]
  expect([clean.code, clean.stderr]).toEqual([0, ''])
  expect(limitsNow()).toEqual({ Memory: 256 * MiB, MemorySwap: 256 * MiB })
  expect((await cli(['release', '--state-file', file])).code).toBe(0)
  expect([limitsNow(), leftovers()]).toEqual([own, []])
  expect(requests.filter((r) => r.startsWith('POST /containers/') && r.includes('/update'))).toHaveLength(1)
  const outcomes: string[] = []
  for (let at = 1; at <= requests.length; at++) {
    // The plan's /info probe has a timeout of its own and is no part of the bind.
    if (requests[at - 1].startsWith('GET /info')) continue
    const signal: NodeJS.Signals = at % 2 === 0 ? 'SIGINT' : 'SIGTERM'
    const r = await cli(bind, { name: signal, at })
    const where = `${signal} at ${requests[at - 1]} (request ${at}): ${r.stderr}`
    outcomes.push(where)
    expect([where, r.code, r.stdout]).toEqual([where, EXIT[signal], ''])
    expect(r.stderr).toMatch(new RegExp(`^docker-memory: cancelled \\(${signal}\\) .*(undone: |nothing was changed)[^\\n]*\\n$`))
    expect([where, limitsNow()]).toEqual([where, own])
    // Undone whole: no state file. Had one stayed, release would finish it.
    if (existsSync(file)) expect((await cli(['release', '--state-file', file])).code).toBe(0)
    expect([where, existsSync(file), limitsNow(), leftovers()]).toEqual([where, false, own, []])
  }
  // Held at the read-back after docker update: the update was made, and undone.
  expect(outcomes.find((o) => /undone: builder \S+ set back to memory 512 MiB/.test(o))).toBeDefined()
}, 600000)
