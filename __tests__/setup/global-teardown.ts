import { execFileSync, spawnSync } from 'node:child_process'

/**
 * Failed legacy builds leave their layers behind as untagged images that no test's tag names:
 * remove every image the suite added, and nothing that was there before it.
 */
export default function globalTeardown(): void {
  const before = new Set((globalThis as { dmaImagesBefore?: string[] }).dmaImagesBefore ?? [])
  const now = execFileSync('docker', ['images', '-aq', '--no-trunc'], { encoding: 'utf8' }).split('\n')
  const added = now.filter((id) => id !== '' && !before.has(id))
  // Removing a child can take its parent layers with it, so some ids are gone by their turn.
  if (added.length > 0) spawnSync('docker', ['rmi', '-f', ...added], { stdio: 'ignore' })
}
