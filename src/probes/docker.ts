import { execFile } from 'node:child_process'
import { parseDockerInfo } from '../core/docker-info.js'
import type { DockerFacts } from '../core/machine.js'

export type DockerProbe = { docker: DockerFacts } | { docker: null; reason: string }

/**
 * `docker info` of the current context. No Docker is normal (macOS runners have none), so
 * every failure becomes a reason, never an error.
 */
export function probeDocker(timeoutMs = 15000): Promise<DockerProbe> {
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
