import { execFile } from 'node:child_process'
import { parseDockerInfo } from '../core/docker-info.js'
import type { DockerFacts } from '../core/machine.js'

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

function askDocker(timeoutMs: number): Promise<DockerProbe> {
  return new Promise((resolve) => {
    execFile('docker', ['info', '--format', '{{json .}}'], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOENT') return resolve({ docker: null, reason: 'no docker command on PATH' })
        if (error.killed) return resolve({ docker: null, reason: `docker info did not answer in ${timeoutMs / 1000} s` })
        const firstLine = (stderr || stdout || error.message).split('\n').find((l) => l.trim() !== '') ?? ''
        return resolve({ docker: null, reason: firstLine.trim() || 'docker info failed' })
      }
      try {
        resolve({ docker: parseDockerInfo(stdout) })
      } catch (e) {
        resolve({ docker: null, reason: (e as Error).message })
      }
    })
  })
}
