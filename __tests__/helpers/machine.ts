import type { CgroupFacts, DockerFacts, MachineFacts } from '../../src/core/machine.js'
import type { PlanRequest } from '../../src/core/plan/plan.js'
import { GiB, MiB } from '../../src/core/units.js'

/** A Linux runner with no cgroup limit and no Docker, changed by `over`. */
export function machine(over: Partial<MachineFacts> & { totalGiB?: number } = {}): MachineFacts {
  const total = (over.totalGiB ?? 16) * GiB
  const { totalGiB: _ignored, ...rest } = over
  return {
    os: { platform: 'linux', arch: 'x64', release: '6.8.0' },
    memory: { totalBytes: total, availableBytes: total - GiB, swapTotalBytes: 4 * GiB, swapFreeBytes: 4 * GiB },
    cpus: { logical: 4 },
    cgroup: null,
    docker: null,
    dockerAbsentReason: 'no docker command on PATH',
    runner: {
      ci: 'github',
      ciName: 'GitHub Actions',
      environment: 'github-hosted',
      name: 'GitHub Actions 1',
      os: 'Linux',
      arch: 'X64',
      inContainer: false,
      containerHint: null
    },
    ...rest
  }
}

/** A job in a v1 cgroup limited to 3 GiB, 200 MiB of it used (a runner in a container), changed by `over`. */
export function jobCgroup(over: Partial<CgroupFacts> = {}): CgroupFacts {
  return {
    version: 1,
    path: '/job',
    memoryLimitBytes: 3 * GiB,
    memoryLimitPath: '/sys/fs/cgroup/memory/job',
    memoryUsageBytes: 200 * MiB,
    memoryReclaimableBytes: 0,
    cpuQuota: null,
    cpusetCount: null,
    ...over
  }
}

export function docker(memGiB: number, over: Partial<DockerFacts> = {}): DockerFacts {
  return {
    name: 'runnervm',
    serverVersion: '28.0.4',
    memTotalBytes: memGiB * GiB,
    ncpu: 4,
    osType: 'linux',
    operatingSystem: 'Ubuntu 24.04 LTS',
    architecture: 'x86_64',
    cgroupVersion: '2',
    cgroupDriver: 'systemd',
    backend: 'engine',
    inVm: false,
    clientVersion: '28.0.4',
    buildxVersion: 'v0.36.0',
    ...over
  }
}

export function request(over: Partial<PlanRequest> = {}): PlanRequest {
  return {
    profile: 'balanced',
    buildMemory: null,
    reserveMemoryBytes: null,
    containers: [],
    ollama: null,
    onInsufficient: 'fail',
    memoryPerJobBytes: 2 * GiB,
    totalMemoryBytes: null,
    cpus: null,
    ...over
  }
}
