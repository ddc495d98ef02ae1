import type { DockerEndpoint } from './docker-endpoint.js'

/** What the probes found: plain data, so the plan can be computed for any machine. */
export interface MachineFacts {
  os: { platform: string; arch: string; release: string }
  memory: MemoryFacts
  cpus: { logical: number }
  cgroup: CgroupFacts | null
  docker: DockerFacts | null
  /** Why `docker` is null, when Docker was looked for and not usable. */
  dockerAbsentReason?: string
  /** How the engine was asked: its API socket, or `docker info` and why. Absent when Docker was not asked. */
  dockerVia?: DockerEndpoint
  runner: RunnerFacts
}

export interface MemoryFacts {
  totalBytes: number
  availableBytes: number
  swapTotalBytes: number
  swapFreeBytes: number
}

export interface CgroupFacts {
  version: 1 | 2
  /** The process's own cgroup, as /proc/self/cgroup names it. */
  path: string
  /** The smallest memory limit on the way from this cgroup to the root; null when unlimited. */
  memoryLimitBytes: number | null
  /** Where that limit was found. */
  memoryLimitPath: string | null
  memoryUsageBytes: number | null
  /** Memory the kernel can take back under pressure (inactive file pages). */
  memoryReclaimableBytes: number | null
  /** CPUs the quota allows (`cpu.max`, `cpu.cfs_quota_us`), fractional; null when unlimited. */
  cpuQuota: number | null
  /** CPUs in the effective cpuset; null when it could not be read. */
  cpusetCount: number | null
}

export type DockerBackend = 'engine' | 'docker-desktop' | 'colima' | 'rancher-desktop' | 'orbstack' | 'podman'

export interface DockerFacts {
  /** `docker info` Name: the engine's host name; Colima's VM is `colima` or `colima-<profile>`. */
  name: string
  serverVersion: string
  memTotalBytes: number
  ncpu: number
  osType: string
  operatingSystem: string
  architecture: string
  cgroupVersion: string | null
  cgroupDriver: string | null
  backend: DockerBackend
  /** The engine runs in a VM of its own (Docker Desktop, Colima…), so its memory can be resized. */
  inVm: boolean
  clientVersion: string | null
  buildxVersion: string | null
}

export interface RunnerFacts {
  /** The CI system, from the environment; `local` when none is recognised. */
  ci: string
  ciName: string
  /** GitHub's RUNNER_ENVIRONMENT: github-hosted or self-hosted (null elsewhere). */
  environment: 'github-hosted' | 'self-hosted' | null
  name: string | null
  os: string | null
  arch: string | null
  /** The job runs inside a container (`container:` job, Kubernetes pod, Docker). */
  inContainer: boolean
  containerHint: string | null
}
