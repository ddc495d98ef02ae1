/**
 * Every file docker-memory reads from a user-given path or writes beside one goes through
 * here. A path may be a FIFO, a device, /proc, a planted symlink or another user's file; a
 * second docker-memory may be writing the same file. So: regular files only, read with a
 * cap; new files created exclusively under random names without following links; a
 * replacement keeps the edited file's owner and mode and goes through a symlink to its
 * target; writers of one file take a lock beside it.
 */
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats
} from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from '../core/errors.js'

/** Settings, history and Dockerfiles are kilobytes; a few MiB is far above any real one. */
export const MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code
}

function reason(error: unknown): string {
  const code = errorCode(error)
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'ELOOP') return 'too many symbolic links'
  return code ?? (error as Error).message
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * Opens `path` for reading only when it is a regular file. O_NONBLOCK lets the open of a FIFO
 * with no writer return at once, so fstat can refuse it instead of the open hanging.
 */
export function openRegularFile(path: string, what: string): number {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw Object.assign(new InputError(`cannot read ${what} ${path}: ${reason(error)}`), { code: errorCode(error) })
  }
  const stat = fstatSync(fd)
  if (!stat.isFile()) {
    closeSync(fd)
    throw new InputError(`cannot read ${what} ${path}: it is ${kindOf(stat)}, not a regular file`)
  }
  return fd
}

/** The bytes of a regular file of at most `maxBytes`; anything else is one InputError line. */
export function readRegularFile(path: string, maxBytes: number, what: string): Buffer {
  const fd = openRegularFile(path, what)
  try {
    // Files in /proc report size 0, so the read goes on to EOF rather than trusting the size.
    const chunks: Buffer[] = []
    let total = 0
    const chunk = Buffer.allocUnsafe(64 * 1024)
    for (;;) {
      let n: number
      try {
        n = readSync(fd, chunk, 0, chunk.length, null)
      } catch (error) {
        throw new InputError(`cannot read ${what} ${path}: ${reason(error)}`)
      }
      if (n === 0) break
      total += n
      if (total > maxBytes) throw new InputError(`${what} ${path} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`)
      chunks.push(Buffer.from(chunk.subarray(0, n)))
    }
    return Buffer.concat(chunks, total)
  } finally {
    closeSync(fd)
  }
}

