/**
 * What max-parallelism a builder that is not ours runs with: its buildkitd.toml is read (never
 * changed: a running BuildKit reads its config only at start, and the user's builder is theirs).
 */
import { configuredParallelism } from '../core/plan/parallelism.js'
import { captureDocker, lastLine } from '../runners/docker.js'

/** Where the docker-container driver puts the config given to `buildx create --buildkitd-config`. */
const CONFIG_IN_CONTAINER = '/etc/buildkit/buildkitd.toml'

export type BuilderParallelism = { known: true; maxParallelism: number | null } | { known: false; why: string }

export async function readBuilderParallelism(container: string): Promise<BuilderParallelism> {
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
