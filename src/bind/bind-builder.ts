/**
 * Binds the builder the user already has (the one docker/setup-buildx-action made, or any
 * docker-container builder by name) by updating its running BuildKit container's limit, and
 * gives the container back its limit afterwards. Builds run by any tool on that builder are
 * then bound, with the user's buildkitd config, mirrors and cache untouched.
 */
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { buildxConfigDir, currentBuilderName, isStoreName, storedBuilder } from '../core/bind/buildx-store.js'
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
  sameLimits,
  type BindDecision,
  type BindingRecord,
  type BuilderLimitMode,
  type Holder
} from '../core/bind/builder-bindings.js'
import {
  ContainerParseError,
  inspectContainerCommand,
  limitsOf,
  parseContainerState,
  restoreCommands,
  updateLimitCommand,
  type ContainerState,
  type Limits
} from '../core/bind/builder-container.js'
import { isNoSuchContainer } from '../core/bind/engine-lock.js'
import { parseDockerInfo } from '../core/docker-info.js'
import { formatSize } from '../core/units.js'
import { firstLine, lastLine } from '../runners/docker.js'
import { BindError, EngineCalls, type CallOptions } from './engine-calls.js'
import { giveBackLock, takeLock, type LockOptions } from './engine-lock.js'
import { processAlive } from './holder.js'

export { BindError }

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
  /** What the container had just before this job bound it. */
  before: Limits
  /** Set when another job's higher limit was kept instead of this job's. */
  note: string | null
  /** Set when the builder's own limit and the plan's differed (builder-limit). */
  warning: string | null
}

export type BindResult = { bound: BoundBuilder } | { bound: null; builder: string | null; fallback: boolean; reason: string }

export interface BindOptions extends CallOptions, LockOptions {
  /** `lower` (default): a limit the builder had before any of our jobs is never raised. */
  mode?: BuilderLimitMode
  /** Told what release needs before anything changes (the CLI's state file, the action's state): the intent. */
  onIntent?: (saved: SavedBinding) => void
}

/**
 * One transaction: lock, read, decide, record the intent (the caller's and the engine's record),
 * update, read back, unlock. Any failure or cancel after the record puts back what was changed
 * before the error is thrown, and the error says what was undone. `name` null: the current
 * buildx builder.
 */
export async function bindBuilder(name: string | null, wanted: Limits, holder: Holder, options: BindOptions = {}): Promise<BindResult> {
  const calls = new EngineCalls(options)
  const target = builderTarget(await unchanged(listBuilders(name, calls)), name)
  if (!target.bindable) return { bound: null, builder: target.builder, fallback: target.fallback, reason: target.reason }
  if (!target.running) await unchanged(calls.run(bootstrapCommand(target.builder), `cannot start builder ${target.builder}`, { timeoutMs: 300000 }))
  const first = await unchanged(inspect(calls, target.container))
  if (!first.running) throw new BindError(`builder ${target.builder}'s container ${target.container} is not running after bootstrap; nothing was changed`)
  const lock = await unchanged(takeLock(calls, first.id, first.image, target.builder, options))
  const undo = new Undo(calls)
  let result: BoundBuilder
  try {
    const state = await inspect(calls, target.container)
    const { live, stale } = await records(calls, state.id, null)
    const own = live.find((r) => r.job === holder.job) ?? null
    const others = live.filter((r) => r !== own)
    const before = limitsOf(state)
    const decide = (engineMemory: number): BindDecision =>
      decideBind(before, wanted, others, {
        // Binding twice in one job, or after a job that died bound it, keeps what the container had before.
        staleOriginal: own?.original ?? stale[0]?.original ?? null,
        mode: options.mode ?? 'lower',
        engineMemory,
        builder: target.builder
      })
    let decision = decide(0)
    // Only then is the engine asked how much memory it has: a restored "unlimited" builder has all of it, which is no one's limit.
    if (decision.warning) decision = decide(await engineMemory(calls))
    const saved: SavedBinding = {
      builder: target.builder,
      container: target.container,
      containerId: state.id,
      volume: recordVolumeName(state.id, holder.job),
      original: decision.original
    }
    calls.check('before the builder was changed; nothing was changed')
    options.onIntent?.(saved)
    if (own) {
      await calls.run(removeRecordCommand(own.volume), 'cannot replace this job’s binding record')
      undo.push('this job’s earlier binding record put back', () =>
        calls.run(createRecordCommand(own), 'cannot put back the binding record', { cancellable: false })
      )
    }
    // Pushed before the call, as the update's: a record whose answer was lost may still have been made.
    undo.push('the binding record removed', () => removeRecordIfThere(calls, saved.volume, false))
    await calls.run(
      createRecordCommand({ ...holder, containerId: state.id, limits: decision.own, original: decision.original }),
      `cannot record the binding of ${target.container}`
    )
    let limits = before
    if (decision.update) {
      // Pushed before the update: one that timed out may still have been made.
      undo.push(`builder ${target.builder} set back to ${describeLimits(before)}`, () => setLimits(calls, target.container, before))
      calls.check('before docker update')
      await calls.run(updateLimitCommand(target.container, decision.target), `cannot update builder container ${target.container}`)
      limits = limitsOf(await inspect(calls, target.container))
      if (!sameLimits(limits, decision.target)) {
        throw new BindError(
          `builder container ${target.container} reads back ${describeLimits(limits)} after docker update set ${describeLimits(decision.target)}`
        )
      }
    }
    calls.check(`after builder ${target.builder} was bound`)
    result = { ...saved, enforcement: 'builder', limits, before, note: decision.note, warning: decision.warning }
  } catch (error) {
    throw await undo.failed(error as Error)
  } finally {
    const left = await giveBackLock(calls, lock, target.builder)
    if (left) process.emitWarning(left)
  }
  return { bound: result }
}

