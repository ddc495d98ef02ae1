import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync } from 'node:fs'
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
 * The fake docker's server (__tests__/fixtures/fake-docker/server.mjs): the fake `docker` on
 * PATH stays a process of its own, but a call no longer starts node (~80 ms of CPU each; the
 * bind and build suites make ~700 calls). It ends when its stdin closes: at the teardown, or
 * with this process.
 */
async function startFakeDockerServer(dir: string): Promise<void> {
  mkdirSync(dir)
  const server = spawn(process.execPath, [join(import.meta.dirname, '../fixtures/fake-docker/server.mjs'), dir], { stdio: ['pipe', 'pipe', 'inherit'] })
  const [ready] = (await Promise.race([once(server.stdout, 'data'), once(server, 'exit')])) as [unknown]
  if (String(ready) !== 'ready\n') throw new Error(`the fake docker's server did not start (${String(ready)})`)
  server.unref()
  server.stdout.destroy()
  ;(server.stdin as unknown as { unref(): void }).unref()
  process.env.FAKE_DOCKER_SERVER = dir
  process.env.DMA_FAKE_DOCKER_SERVER_PID = String(server.pid)
}

/**
 * Before any test: dist/ rebuilt from the source under test, and the unit tier's own temporary
 * folder: every test and every process it starts writes below a fresh TMPDIR, so a run never
 * meets what an earlier run (or another user: a root-owned /tmp/docker-memory) left in /tmp.
 * The workers start after this and inherit it (and FAKE_DOCKER_SERVER); the global teardown
 * removes it.
 *
 * Nor do they inherit NODE_EXTRA_CA_CERTS: where it is set (these machines set it for their
 * proxy), every node start parses that CA bundle before any code runs, ~45 ms of CPU of the
 * ~70 of `node -e 0` here (bench/explain says so too), and the tier starts node over a thousand
 * times. No unit test makes a TLS connection (the package test installs offline).
 */
export default async function globalSetup(config: { rootDir: string }): Promise<void> {
  delete process.env.NODE_EXTRA_CA_CERTS
  rebuildDist(config.rootDir)
  const dir = mkdtempSync(join(tmpdir(), 'dma-unit-'))
  process.env.DMA_UNIT_TMPDIR = dir
  process.env.TMPDIR = dir
  await startFakeDockerServer(join(dir, 'fake-docker'))
}
