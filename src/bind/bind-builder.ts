/**
 * Binds the builder the user already has (the one docker/setup-buildx-action made, or any
 * docker-container builder by name) by updating its running BuildKit container's limit, and
 * gives the container back its limit afterwards. Builds run by any tool on that builder are
 * then bound, with the user's buildkitd config, mirrors and cache untouched.
 */
import { hostname } from 'node:os'
import { parseBuildxInspect, parseBuildxLs, type BuilderInfo } from '../core/build/builders.js'
import {
  bootstrapCommand,
  builderTarget,
  createRecordCommand,
  decideBind,
  decideRestore,
  inspectRecordsCommand,
  isStale,
  listRecordsCommand,
  parseRecords,
  recordVolumeName,
  removeRecordCommand,
  type BindingRecord,
  type Holder
} from '../core/bind/builder-bindings.js'
import {
  inspectContainerCommand,
  limitsOf,
  parseContainerState,
  restoreCommands,
  updateLimitCommand,
  type ContainerState,
  type Limits
} from '../core/bind/builder-container.js'
import type { DockerCommand } from '../core/build/argv.js'
import { parseDockerInfo } from '../core/docker-info.js'
import { formatSize } from '../core/units.js'
import { captureDocker, lastLine } from '../runners/docker.js'

export class BindError extends Error {}

/** What `post` needs to give the container back: saved in the action's state. */
export interface SavedBinding {
  builder: string
  container: string
  containerId: string
  volume: string
  /** What the container had before the first of our jobs bound it. */
  original: Limits
}

export interface BoundBuilder extends SavedBinding {
  enforcement: 'builder'
  /** The limits the container has now, read back. */
  limits: Limits
  /** Set when another job's higher limit was kept instead of this job's. */
  note: string | null
}

export type BindResult = { bound: BoundBuilder } | { bound: null; builder: string | null; fallback: boolean; reason: string }

/** `name` null: the current buildx builder. */
export async function bindBuilder(name: string | null, wanted: Limits, holder: Holder): Promise<BindResult> {
  const target = builderTarget(await listBuilders(name), name)
  if (!target.bindable) return { bound: null, builder: target.builder, fallback: target.fallback, reason: target.reason }
  if (!target.running) await run(bootstrapCommand(target.builder), `cannot start builder ${target.builder}`, 300000)
  const state = await inspect(target.container)
  if (!state.running) throw new BindError(`builder ${target.builder}'s container ${target.container} is not running after bootstrap`)
  const { live, stale } = await records(state.id)
  const own = live.find((r) => r.job === holder.job)
  const others = live.filter((r) => r !== own)
  // Binding twice in one job, or after a job that died bound it, keeps what the container had before.
  const current = own?.original ?? stale[0]?.original ?? limitsOf(state)
  const decision = decideBind(current, wanted, others)
  let limits = limitsOf(state)
  if (decision.kind === 'bind') {
    await run(updateLimitCommand(target.container, wanted), `cannot update builder container ${target.container}`)
    limits = limitsOf(await inspect(target.container))
    if (limits.memoryBytes !== wanted.memoryBytes || limits.memorySwapBytes !== wanted.memorySwapBytes) {
      throw new BindError(
        `builder container ${target.container} reads back memory ${limits.memoryBytes}, memory-swap ${limits.memorySwapBytes} after docker update set ${wanted.memoryBytes}, ${wanted.memorySwapBytes}`
      )
    }
  }
  const original = decision.kind === 'bind' ? decision.original : decision.by.original
  if (own) await run(removeRecordCommand(own.volume), 'cannot replace this job’s binding record')
  await run(createRecordCommand({ ...holder, containerId: state.id, limits: wanted, original }), `cannot record the binding of ${target.container}`)
  return {
    bound: {
      builder: target.builder,
      container: target.container,
      containerId: state.id,
      volume: recordVolumeName(state.id, holder.job),
      original,
      enforcement: 'builder',
      limits,
      note: decision.kind === 'keep' ? decision.message : null
    }
  }
}

/**
 * Gives the container back what it had, unless another job of ours still builds on it (the
 * last to leave restores) or `keepLimit`. The job's record goes either way.
 */
