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
import { parseHttpResponse } from '../core/http-response.js'
import type { DockerFacts } from '../core/machine.js'

export type DockerProbe = { docker: DockerFacts; via: DockerEndpoint } | { docker: null; reason: string; via: DockerEndpoint }

let early: Promise<DockerProbe> | null = null

/**
 * Asks the engine now, then calls `load`, which loads the command or step whose first
 * `probeDocker()` takes this answer (this module is one instance however many bundles use it:
 * scripts/bundle.mjs, SHARED). The engine needs ~10-20 ms to
 * answer, about what the command needs to load, so asking first hides it; but the question
 * leaves only when the event loop turns (the connection completes, then the request is
 * written), so `load` runs after one turn: called at once, it would load the command first and
 * the engine would start on /info only afterwards (strace).
 */
export function probeDockerEarly(load: () => void): void {
  early ??= askDocker(15000, process.env)
  setImmediate(load)
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
export function dockerEndpoint(env: DockerEndpointEnv): DockerEndpoint {
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
  // Loaded here, not at the top: `plan --no-docker` and the CLI path start without it. Loaded
  // with require, not import(): an import() would wait in the module loader's queue behind the
  // CLI's own modules, and the question would leave only after they had loaded. node:net, not
  // node:http: one HTTP/1.0 request needs no client, and loading node:http's eight modules and
  // its parser cost ~5 % of a bare `node -e 0` (bench/plan-startup.mjs).
  const { connect } = createRequire(import.meta.url)('node:net') as typeof import('node:net')
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    // Not end(): an engine may take a half-closed connection for a client that has gone.
    const socket = connect(socketPath, () => socket.write('GET /info HTTP/1.0\r\nHost: docker\r\n\r\n'))
    socket.setTimeout(timeoutMs, () => {
      resolve({ text: null, error: '', timedOut: true })
      socket.destroy()
    })
    socket.on('data', (d: Buffer) => chunks.push(d))
    socket.on('error', (e: NodeJS.ErrnoException) => resolve({ text: null, error: e.code ?? e.message, timedOut: false }))
    socket.on('end', () => {
      const res = parseHttpResponse(Buffer.concat(chunks))
      if (res === null) resolve({ text: null, error: 'GET /info: not an HTTP/1.0 answer', timedOut: false })
      else if (res.status === 200) resolve({ text: res.body, error: '', timedOut: false })
      else resolve({ text: null, error: `GET /info answered ${res.status} ${res.body.trim().slice(0, 200)}`.trimEnd(), timedOut: false })
      socket.destroy()
    })
  })
}

async function askDockerCli(timeoutMs: number, why: string, env: DockerEndpointEnv): Promise<DockerProbe> {
  const via: DockerEndpoint = { path: 'cli', why }
  const given = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'))
  const { captureDocker, firstLine } = await import('../runners/docker.js')
  const r = await captureDocker(['info', '--format', '{{json .}}'], { timeoutMs, env: given })
  if (r.spawnError !== null) return { docker: null, reason: r.spawnError, via }
  if (r.code === null) return { docker: null, reason: `docker info did not answer in ${timeoutMs / 1000} s`, via }
  if (r.code !== 0) {
    return { docker: null, reason: firstLine(r.stderr || r.stdout) || 'docker info failed', via }
  }
  try {
    return { docker: parseDockerInfo(r.stdout), via }
  } catch (e) {
    return { docker: null, reason: (e as Error).message, via }
  }
}
