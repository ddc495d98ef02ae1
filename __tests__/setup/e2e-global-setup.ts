import { spawnSync } from 'node:child_process'

/**
 * The engine tier runs only against the engine scripts/fresh-engine.sh starts with empty state for
 * this run; against any other engine a test could pass on what an earlier run left there.
 * Without it the tier fails here, it never skips.
 */
export default function globalSetup(): void {
  const state = process.env.DMA_E2E_ENGINE
  if (state === undefined || process.env.DOCKER_HOST !== `unix://${state}/docker.sock`) {
    throw new Error('the engine tests run against a fresh engine of their own: run them with `sudo npm run test:e2e` (jest args after --)')
  }
  if (process.getuid?.() !== 0) throw new Error('the engine tests need root (memory cgroups)')
  const info = spawnSync('docker', ['info', '--format', '{{.Images}} {{.Containers}}'], { encoding: 'utf8' })
  if (info.status !== 0) throw new Error(`the test engine does not answer: ${info.stderr.trim()}`)
  if (info.stdout.trim() !== '0 0') throw new Error(`the test engine is not fresh: it holds ${info.stdout.trim()} (images, containers)`)
}