/**
 * Gives the container back what it had, unless other jobs of ours still build on it: then it
 * gets the highest limit they hold (the last to leave restores), or leaves it with
 * `keepLimit`. The job's record goes last, so a release stopped half-way is finished by the
 * next one. A half-done bind (the intent saved, the record or update not made) is released the
 * same way.
 */
export async function releaseBuilder(saved: SavedBinding, keepLimit: boolean, options: CallOptions & LockOptions = {}): Promise<string> {
  const calls = new EngineCalls(options)
  const found = await captureInspect(calls, saved.container)
  if (found === null || found.id !== saved.containerId) {
    await removeRecordIfThere(calls, saved.volume)
    return `builder ${saved.builder}'s container ${saved.container} is gone; nothing to give back`
  }
  const lock = await takeLock(calls, found.id, found.image, saved.builder, options)
  try {
    const state = await inspect(calls, saved.container)
    const { live } = await records(calls, saved.containerId, saved.volume)
    const own = live.find((r) => r.volume === saved.volume) ?? null
    const others = live.filter((r) => r !== own)
    const current = limitsOf(state)
    let message: string
    const decision = decideRestore(current, own?.original ?? saved.original, others)
    calls.check(`before builder ${saved.builder} was given back its limit; release again`)
    if (keepLimit) {
      message = `kept the limit of builder ${saved.builder} (keep-limit)`
    } else if (decision.kind === 'leave') {
      // Cancellable: a release stopped here keeps its record, and the next one finishes.
      if (decision.update) await setLimits(calls, saved.container, decision.to, true)
      message = `left builder ${saved.builder} at ${formatSize(decision.to.memoryBytes)} for job ${decision.by.job}, which still builds on it`
    } else {
      const back = await setLimits(calls, saved.container, decision.to, true)
      message = `restored builder ${saved.builder} to ${describeLimits(back)}`
    }
    if (own) await calls.run(removeRecordCommand(own.volume), 'cannot remove this job’s binding record')
    return message
  } finally {
    const left = await giveBackLock(calls, lock, saved.builder)
    if (left) process.emitWarning(left)
  }
}

