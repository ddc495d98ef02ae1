/**
 * A lock beside a file, for writers of the same file on one machine (settings, history): an
 * exclusively created `<file>.docker-memory.lock` naming its holder's pid and host, so a lock
 * left by a crashed run is taken over, not waited on.
 */
import { randomBytes } from 'node:crypto'
import { linkSync, renameSync, unlinkSync } from 'node:fs'
import { hostname } from 'node:os'
import { FileError } from '../core/errors.js'
import { errorCode, reason } from './errno.js'
import { readRegularFile } from './read.js'
import { createExclusive, resolveTarget } from './write.js'

export interface LockOptions {
  /** How long to wait for another docker-memory to finish with the file. */
  timeoutMs: number
  /** What the other process is doing, for the message when the wait ends. */
  what: string
}

function lockPathOf(path: string): string {
  return `${resolveTarget(path)}.docker-memory.lock`
}

function holderOf(lock: string): { pid: number; host: string } | null {
  try {
    const [pid, host] = readRegularFile(lock, 4096, 'lock').toString('utf8').split('\n')
    return /^\d+$/.test(pid) ? { pid: Number(pid), host: host ?? '' } : null
  } catch {
    return null
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) === 'EPERM'
  }
}

/**
 * Removes a lock whose holder (`seen`, as read a moment ago) died on this host. The lock is
 * first renamed aside and read again: if a live process took the lock between that look and
 * the rename, the lock now aside is its lock, and it is put back. True when the stale lock is gone.
 */
export function breakStaleLock(lock: string, seen = holderOf(lock)): boolean {
  if (seen === null || seen.host !== hostname() || alive(seen.pid)) return false
  const aside = `${lock}.stale-${randomBytes(6).toString('hex')}`
  try {
    renameSync(lock, aside)
  } catch {
    return false
  }
  const moved = holderOf(aside)
  if (moved !== null && moved.pid !== seen.pid && alive(moved.pid)) {
    try {
      linkSync(aside, lock)
    } catch {
      // Someone else holds the lock now; the process whose lock moved finds it gone at release.
    }
    unlinkSync(aside)
    return false
  }
  unlinkSync(aside)
  return true
}

/**
 * Runs `fn` while holding `<file>.docker-memory.lock` beside the file `path` leads to. The lock
 * holds this pid and host, so a lock left by a crashed run is taken over, not waited on.
 */
export async function withFileLock<T>(path: string, options: LockOptions, fn: () => Promise<T>): Promise<T> {
  const lock = lockPathOf(path)
  const token = `${process.pid}\n${hostname()}\n${randomBytes(8).toString('hex')}\n`
  const deadline = Date.now() + options.timeoutMs
  for (;;) {
    try {
      createExclusive(lock, Buffer.from(token), null)
      break
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw new FileError(`cannot create the lock ${lock}: ${reason(error)}`, errorCode(error))
    }
    // A dead run's lock is gone now: try again at once, whatever the time left.
    if (breakStaleLock(lock)) continue
    if (Date.now() >= deadline) {
      const holder = holderOf(lock)
      const who = holder ? `process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''}` : 'another process'
      throw new FileError(`${path} is locked by ${who} (${options.what}); wait for it to finish, or remove ${lock} if no docker-memory runs`, 'EBUSY')
    }
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30))
  }
  try {
    return await fn()
  } finally {
    releaseLock(lock, token)
  }
}

function releaseLock(lock: string, token: string): void {
  try {
    if (readRegularFile(lock, 4096, 'lock').toString('utf8') === token) unlinkSync(lock)
  } catch {
    // Already gone: taken over as stale, which only happens when this process looked dead.
  }
}
