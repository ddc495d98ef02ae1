import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  currentContextName,
  contextMetaPath,
  dockerConfigDir,
  resolveDockerEndpoint,
  type DockerEndpoint,
  type DockerEndpointEnv
} from '../core/docker-endpoint.js'
import { parseDockerInfo } from '../core/docker-info.js'
import type { DockerFacts } from '../core/machine.js'

export type DockerProbe = { docker: DockerFacts; via: DockerEndpoint } | { docker: null; reason: string; via: DockerEndpoint }

let early: Promise<DockerProbe> | null = null

/**
 * Asks the engine now; the next `probeDocker()` takes the answer. The engine needs ~20 ms to
 * answer, about what the CLI needs to load its modules, so asking first hides it. The question
 * is returned for a separately bundled copy of this module to take over (`adoptDockerProbe`).
 */
export function probeDockerEarly(): Promise<DockerProbe> {
  early ??= askDocker(15000, process.env)
  return early
}

/** The next `probeDocker()` takes this answer: one asked early by another copy of this module. */
export function adoptDockerProbe(asked: Promise<DockerProbe>): void {
  early = asked
}

/**
 * `/info` of the current context's engine: over its unix socket when it has one (milliseconds),
 * else `docker info` (a process start, ~130 ms). No Docker is normal (macOS runners have none),
 * so every failure becomes a reason, never an error.
 */
export function probeDocker(timeoutMs = 15000, env: DockerEndpointEnv = process.env): Promise<DockerProbe> {
  const answer = early ?? askDocker(timeoutMs, env)
  early = null
  return answer
}

async function askDocker(timeoutMs: number, env: DockerEndpointEnv): Promise<DockerProbe> {
  const endpoint = dockerEndpoint(env)
  if (endpoint.path === 'cli') return askDockerCli(timeoutMs, endpoint.why, env)
  const answer = await askSocket(endpoint.socket, timeoutMs)
  // An engine that accepts the connection and then says nothing would keep the CLI waiting too.
  if (answer.timedOut)
    return {
      docker: null,
      reason: `the engine at ${endpoint.socket} did not answer in ${timeoutMs / 1000} s`,
      via: { path: 'socket', socket: endpoint.socket }
    }
  if (answer.text !== null) {
    try {
      return { docker: parseDockerInfo(answer.text), via: { path: 'socket', socket: endpoint.socket } }
    } catch (e) {
      return askDockerCli(timeoutMs, `socket ${endpoint.socket}: ${(e as Error).message}`, env)
    }
  }
  // The CLI may know better (a docker that is really podman, a context we misread), and when it
  // does not, its message is the one users know.
  return askDockerCli(timeoutMs, `socket ${endpoint.socket} failed: ${answer.error}`, env)
}

/** The endpoint the docker CLI would use, from DOCKER_HOST, DOCKER_CONTEXT and the docker config. */
function dockerEndpoint(env: DockerEndpointEnv): DockerEndpoint {
  const configDir = dockerConfigDir(env, process.platform)
  const context = currentContextName(env, configDir === null ? null : readOrNull(`${configDir}/config.json`))
  const meta = context === null || configDir === null ? null : readOrNull(contextMetaPath(configDir, context))
  return resolveDockerEndpoint(env, process.platform, context, meta)
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

interface SocketAnswer {
  text: string | null
  error: string
  timedOut: boolean
}

/**
 * `GET /info` over the socket. Unversioned, the engine answers in its own API version, as
 * `docker info` does after negotiating; the JSON is the one `docker info --format '{{json .}}'`
 * prints, less the CLI's own ClientInfo.
 */
export function askSocket(socketPath: string, timeoutMs: number): Promise<SocketAnswer> {
  // Loaded here, not at the top: `plan --no-docker` and the CLI path start without them. Loaded
  // with require, not import(): an import() would wait in the module loader's queue behind the
  // CLI's own modules, and the question would leave only after they had loaded.
  const load = createRequire(import.meta.url)
  const { request } = load('node:http') as typeof import('node:http')
  const { connect } = load('node:net') as typeof import('node:net')
  return new Promise((resolve) => {
    // Our own connection and no agent: an agent works out a TLS server name for every request,
    // and its isIP() compiles Node's IPv6 regular expression, ~7 ms of the whole plan. Without
    // an agent the request's own timeout option never reaches the socket, so the socket has it.
    const createConnection = (): import('node:net').Socket =>
      connect(socketPath).setTimeout(timeoutMs, () => {
        resolve({ text: null, error: '', timedOut: true })
        req.destroy()
      })
    const req = request({ path: '/info', method: 'GET', headers: { Host: 'docker' }, createConnection }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d: string) => (body += d))
      res.on('error', (e) => resolve({ text: null, error: e.message, timedOut: false }))
      res.on('end', () => {
        if (res.statusCode === 200) resolve({ text: body, error: '', timedOut: false })
        else resolve({ text: null, error: `GET /info answered ${res.statusCode} ${body.trim().slice(0, 200)}`.trimEnd(), timedOut: false })
      })
    })
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ text: null, error: e.code ?? e.message, timedOut: false }))
    req.end()
  })
}

async function askDockerCli(timeoutMs: number, why: string, env: DockerEndpointEnv): Promise<DockerProbe> {
  const via: DockerEndpoint = { path: 'cli', why }
  const given = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'))
  const { captureDocker } = await import('../runners/docker.js')
  const r = await captureDocker(['info', '--format', '{{json .}}'], { timeoutMs, env: given })
  if (r.spawnError !== null) return { docker: null, reason: r.spawnError, via }
  if (r.code === null) return { docker: null, reason: `docker info did not answer in ${timeoutMs / 1000} s`, via }
  if (r.code !== 0) {
    const firstLine = (r.stderr || r.stdout).split('\n').find((l) => l.trim() !== '') ?? ''
    return { docker: null, reason: firstLine.trim() || 'docker info failed', via }
  }
  try {
    return { docker: parseDockerInfo(r.stdout), via }
  } catch (e) {
    return { docker: null, reason: (e as Error).message, via }
  }
}
