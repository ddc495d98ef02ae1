import memory from 'systeminformation/lib/memory.js'
import type { MemoryFacts } from '../core/machine.js'

/**
 * Host memory from systeminformation (`/proc/meminfo` on Linux, `vm_stat`/`sysctl` on macOS,
 * WMI on Windows). It reports the host, never a cgroup limit: the plan combines the two.
 */
export async function probeMemory(): Promise<MemoryFacts> {
  const m = await memory.mem()
  return {
    totalBytes: m.total,
    availableBytes: m.available,
    swapTotalBytes: m.swaptotal,
    swapFreeBytes: m.swapfree
  }
}
