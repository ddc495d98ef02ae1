import { existsSync } from 'node:fs'
import os from 'node:os'
import type { MachineFacts } from '../core/machine.js'
import { detectRunner } from '../core/ci-platform.js'
import { probeCgroup } from './cgroup.js'
import { probeDocker } from './docker.js'
import { probeMemory } from './memory.js'

export interface DetectOptions {
  /** Ask the Docker engine (default true). */
  docker?: boolean
  /** Filesystem root for the cgroup probe (tests). */
  root?: string
  env?: Record<string, string | undefined>
}

/** Everything the plan needs to know about this machine. Probes run in parallel. */
export async function detectMachine(options: DetectOptions = {}): Promise<MachineFacts> {
  const env = options.env ?? process.env
  const [memory, dockerProbe] = await Promise.all([probeMemory(), options.docker === false ? Promise.resolve(null) : probeDocker()])
  const cgroup = process.platform === 'linux' ? probeCgroup(options.root ?? '/') : null
  const runner = detectRunner(env, {
    dockerenv: existsSync('/.dockerenv'),
    containerenv: existsSync('/run/.containerenv'),
    cgroupPath: cgroup?.path ?? null
  })
  return {
    os: { platform: process.platform, arch: process.arch, release: os.release() },
    memory,
    cpus: { logical: os.availableParallelism() },
    cgroup,
    docker: dockerProbe?.docker ?? null,
    dockerAbsentReason: dockerProbe && dockerProbe.docker === null ? dockerProbe.reason : options.docker === false ? 'not asked' : undefined,
    dockerVia: dockerProbe?.via,
    runner
  }
}
