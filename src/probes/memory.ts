import { readFileSync } from 'node:fs'
import { parseMeminfo } from '../core/meminfo.js'
import type { MemoryFacts } from '../core/machine.js'

/**
 * Host memory: never a cgroup limit (the plan combines the two). On Linux, the CI default, we
 * read /proc/meminfo ourselves: it is what systeminformation reads too, and loading
 * systeminformation costs ~18 ms of a ~100 ms plan (bench/plan-startup.mjs). On macOS
 * (`vm_stat`, `sysctl`) and Windows, systeminformation knows the platform's ways.
 */
export async function probeMemory(): Promise<MemoryFacts> {
  if (process.platform === 'linux') {
    const facts = parseMeminfo(readMeminfo())
    if (facts) return facts
  }
  const { default: memory } = await import('systeminformation/lib/memory.js')
  const m = await memory.mem()
  return { totalBytes: m.total, availableBytes: m.available, swapTotalBytes: m.swaptotal, swapFreeBytes: m.swapfree }
}

/** Read at once: a kernel file of a few KiB, where loading node:fs/promises would cost the plan more than the read. */
function readMeminfo(): string {
  try {
    return readFileSync('/proc/meminfo', 'utf8')
  } catch {
    return ''
  }
}
