/**
 * What max-parallelism a builder that is not ours runs with: its buildkitd.toml is read (never
 * changed: a running BuildKit reads its config only at start, and the user's builder is theirs).
 */
import { configuredParallelism } from '../core/plan/parallelism.js'
import { firstFileOfTar } from '../core/build/tar-file.js'
import { dockerEndpoint } from '../probes/docker.js'
import { captureDocker, lastLine } from '../runners/docker.js'
import { askEngine } from '../bind/engine-socket.js'

/** Where the docker-container driver puts the config given to `buildx create --buildkitd-config`. */
const CONFIG_IN_CONTAINER = '/etc/buildkit/buildkitd.toml'

export type BuilderParallelism = { known: true; maxParallelism: number | null } | { known: false; why: string }

export async function readBuilderParallelism(container: string): Promise<BuilderParallelism> {
  const copied = await copyOverSocket(container)
  if (copied !== null) return copied
  const r = await captureDocker(['exec', container, 'cat', CONFIG_IN_CONTAINER], { timeoutMs: 20000 })
  if (r.code === 0) return { known: true, maxParallelism: configuredParallelism(r.stdout) }
  // No config file: the builder was created without one, so BuildKit's default (no cap) applies.
  if (/no such file/i.test(r.stderr)) return { known: true, maxParallelism: null }
  return { known: false, why: lastLine(r.stderr || r.stdout) || r.spawnError || `docker exec exit code ${r.code}` }
}

/**
 * One line: what the builder runs with, what the plan would set, and how to get it. A warning
 * when more may run at once than the plan allows (or it cannot be told), a notice when fewer.
 */
export function parallelismNote(builder: string, has: BuilderParallelism, planned: number): { level: 'warning' | 'notice'; message: string } | null {
  const how = `create the builder with the plan's buildkitd-config output (docker/setup-buildx-action's buildkitd-config-inline) to apply it`
  if (!has.known)
    return { level: 'warning', message: `builder ${builder}'s max-parallelism could not be read (${has.why}); the plan would set ${planned}: ${how}` }
  if (has.maxParallelism === planned) return null
  const now = has.maxParallelism === null ? 'no max-parallelism (BuildKit runs every ready step at once)' : `max-parallelism ${has.maxParallelism}`
  return {
    level: has.maxParallelism !== null && has.maxParallelism < planned ? 'notice' : 'warning',
    message: `builder ${builder} runs with ${now}, and a running builder's config cannot be changed; the plan would set ${planned}: ${how}`
  }
}

/**
 * On a local engine the file is copied out over its socket (`GET /containers/{id}/archive`, as
 * `docker cp` does): no CLI start and no process run in the builder (`docker exec` costs ~0.15 s,
 * the bound step's whole budget: bench/plan-startup.mjs). Null where only the CLI can say.
 */
async function copyOverSocket(container: string): Promise<BuilderParallelism | null> {
  const endpoint = dockerEndpoint(process.env)
  if (endpoint.path !== 'socket') return null
  const path = `/containers/${encodeURIComponent(container)}/archive?path=${encodeURIComponent(CONFIG_IN_CONTAINER)}`
  const a = await askEngine(endpoint.socket, { method: 'GET', path, print: 'nothing', subject: container }, { timeoutMs: 20000, bytes: true })
  if (a.status === 200) {
    const text = firstFileOfTar(a.raw ?? new Uint8Array())
    return text === null ? null : { known: true, maxParallelism: configuredParallelism(text) }
  }
  // The engine's words when the path is not there (the container is, or the message would say No such container).
  if (a.status === 404 && /could not find the file/i.test(a.body)) return { known: true, maxParallelism: null }
  return null
}
