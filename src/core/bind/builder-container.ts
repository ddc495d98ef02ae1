/**
 * A running docker-container builder, bound in place: its container's `docker inspect`, the
 * `docker update` lines that set and restore its limit, and where its cgroup is. Pure.
 */
import { cgroupDirs, findMount, parseMountinfo, parseProcCgroup } from '../cgroup.js'
import type { DockerCommand } from '../build/argv.js'

export interface ContainerState {
  id: string
  name: string
  /** The image's id (`Image`): the engine keeps it while the container exists. */
  image: string
  running: boolean
  /** 0 when the container is not running. */
  pid: number
  oomKilled: boolean
  /** HostConfig.Memory: 0 is unlimited. */
  memoryBytes: number
  /** HostConfig.MemorySwap: 0 unset, -1 unlimited. */
  memorySwapBytes: number
  /** HostConfig.CgroupParent: '' for the engine's default (`/docker` with cgroupfs, `system.slice` with systemd). */
  cgroupParent: string
}

export interface Limits {
  memoryBytes: number
  memorySwapBytes: number
}

export class ContainerParseError extends Error {}

/** `docker inspect --type container --format '{{json .}}' NAME`. */
export function parseContainerState(json: string): ContainerState {
  let raw: {
    Id?: string
    Name?: string
    Image?: string
    State?: { Running?: boolean; Pid?: number; OOMKilled?: boolean }
    HostConfig?: { Memory?: number; MemorySwap?: number; CgroupParent?: string }
  }
  try {
    raw = JSON.parse(json) as typeof raw
  } catch {
    throw new ContainerParseError('docker inspect did not print JSON')
  }
  if (typeof raw?.Id !== 'string') throw new ContainerParseError('docker inspect printed no container Id')
  return {
    id: raw.Id,
    name: (raw.Name ?? '').replace(/^\//, ''),
    image: raw.Image ?? '',
    running: raw.State?.Running === true,
    pid: raw.State?.Pid ?? 0,
    oomKilled: raw.State?.OOMKilled === true,
    memoryBytes: raw.HostConfig?.Memory ?? 0,
    memorySwapBytes: raw.HostConfig?.MemorySwap ?? 0,
    cgroupParent: raw.HostConfig?.CgroupParent ?? ''
  }
}

export function inspectContainerCommand(container: string): DockerCommand {
  return { args: ['inspect', '--type', 'container', '--format', '{{json .}}', container], env: {} }
}

/** Bytes, not `100m`: the limit then reads back from `docker inspect` exactly as written. */
export function updateLimitCommand(container: string, limits: Limits): DockerCommand {
  return { args: ['update', '--memory', String(limits.memoryBytes), '--memory-swap', String(limits.memorySwapBytes), container], env: {} }
}

/**
 * The `docker update` calls that give the container back what it had. `--memory 0` lifts no
 * limit (it means "leave as is": docker-update-running-builder capture, engine 20.10), so an
 * unlimited container gets the engine's whole memory, which binds nothing. Unlimited swap
 * (`-1`) takes a second call: in one call with a larger memory runc writes the memory first,
 * which cgroup v1 refuses while the old memory+swap is lower (`invalid argument`, seen on
 * engine 20.10), whereas a finite memory+swap first and `-1` after are both accepted.
 */
export function restoreCommands(container: string, previous: Limits, engineMemTotal: number): { commands: DockerCommand[]; expected: Limits } {
  const memory = previous.memoryBytes > 0 ? previous.memoryBytes : engineMemTotal
  const swapUnlimited = previous.memoryBytes === 0 || previous.memorySwapBytes === -1
  // Docker's own default beside a memory limit without a swap limit is twice the memory.
  const swap = !swapUnlimited && previous.memorySwapBytes > 0 ? previous.memorySwapBytes : 2 * memory
  const first = updateLimitCommand(container, { memoryBytes: memory, memorySwapBytes: swap })
  if (!swapUnlimited) return { commands: [first], expected: { memoryBytes: memory, memorySwapBytes: swap } }
  return { commands: [first, { args: ['update', '--memory-swap', '-1', container], env: {} }], expected: { memoryBytes: memory, memorySwapBytes: -1 } }
}

export function limitsOf(state: ContainerState): Limits {
  return { memoryBytes: state.memoryBytes, memorySwapBytes: state.memorySwapBytes }
}

export interface CgroupLocation {
  path: string
  version: 1 | 2
}

/**
 * The container's memory cgroup directory, as this host sees it: from `/proc/<State.Pid>/cgroup`
 * and this process's mountinfo when the pid can be read, which is right whatever the driver and
 * parent. Otherwise from HostConfig.CgroupParent: buildx gives its builders `/docker/buildx`
 * (cgroupfs), so `/docker/<id>` is not where a builder is.
 */
export function containerMemoryCgroup(
  state: ContainerState,
  host: { procCgroup: string | null; mountinfo: string | null; v2Controllers: string[]; cgroupVersion: string | null; cgroupDriver: string | null }
): CgroupLocation | null {
  if (host.procCgroup !== null && host.mountinfo !== null) {
    const found = findMount(parseMountinfo(host.mountinfo), parseProcCgroup(host.procCgroup), 'memory', host.v2Controllers)
    if (found) return { path: cgroupDirs(found.mount, containerLevel(found.path, state.id))[0], version: found.version }
  }
  const version = host.cgroupVersion === '1' ? 1 : host.cgroupVersion === '2' ? 2 : null
  if (version === null) return null
  const base = version === 1 ? '/sys/fs/cgroup/memory' : '/sys/fs/cgroup'
  if (host.cgroupDriver === 'cgroupfs') return { path: `${base}/${(state.cgroupParent || '/docker').replace(/^\/|\/$/g, '')}/${state.id}`, version }
  if (host.cgroupDriver === 'systemd') return { path: `${base}/${systemdSliceDir(state.cgroupParent || 'system.slice')}/docker-${state.id}.scope`, version }
  return null
}

/**
 * The container's own cgroup above the one its main process is in. On cgroup v2 BuildKit moves
 * buildkitd into an `init` child of the container's cgroup, so that it can make a `buildkit` child
 * for each RUN step (v2 puts no process in a cgroup that has children): the pid's cgroup is
 * `/system.slice/docker-<id>.scope/init` (Docker 28.5, the v2 tier), whose memory.peak and
 * memory.events hold buildkitd alone, not the steps the container's limit kills. The container's
 * level is the deepest one named with its id; a path without the id is kept as it is.
 */
export function containerLevel(path: string, id: string): string {
  const parts = path.split('/')
  for (let i = parts.length - 1; i >= 0; i--) if (id !== '' && parts[i].includes(id)) return parts.slice(0, i + 1).join('/')
  return path
}

/** `a-b-c.slice` lives at `a.slice/a-b.slice/a-b-c.slice` (systemd.slice(5)). */
export function systemdSliceDir(slice: string): string {
  const name = slice.replace(/\.slice$/, '')
  const parts = name.split('-')
  return parts.map((_, i) => `${parts.slice(0, i + 1).join('-')}.slice`).join('/')
}