/** A failure before the lock: said to have changed nothing, which it did not. */
async function unchanged<T>(step: Promise<T>): Promise<T> {
  try {
    return await step
  } catch (error) {
    if (error instanceof BindError && !(error instanceof NoBuildxError) && !/nothing was changed/.test(error.message))
      throw new BindError(`${error.message}; nothing was changed`)
    throw error
  }
}

/** Undo steps of a bind, newest first; each runs whatever the others do. */
class Undo {
  private readonly steps: { what: string; step: () => Promise<unknown> }[] = []
  constructor(private readonly calls: EngineCalls) {}

  push(what: string, step: () => Promise<unknown>): void {
    this.steps.push({ what, step })
  }

  /** The error to throw: what failed, what was undone, and what could not be. */
  async failed(error: Error): Promise<Error> {
    if (!(error instanceof BindError) && !(error instanceof ContainerParseError)) {
      // A bug: undone all the same, reported as it is.
      await this.runAll()
      return error
    }
    const { done, failed } = await this.runAll()
    const parts = [error.message]
    if (done.length > 0) parts.push(`undone: ${done.join(', ')}`)
    if (failed.length > 0) parts.push(`NOT undone: ${failed.join('; ')} (release gives it back)`)
    if (done.length === 0 && failed.length === 0 && !/nothing was changed/.test(error.message)) parts.push('nothing was changed')
    return new BindError(parts.join('; '), failed.length > 0)
  }

  private async runAll(): Promise<{ done: string[]; failed: string[] }> {
    const done: string[] = []
    const failed: string[] = []
    for (let s = this.steps.pop(); s !== undefined; s = this.steps.pop()) {
      try {
        await s.step()
        done.push(s.what)
      } catch (e) {
        failed.push(`${s.what.replace(/ (removed|set back to .*|put back)$/, '')}: ${(e as Error).message}`)
      }
    }
    void this.calls
    return { done, failed }
  }
}

/** Sets the container's limits, read back; an unlimited one gets the engine's whole memory, as `--memory 0` lifts nothing. */
async function setLimits(calls: EngineCalls, container: string, to: Limits, cancellable = false): Promise<Limits> {
  const restore = restoreCommands(container, to, to.memoryBytes > 0 ? 0 : await engineMemory(calls))
  for (const c of restore.commands) await calls.run(c, `cannot set the limit of builder container ${container}`, { cancellable })
  const back = limitsOf(await inspect(calls, container, cancellable))
  if (!sameLimits(back, restore.expected)) {
    throw new BindError(`builder container ${container} reads back ${describeLimits(back)} after setting ${describeLimits(restore.expected)}`)
  }
  return back
}

async function engineMemory(calls: EngineCalls): Promise<number> {
  const info = await calls.run({ args: ['info', '--format', '{{json .}}'], env: {} }, 'docker info failed', { cancellable: false })
  return parseDockerInfo(info).memTotalBytes ?? 0
}

/** No docker, or a docker without the buildx plugin: nothing to bind, which is no failure. */
export class NoBuildxError extends BindError {}

async function listBuilders(name: string | null, calls: EngineCalls): Promise<BuilderInfo[]> {
  const stored = await storedRunningBuilder(name, calls)
  if (stored !== null) return [stored]
  const ls = await calls.raw({ args: ['buildx', 'ls', '--format', 'json'], env: {} })
  if (ls.spawnError) throw new NoBuildxError(ls.spawnError)
  if (ls.code === 0) return parseBuildxLs(ls.stdout)
  // docker's answer for a plugin it does not have (`docker: 'buildx' is not a docker command.`).
  if (/is not a docker command|unknown command/i.test(ls.stderr)) throw new NoBuildxError(lastLine(ls.stderr.split('\nSee ')[0]) || 'no buildx plugin')
  calls.check('while listing builders; nothing was changed')
  // buildx before 0.13 has no `ls --format json`.
  const one = await calls.raw({ args: name === null ? ['buildx', 'inspect'] : ['buildx', 'inspect', name], env: {} })
  // docker 20.10 without the plugin answers `ls --format` with "unknown flag" and only this with the plugin's error.
  if (one.code !== 0 && /is not a docker command/i.test(one.stderr)) throw new NoBuildxError(firstLine(one.stderr.slice(one.stderr.indexOf('docker:'))))
  if (one.code !== 0) throw new BindError(`cannot bind builder ${name ?? '(current)'}: ${lastLine(one.stderr) || 'docker buildx inspect failed'}`)
  return [{ ...parseBuildxInspect(one.stdout), current: name === null }]
}

