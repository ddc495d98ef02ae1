import type { MemoryFacts } from './machine.js'

/** `/proc/meminfo` → memory facts. Kernels before 3.14 have no MemAvailable: estimate it as free + buffers + cache. */
export function parseMeminfo(text: string): MemoryFacts | null {
  const kb: Record<string, number> = {}
  for (const line of text.split('\n')) {
    const m = /^(\w+):\s+(\d+)(?:\s+kB)?$/.exec(line.trim())
    if (m) kb[m[1]] = Number(m[2]) * 1024
  }
  if (kb.MemTotal === undefined) return null
  return {
    totalBytes: kb.MemTotal,
    availableBytes: kb.MemAvailable ?? (kb.MemFree ?? 0) + (kb.Buffers ?? 0) + (kb.Cached ?? 0),
    swapTotalBytes: kb.SwapTotal ?? 0,
    swapFreeBytes: kb.SwapFree ?? 0
  }
}
