import { readFile } from 'node:fs/promises'
import { parseDmesg, type OomKill } from '../core/explain/dmesg.js'
import { parseProcCgroup, parseVmstatOomKills } from '../core/explain/job-kills.js'
import { capture } from '../runners/process.js'

export interface KernelLog {
  kills: OomKill[]
  /** Why the kernel log could not be read; null when it was. */
  problem: string | null
}

/**
 * The kernel's OOM kills. dmesg needs root on most systems: read it directly as root, else
 * through passwordless sudo (as on GitHub's runners); never prompt for a password.
 */
export async function readKernelKills(): Promise<KernelLog> {
  // macOS and Windows runners: the containers' kernel is in Docker's VM, out of reach.
  if (process.platform !== 'linux') return { kills: [], problem: `the kernel log of Docker's VM cannot be read from ${process.platform}` }
  const asRoot = process.getuid?.() === 0
  const [command, args]: [string, string[]] = asRoot ? ['dmesg', []] : ['sudo', ['-n', 'dmesg']]
  const result = await capture(command, args, { timeoutMs: 30000 })
  if (result.spawnError !== null) return { kills: [], problem: `${command} could not run: ${result.spawnError}` }
  if (result.code !== 0)
    return {
      kills: [],
      problem: `${[command, ...args].join(' ')} failed: ${result.stderr.trim().split('\n')[0] || (result.timedOut ? 'no answer in 30 s' : `exit code ${result.code}`)}`
    }
  return { kills: parseDmesg(result.stdout), problem: null }
}

/** Seconds since boot, the clock dmesg stamps its lines with. */
async function uptimeSeconds(): Promise<number> {
  const text = await readFile('/proc/uptime', 'utf8')
  return Number(text.split(' ')[0])
}

/** A wall-clock time as dmesg's seconds since boot. */
export async function toBootSeconds(at: Date): Promise<number> {
  const now = Date.now()
  const uptime = await uptimeSeconds()
  return uptime - (now - at.getTime()) / 1000
}

/** The kernel's count of OOM kills since boot (/proc/vmstat, world-readable), or null where there is none. */
export async function readOomKillCounter(): Promise<number | null> {
  if (process.platform !== 'linux') return null
  return parseVmstatOomKills(await readFile('/proc/vmstat', 'utf8').catch(() => ''))
}

/** The cgroups this process (the runner's step, and the job's other steps beside it) lives in. */
export async function readOwnCgroups(): Promise<string[]> {
  if (process.platform !== 'linux') return []
  return parseProcCgroup(await readFile('/proc/self/cgroup', 'utf8').catch(() => ''))
}
