import { parseDockerInfo } from '../core/docker-info.js'
import type { DockerFacts } from '../core/machine.js'
import { captureDocker } from '../runners/docker.js'

export type DockerProbe = { docker: DockerFacts } | { docker: null; reason: string }

let early: Promise<DockerProbe> | null = null

/**
 * Asks the engine now; the next `probeDocker()` takes the answer. The engine needs ~20 ms to
 * answer, about what the CLI needs to load its modules, so asking first hides it.
 */
export function probeDockerEarly(): void {
  early ??= askDocker(15000)
}

/**
 * `docker info` of the current context. No Docker is normal (macOS runners have none), so
 * every failure becomes a reason, never an error.
 */
export function probeDocker(timeoutMs = 15000): Promise<DockerProbe> {
  const answer = early ?? askDocker(timeoutMs)
  early = null
  return answer
}

async function askDocker(timeoutMs: number): Promise<DockerProbe> {
  const r = await captureDocker(['info', '--format', '{{json .}}'], { timeoutMs })
  if (r.spawnError !== null) return { docker: null, reason: r.spawnError }
  if (r.code === null) return { docker: null, reason: `docker info did not answer in ${timeoutMs / 1000} s` }
  if (r.code !== 0) {
    const firstLine = (r.stderr || r.stdout).split('\n').find((l) => l.trim() !== '') ?? ''
    return { docker: null, reason: firstLine.trim() || 'docker info failed' }
  }
  try {
    return { docker: parseDockerInfo(r.stdout) }
  } catch (e) {
    return { docker: null, reason: (e as Error).message }
  }
}