export async function releaseBuilder(saved: SavedBinding, keepLimit: boolean): Promise<string> {
  const { live } = await records(saved.containerId)
  const own = live.find((r) => r.volume === saved.volume) ?? null
  const others = live.filter((r) => r !== own)
  let message: string
  const decision = decideRestore(saved.containerId, own?.original ?? saved.original, others)
  if (keepLimit) {
    message = `kept the limit of builder ${saved.builder} (keep-limit)`
  } else if (decision.kind === 'leave') {
    message = `left builder ${saved.builder}'s limit to job ${decision.to.job}, which still builds on it`
  } else {
    const info = await captureDocker(['info', '--format', '{{json .}}'], { timeoutMs: 20000 })
    if (info.code !== 0) throw new BindError(`cannot restore builder ${saved.builder}: docker info failed (${lastLine(info.stderr)})`)
    const restore = restoreCommands(saved.container, decision.to, parseDockerInfo(info.stdout).memTotalBytes)
    for (const c of restore.commands) await run(c, `cannot restore builder container ${saved.container}`)
    const back = limitsOf(await inspect(saved.container))
    if (back.memoryBytes !== restore.expected.memoryBytes || back.memorySwapBytes !== restore.expected.memorySwapBytes) {
      throw new BindError(`builder container ${saved.container} reads back ${describeLimits(back)} after restoring ${describeLimits(restore.expected)}`)
    }
    message = `restored builder ${saved.builder} to ${describeLimits(back)}`
  }
  if (own) await run(removeRecordCommand(own.volume), 'cannot remove this job’s binding record')
  return message
}

async function listBuilders(name: string | null): Promise<BuilderInfo[]> {
  const ls = await captureDocker(['buildx', 'ls', '--format', 'json'], { timeoutMs: 20000 })
  if (ls.spawnError) throw new BindError(`cannot bind a builder: ${ls.spawnError}`)
  if (ls.code === 0) return parseBuildxLs(ls.stdout)
  // buildx before 0.13 has no `ls --format json`.
  const one = await captureDocker(name === null ? ['buildx', 'inspect'] : ['buildx', 'inspect', name], { timeoutMs: 20000 })
  if (one.code !== 0) throw new BindError(`cannot bind builder ${name ?? '(current)'}: ${lastLine(one.stderr) || 'docker buildx inspect failed'}`)
  return [{ ...parseBuildxInspect(one.stdout), current: name === null }]
}

async function inspect(container: string): Promise<ContainerState> {
  const r = await run(inspectContainerCommand(container), `cannot inspect builder container ${container}`)
  return parseContainerState(r)
}

/** The records of our jobs on the container; those of jobs that died on this host are removed. */
async function records(containerId: string): Promise<{ live: BindingRecord[]; stale: BindingRecord[] }> {
  const names = (await run(listRecordsCommand(containerId), 'cannot list binding records')).split('\n').filter((l) => l.trim() !== '')
  if (names.length === 0) return { live: [], stale: [] }
  const all = parseRecords(await run(inspectRecordsCommand(names), 'cannot read binding records'))
  const host = hostname()
  const stale = all.filter((r) => isStale(r, host, alive))
  for (const r of stale) await captureDocker(removeRecordCommand(r.volume).args, { timeoutMs: 20000 })
  return { live: all.filter((r) => !stale.includes(r)), stale }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it lives, as another user's process.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function run(command: DockerCommand, what: string, timeoutMs = 60000): Promise<string> {
  const r = await captureDocker(command.args, { env: command.env, timeoutMs })
  if (r.spawnError) throw new BindError(`${what}: ${r.spawnError}`)
  if (r.code !== 0) throw new BindError(`${what}: ${lastLine(r.stderr || r.stdout) || `docker ${command.args[0]} exit code ${r.code}`}`)
  return r.stdout
}

export function describeLimits(l: Limits): string {
  const swap = l.memorySwapBytes === -1 ? 'unlimited' : l.memorySwapBytes === 0 ? 'unset' : formatSize(l.memorySwapBytes)
  return `memory ${l.memoryBytes === 0 ? 'unlimited' : formatSize(l.memoryBytes)}, memory+swap ${swap}`
}
