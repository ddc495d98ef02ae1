/**
 * Writing beside a file someone owns: new files are created exclusively under random names
 * without following links; a replacement keeps the edited file's owner and mode, goes through
 * a symlink to its target, and is renamed over it so readers see the old or the new whole.
 */
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeSync
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { FileError } from '../core/errors.js'
import { errorCode, kindOf, reason } from './errno.js'

/** A name no one can have planted: the file's own name, a tag and 96 random bits. */
function randomSibling(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.docker-memory-${tag}-${randomBytes(12).toString('hex')}`)
}

/**
 * Creates `path` new (O_EXCL: never over anything that exists, O_NOFOLLOW: never through a
 * link), writes `data`, sets mode and owner, and flushes it.
 */
export function createExclusive(path: string, data: Uint8Array, owner: { mode: number; uid: number; gid: number } | null): void {
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
    if (lstatSync(path).isSymbolicLink()) throw new FileError(`${path} is a symbolic link to nothing; fix or remove it, then retry`)
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
    if (!stat.isFile()) throw new FileError(`${path} is ${kindOf(stat)}, not a regular file; it was left untouched`)
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
        if (!statSync(d).isDirectory()) throw new FileError(`${what} ${dir} is not a directory (${d} is not one)`)
        break
      } catch (error) {
        if (!['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '') || dirname(d) === d) throw error
        missing.unshift(d)
      }
    }
    for (const d of missing) mkdirSync(d)
    rmdirSync(mkdtempSync(join(dir, '.docker-memory-probe-')))
  } catch (error) {
    if (error instanceof FileError) throw error
    throw new FileError(`${what} ${dir} is not a directory docker-memory can create files in (${reason(error)})`, errorCode(error))
  }
}

/** Creates an empty file of this user's only (0600) at `path`, which must not exist, not through a link. */
export function createNewFile(path: string): void {
  createExclusive(path, new Uint8Array(0), null)
}
