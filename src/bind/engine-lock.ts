/**
 * Takes and gives back the per-builder lock of src/core/bind/engine-lock.ts: a transaction
 * waits while another one, alive, holds it, and removes a lock only when its holder is
 * provably gone.
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import {
  createLockCommand,
  inspectLockCommand,
  isLockStale,
  isNameConflict,
  isNoSuchContainer,
  lockName,
  parseLock,
  removeLockCommand,
  type HeldLock
} from '../core/bind/engine-lock.js'
import { lastLine } from '../runners/docker.js'
import type { Captured } from '../runners/process.js'
import { BindError, pause, type EngineCalls } from './engine-calls.js'
import { processAlive } from './holder.js'

/** Longer than any transaction: each of its dozen docker calls is stopped at its timeout. */
const LOCK_EXPIRY_MS = 15 * 60 * 1000

export interface LockOptions {
  /** How long to wait for another transaction on the same builder before giving up. */
  waitMs?: number
}

export async function takeLock(calls: EngineCalls, containerId: string, image: string, builder: string, options: LockOptions = {}): Promise<HeldLock> {
  const waitMs = options.waitMs ?? 5 * 60 * 1000
  const started = Date.now()
  const holder = { host: hostname(), pid: process.pid, token: randomBytes(6).toString('hex'), expires: 0 }
  let seen: HeldLock | null = null
  for (let attempt = 0; ; attempt++) {
    calls.check(`while waiting for the lock on builder ${builder}; nothing was changed`)
    holder.expires = Date.now() + LOCK_EXPIRY_MS
    const made = await calls.raw(createLockCommand(containerId, image, holder))
    if (made.code === 0) return { ...holder, id: made.stdout.trim() }
    if (made.spawnError) throw new BindError(`cannot lock builder ${builder}: ${made.spawnError}`)
    const conflict = isNameConflict(made.stderr)
    // Held by one seen before, whose expiry is not near: wait again without asking who holds it
    // (ten jobs polling each with two calls would slow the holder down). Its pid is asked every
    // fourth try, for a holder that died.
    if (conflict && seen && attempt % 4 !== 0 && Date.now() < seen.expires && Date.now() - started <= waitMs) {
      await pause(backoff(attempt), calls.cancel)
      continue
    }
    const found = await calls.raw(inspectLockCommand(containerId), { cancellable: false })
    const mine = found.code === 0 ? parseLock(found.stdout.trim()) : null
    // Made by this very call though docker said otherwise (an answer lost, a timeout): it is ours.
    if (mine && mine.token === holder.token) {
      if (calls.cancel?.aborted) await calls.raw(removeLockCommand(mine.id), { cancellable: false })
      else return mine
    }
    if (!conflict) {
      calls.check(`while taking the lock on builder ${builder}; nothing was changed`)
      throw new BindError(`cannot lock builder ${builder} (docker create ${lockName(containerId)}): ${explainFailure(made)}`)
    }
    // Given back between the two calls: try again at once.
    if (found.code !== 0 && isNoSuchContainer(found.stderr)) continue
    const lock = mine
    if (lock === null && found.code === 0)
      throw new BindError(`cannot lock builder ${builder}: a container named ${lockName(containerId)} exists that docker-memory did not make; remove it`)
    if (lock && isLockStale(lock, Date.now(), hostname(), processAlive)) {
      // By id: a lock someone else took over meanwhile has another id and stays.
      await calls.raw(removeLockCommand(lock.id))
      continue
    }
    if (lock) seen = lock
    if (Date.now() - started > waitMs) {
      const by = seen ? `process ${seen.pid} on ${seen.host}, until ${new Date(seen.expires).toISOString()}` : 'another job'
      throw new BindError(`builder ${builder} stayed locked by ${by} for ${Math.round(waitMs / 1000)} s; nothing was changed`)
    }
    await pause(backoff(attempt), calls.cancel)
  }
}

/** Random, growing waits (100 ms to 2 s): jobs arriving together do not retry in step. */
function backoff(attempt: number): number {
  return Math.min(2000, 100 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())
}

function explainFailure(r: Captured): string {
  return lastLine(r.stderr) || r.spawnError || (r.timedOut ? 'did not answer in time' : `exit code ${r.code}`)
}

/**
 * Gives the lock back, tried twice. Never throws: a lock left behind is taken over once this
 * process has ended or the lock has expired; the message says so, or null.
 */
export async function giveBackLock(calls: EngineCalls, lock: HeldLock, builder: string): Promise<string | null> {
  let last = ''
  for (let i = 0; i < 2; i++) {
    // A cancel stops a first try that hangs; the second runs to its timeout whatever comes.
    const r = await calls.raw(removeLockCommand(lock.id), { cancellable: i === 0 })
    if (r.code === 0 || isNoSuchContainer(r.stderr)) return null
    last = lastLine(r.stderr) || r.spawnError || (r.timedOut ? 'timed out' : `exit code ${r.code}`)
  }
  return `could not remove the lock on builder ${builder} (${last}); other jobs take it over once this process has ended`
}
