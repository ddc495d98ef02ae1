/**
 * buildx's own store, read instead of starting `docker buildx ls` (a plugin start, 0.2-0.3 s on a
 * runner, more than the rest of the plan step: bench/plan-startup.mjs). buildx keeps, under its
 * config folder (BUILDX_CONFIG, else `$DOCKER_CONFIG/buildx`, else `~/.docker/buildx`):
 * `current`, `{"Key":<docker endpoint>,"Name":<builder>,"Global":bool}` (what `docker buildx use`
 * and setup-buildx-action chose, for the engine named by Key), and `instances/<name>`, each
 * builder's driver and nodes (`{"Name","Driver","Nodes":[{"Name","Endpoint","DriverOpts"}]}`).
 * Only the plain case is read here: a docker-container builder with one node on the engine this
 * process talks to over its socket. Anything else is null, and `buildx ls` decides. Pure.
 */
import type { BuilderInfo } from '../build/builders.js'

export interface StoreEnv {
  BUILDX_CONFIG?: string
  BUILDX_BUILDER?: string
  DOCKER_CONFIG?: string
  HOME?: string
}

/** Where buildx keeps its store; null without a home to look in. */
export function buildxConfigDir(env: StoreEnv): string | null {
  if (env.BUILDX_CONFIG) return env.BUILDX_CONFIG
  if (env.DOCKER_CONFIG) return `${env.DOCKER_CONFIG}/buildx`
  return env.HOME ? `${env.HOME.replace(/\/+$/, '')}/.docker/buildx` : null
}

/**
 * The builder buildx would use on the engine `key` (`unix:///path`): BUILDX_BUILDER, else the
 * one `current` names for that engine (or for every engine: Global). Null: the engine's default.
 */
export function currentBuilderName(env: StoreEnv, currentJson: string | null, key: string): string | null {
  if (env.BUILDX_BUILDER) return env.BUILDX_BUILDER
  if (currentJson === null) return null
  try {
    const c = JSON.parse(currentJson) as { Key?: unknown; Name?: unknown; Global?: unknown }
    if (typeof c?.Name !== 'string' || c.Name === '') return null
    return c.Key === key || c.Global === true ? c.Name : null
  } catch {
    return null
  }
}

/** A builder name buildx could have stored as a file name (no path tricks). */
export function isStoreName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name)
}

/**
 * `instances/<name>` as the one builder `buildx ls` would list, when it is a docker-container
 * builder with one node whose endpoint is the engine `key`; else null. The node's status is not in the store: `unknown` until its container is asked.
 */
export function storedBuilder(instanceJson: string, key: string, current: boolean): BuilderInfo | null {
  let raw: { Name?: unknown; Driver?: unknown; Nodes?: { Name?: unknown; Endpoint?: unknown; DriverOpts?: unknown }[] | null }
  try {
    raw = JSON.parse(instanceJson) as typeof raw
  } catch {
    return null
  }
  const nodes = Array.isArray(raw?.Nodes) ? raw.Nodes : []
  const node = nodes[0]
  if (typeof raw?.Name !== 'string' || raw.Driver !== 'docker-container' || nodes.length !== 1 || typeof node?.Name !== 'string') return null
  if (node.Endpoint !== key) return null
  const opts = node.DriverOpts !== null && typeof node.DriverOpts === 'object' ? (node.DriverOpts as Record<string, string>) : {}
  return { name: raw.Name, driver: 'docker-container', current, nodes: [{ name: node.Name, status: 'unknown', buildkitVersion: null, driverOpts: opts }] }
}