/** As readRegularFile, but null when nothing exists at `path`. */
export function readRegularFileIfExists(path: string, maxBytes: number, what: string): Buffer | null {
  try {
    return readRegularFile(path, maxBytes, what)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

/** A name no one can have planted: the file's own name, a tag and 96 random bits. */
function randomSibling(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.docker-memory-${tag}-${randomBytes(12).toString('hex')}`)
}

/**
 * Creates `path` new (O_EXCL: never over anything that exists, O_NOFOLLOW: never through a
 * link), writes `data`, sets mode and owner, and flushes it.
 */
function createExclusive(path: string, data: Uint8Array, owner: { mode: number; uid: number; gid: number } | null): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600)
  try {
    if (owner) {
      // chown first: it clears setuid/setgid bits, which the chmod then puts back.
      if (owner.uid !== fstatSync(fd).uid || owner.gid !== fstatSync(fd).gid) fchownSync(fd, owner.uid, owner.gid)
      fchmodSync(fd, owner.mode)
    }
    let written = 0
    while (written < data.length) written += writeSync(fd, data, written)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    unlinkSync(path)
    throw error
  }
  closeSync(fd)
}

/**
 * The file a write to `path` must replace: `path` itself, or the file its symlinks lead to,
 * so a linked settings or history file is edited where it lives.
 */
export function resolveTarget(path: string): string {
  try {
    return realpathSync(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
  try {
    if (lstatSync(path).isSymbolicLink()) throw new InputError(`${path} is a symbolic link to nothing; fix or remove it, then retry`)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
  return join(realpathSync(dirname(path)), basename(path))
}

/**
 * Replaces the file at `path` (through its symlinks) with `data`: a new file beside it with
 * the old one's mode and owner, renamed over it, so readers see the old or the new whole.
 * A file that does not exist yet is created 0600 for this user.
 */
export function replaceFile(path: string, data: Uint8Array): void {
  const target = resolveTarget(path)
  let owner: { mode: number; uid: number; gid: number } | null = null
  try {
    const stat = lstatSync(target)
    if (!stat.isFile()) throw new InputError(`${path} is ${kindOf(stat)}, not a regular file; it was left untouched`)
    owner = { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
  const tmp = randomSibling(target, 'new')
  createExclusive(tmp, data, owner)
  try {
    renameSync(tmp, target)
  } catch (error) {
    unlinkSync(tmp)
    throw error
  }
}

/**
 * Fails now, before anything else is touched, when the file could not be replaced later: no
 * file can be created beside it, or not with its owner and mode.
 */
export function checkWritable(path: string): void {
  const target = resolveTarget(path)
  let owner: { mode: number; uid: number; gid: number } | null = null
  try {
    const stat = lstatSync(target)
    owner = { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
  const tmp = randomSibling(target, 'probe')
  createExclusive(tmp, new Uint8Array(0), owner)
  unlinkSync(tmp)
}

/**
 * Keeps `bytes` (the file as it was read) beside it under a new name, byte for byte, with the
 * original's mode and owner; an existing backup is never overwritten.
 */
export function writeBackup(path: string, bytes: Uint8Array, at: Date, tag = 'backup', extension = ''): string {
  const target = resolveTarget(path)
  const stat = lstatSync(target)
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const backup = `${target}.docker-memory-${tag}-${stamp}-${randomBytes(4).toString('hex')}${extension}`
  createExclusive(backup, bytes, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid })
  return backup
}

/**
 * Makes `dir` (and missing parents) one level at a time and checks a file can be created in
 * it. Node 20's recursive mkdir spins forever under /proc, so it is not used.
 */
export function ensureWritableDirectory(dir: string, what: string): void {
  try {
    const missing: string[] = []
    for (let d = resolve(dir); ; d = dirname(d)) {
      try {
        if (!statSync(d).isDirectory()) throw new InputError(`${what} ${dir} is not a directory (${d} is not one)`)
        break
      } catch (error) {
        if (!['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '') || dirname(d) === d) throw error
        missing.unshift(d)
      }
    }
    for (const d of missing) mkdirSync(d)
    rmdirSync(mkdtempSync(join(dir, '.docker-memory-probe-')))
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${what} ${dir} is not a directory docker-memory can create files in (${reason(error)})`)
  }
}

/** Creates an empty file of this user's only (0600) at `path`, which must not exist, not through a link. */
export function createNewFile(path: string): void {
  createExclusive(path, new Uint8Array(0), null)
}

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
 * Removes a lock whose holder died on this host. The lock is first renamed aside and checked:
 * if a live process took the lock between our look and the rename, its lock is put back.
 */
function breakStaleLock(lock: string): void {
  const holder = holderOf(lock)
  if (holder === null || holder.host !== hostname() || alive(holder.pid)) return
  const aside = `${lock}.stale-${randomBytes(6).toString('hex')}`
  try {
    renameSync(lock, aside)
  } catch {
    return
  }
  const moved = holderOf(aside)
  if (moved !== null && moved.pid !== holder.pid && alive(moved.pid)) {
    try {
      linkSync(aside, lock)
    } catch {
      // Someone else holds the lock now; the process whose lock moved finds it gone at release.
    }
  }
  unlinkSync(aside)
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
      if (errorCode(error) !== 'EEXIST') throw new InputError(`cannot create the lock ${lock}: ${reason(error)}`)
    }
    breakStaleLock(lock)
    if (Date.now() >= deadline) {
      const holder = holderOf(lock)
      const who = holder ? `process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''}` : 'another process'
      throw new InputError(`${path} is locked by ${who} (${options.what}); wait for it to finish, or remove ${lock} if no docker-memory runs`)
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