/**
 * The builder from buildx's own store (src/core/bind/buildx-store.ts) when the engine is asked
 * over its socket and the builder's container runs there: then no buildx plugin starts at all.
 * Null for anything else (another driver, a builder not booted, a store we cannot read), which
 * `buildx ls` answers.
 */
async function storedRunningBuilder(name: string | null, calls: EngineCalls): Promise<BuilderInfo | null> {
  const socket = calls.engineSocket
  const dir = buildxConfigDir(process.env)
  if (socket === null || dir === null) return null
  const key = `unix://${socket}`
  const wanted = name ?? currentBuilderName(process.env, readOrNull(join(dir, 'current')), key)
  if (wanted === null || !isStoreName(wanted)) return null
  const instance = readOrNull(join(dir, 'instances', wanted))
  const b = instance === null ? null : storedBuilder(instance, key, name === null)
  if (b === null || b.name !== wanted) return null
  // Not there (never booted, removed): buildx boots it. The engine failing to answer is an error buildx would meet too.
  const found = await captureInspect(calls, `buildx_buildkit_${b.nodes[0].name}`, 'while looking for the builder; nothing was changed')
  return found?.running ? { ...b, nodes: [{ ...b.nodes[0], status: 'running' }] } : null
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

async function inspect(calls: EngineCalls, container: string, cancellable = true): Promise<ContainerState> {
  return parseContainerState(await calls.run(inspectContainerCommand(container), `cannot inspect builder container ${container}`, { cancellable }))
}

/** null when there is no such container. */
async function captureInspect(calls: EngineCalls, container: string, cancelled = 'before anything was changed; release again'): Promise<ContainerState | null> {
  const r = await calls.raw(inspectContainerCommand(container))
  if (r.code !== 0 && isNoSuchContainer(r.stderr)) return null
  if (r.code !== 0) {
    calls.check(cancelled)
    throw new BindError(
      `cannot inspect builder container ${container}: ${lastLine(r.stderr) || r.spawnError || (r.timedOut ? 'timed out' : `exit code ${r.code}`)}`
    )
  }
  return parseContainerState(r.stdout)
}

async function removeRecordIfThere(calls: EngineCalls, volume: string, cancellable = true): Promise<void> {
  const r = await calls.raw(removeRecordCommand(volume), { cancellable })
  if (r.code !== 0 && !/no such volume/i.test(r.stderr)) throw new BindError(`cannot remove this job’s binding record: ${lastLine(r.stderr)}`)
}

/**
 * The records of our jobs on the container, read under the lock; those whose job is over
 * (isStale) are removed. `keep`: this job's own record, never swept by its own release.
 */
async function records(calls: EngineCalls, containerId: string, keep: string | null): Promise<{ live: BindingRecord[]; stale: BindingRecord[] }> {
  const names = (await calls.run(listRecordsCommand(containerId), 'cannot list binding records')).split('\n').filter((l) => l.trim() !== '')
  if (names.length === 0) return { live: [], stale: [] }
  const all = parseRecords(await calls.run(inspectRecordsCommand(names), 'cannot read binding records'))
  const host = hostname()
  const now = Date.now()
  const stale = all.filter((r) => r.volume !== keep && isStale(r, now, host, processAlive))
  for (const r of stale) await calls.raw(removeRecordCommand(r.volume))
  return { live: all.filter((r) => !stale.includes(r)), stale }
}

export function describeLimits(l: Limits): string {
  const swap = l.memorySwapBytes === -1 ? 'unlimited' : l.memorySwapBytes === 0 ? 'unset' : formatSize(l.memorySwapBytes)
  return `memory ${l.memoryBytes === 0 ? 'unlimited' : formatSize(l.memoryBytes)}, memory+swap ${swap}`
}
