import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The unit tier's own temporary folder: every test and every process it starts writes below a
 * fresh TMPDIR, so a run never meets what an earlier run (or another user: a root-owned
 * /tmp/docker-memory) left in /tmp. The workers start after this and inherit it; the global
 * teardown removes it.
 */
export default function globalSetup(): void {
  const dir = mkdtempSync(join(tmpdir(), 'dma-unit-'))
  process.env.DMA_UNIT_TMPDIR = dir
  process.env.TMPDIR = dir
}
