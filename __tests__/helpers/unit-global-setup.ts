import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { distIsCurrent } from '../../scripts/dist-stamp.mjs'

/**
 * Bundles dist/ from the sources in `rootDir` unless it is their bundle already: ~30 suites run
 * the bundles (the action's entries, the CLI), and a dist/ older than the source would let them
 * pass on code that is no longer there. dist/built-from.sha256 says what dist/ was built from
 * (scripts/dist-stamp.mjs): esbuild takes seconds, comparing the hashes milliseconds, and a
 * checkout as committed (dist/ is) needs no bundling. `npm run check:dist` still checks that
 * the committed dist/ is this build.
 */
export function rebuildDist(rootDir: string): void {
  if (distIsCurrent(rootDir)) return
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: rootDir, stdio: ['ignore', 'ignore', 'inherit'] })
}

/**
 * Before any test: dist/ rebuilt from the source under test, and the unit tier's own temporary
 * folder: every test and every process it starts writes below a fresh TMPDIR, so a run never
 * meets what an earlier run (or another user: a root-owned /tmp/docker-memory) left in /tmp.
 * The workers start after this and inherit it; the global teardown removes it.
 */
export default function globalSetup(config: { rootDir: string }): void {
  rebuildDist(config.rootDir)
  const dir = mkdtempSync(join(tmpdir(), 'dma-unit-'))
  process.env.DMA_UNIT_TMPDIR = dir
  process.env.TMPDIR = dir
}
