import { execFileSync } from 'node:child_process'

/**
 * The end-to-end tests need a real Docker engine (and root, for memory cgroups). Start one
 * the way CI does; if that is impossible the suite fails here, it never skips. The images
 * already there are noted (jest hands globalThis to the teardown), so the teardown removes
 * only what the tests built.
 */
export default function globalSetup(): void {
  execFileSync('bash', ['scripts/engine.sh'], { stdio: 'inherit' })
  ;(globalThis as { dmaImagesBefore?: string[] }).dmaImagesBefore = execFileSync('docker', ['images', '-aq', '--no-trunc'], { encoding: 'utf8' }).split('\n')
}
