/**
 * Where the docker CLI would send `docker info`, worked out the way the CLI does it, so the probe
 * can ask the engine's API socket itself instead of starting the CLI (a Go binary, ~130 ms).
 * Pure: the probe hands over the environment and the config files' text.
 *
 * The CLI's order (docker/cli cli/command/cli.go `resolveContextName`): DOCKER_HOST beats any
 * context; then DOCKER_CONTEXT; then `currentContext` in config.json; else the "default"
 * context, whose host is DOCKER_HOST or the platform's default socket.
 */
import { createHash } from 'node:crypto'

/** The socket to ask, or why only the CLI can ask (TLS, ssh, a named pipe, a context we cannot read). */
export type DockerEndpoint = { path: 'socket'; socket: string } | { path: 'cli'; why: string }

export interface DockerEndpointEnv {
  DOCKER_HOST?: string
  DOCKER_CONTEXT?: string
  DOCKER_CONFIG?: string
  HOME?: string
  USERPROFILE?: string
}

const DEFAULT_UNIX_HOST = 'unix:///var/run/docker.sock'
const DEFAULT_WINDOWS_HOST = 'npipe:////./pipe/docker_engine'

/** The docker config directory: DOCKER_CONFIG, else ~/.docker. Null when there is no home to look in. */
export function dockerConfigDir(env: DockerEndpointEnv, platform: string): string | null {
  if (env.DOCKER_CONFIG) return env.DOCKER_CONFIG
  const home = platform === 'win32' ? env.USERPROFILE || env.HOME : env.HOME
  return home ? `${home.replace(/[\\/]+$/, '')}/.docker` : null
}

/** The context the CLI would use: null for "default" (DOCKER_HOST or the platform's socket). */
export function currentContextName(env: DockerEndpointEnv, configJson: string | null): string | null {
  if (env.DOCKER_HOST) return null
  const named = env.DOCKER_CONTEXT || contextFromConfig(configJson)
  return named && named !== 'default' ? named : null
}

function contextFromConfig(configJson: string | null): string | null {
  if (configJson === null) return null
  try {
    const config = JSON.parse(configJson) as { currentContext?: unknown }
    return typeof config?.currentContext === 'string' ? config.currentContext : null
  } catch {
    // The CLI refuses a broken config.json too; the CLI path reports it in its own words.
    return null
  }
}

/** Where a context's endpoint is kept: contexts/meta/<sha256 of its name>/meta.json (docker/cli context/store). */
export function contextMetaPath(configDir: string, name: string): string {
  return `${configDir}/contexts/meta/${createHash('sha256').update(name).digest('hex')}/meta.json`
}

/**
 * The endpoint for a context (null: "default") given its meta.json text (null: not found).
 * A named context that cannot be read goes to the CLI, which says what is wrong with it.
 */
export function resolveDockerEndpoint(env: DockerEndpointEnv, platform: string, context: string | null, metaJson: string | null): DockerEndpoint {
  if (context === null)
    return endpointOfHost(
      env.DOCKER_HOST || (platform === 'win32' ? DEFAULT_WINDOWS_HOST : DEFAULT_UNIX_HOST),
      env.DOCKER_HOST ? 'DOCKER_HOST' : 'the default host'
    )
  if (metaJson === null) return { path: 'cli', why: `context "${context}" has no meta.json we can read` }
  let host: unknown
  try {
    host = (JSON.parse(metaJson) as { Endpoints?: { docker?: { Host?: unknown } } })?.Endpoints?.docker?.Host
  } catch {
    return { path: 'cli', why: `context "${context}" has a meta.json that is not JSON` }
  }
  if (typeof host !== 'string' || host === '') return { path: 'cli', why: `context "${context}" names no docker host` }
  return endpointOfHost(host, `context "${context}"`)
}

/** Only a unix socket is asked directly: tcp:// may need TLS, ssh:// a tunnel, npipe:// Windows' pipes. */
function endpointOfHost(host: string, source: string): DockerEndpoint {
  const m = /^unix:\/\/(\/.*)$/.exec(host)
  if (m) return { path: 'socket', socket: m[1] }
  return { path: 'cli', why: `${source} is ${host}, not a local socket` }
}
