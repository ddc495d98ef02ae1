import { execFileSync } from 'node:child_process'

/**
 * The end-to-end tests need a real Docker engine (and root, for memory cgroups). Start one
 * the way CI does; if that is impossible the suite fails here, it never skips.
 */
export default function globalSetup(): void {
  execFileSync('bash', ['scripts/engine.sh'], { stdio: 'inherit' })
}
