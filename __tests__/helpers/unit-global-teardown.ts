import { rmSync } from 'node:fs'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Stops the fake docker's server and waits until it is gone (reaped by this process, so that its
 * CPU time counts in the run's), then removes the tier's temporary folder.
 */
export default async function globalTeardown(): Promise<void> {
  const server = Number(process.env.DMA_FAKE_DOCKER_SERVER_PID)
  if (server > 0 && alive(server)) {
    process.kill(server)
    for (let i = 0; i < 200 && alive(server); i++) await new Promise((r) => setTimeout(r, 10))
  }
  const dir = process.env.DMA_UNIT_TMPDIR
  if (dir) rmSync(dir, { recursive: true, force: true })
}
