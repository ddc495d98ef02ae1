import { rmSync } from 'node:fs'

export default function globalTeardown(): void {
  const dir = process.env.DMA_UNIT_TMPDIR
  if (dir) rmSync(dir, { recursive: true, force: true })
}
