/**
 * Reading a file from a path someone gave: it may be a FIFO, a device, /proc or huge, so only
 * regular files are read, with a cap, and anything else is one FileError line.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { FileError } from '../core/errors.js'
import { errorCode, kindOf, reason } from './errno.js'

/** Settings, history and Dockerfiles are kilobytes; a few MiB is far above any real one. */
export const MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024

/**
 * Opens `path` for reading only when it is a regular file. O_NONBLOCK lets the open of a FIFO
 * with no writer return at once, so fstat can refuse it instead of the open hanging.
 */
export function openRegularFile(path: string, what: string): number {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new FileError(`cannot read ${what} ${path}: ${reason(error)}`, errorCode(error))
  }
  const stat = fstatSync(fd)
  if (!stat.isFile()) {
    closeSync(fd)
    throw new FileError(`cannot read ${what} ${path}: it is ${kindOf(stat)}, not a regular file`)
  }
  return fd
}

/** The bytes of a regular file of at most `maxBytes`; anything else is one FileError line. */
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
        throw new FileError(`cannot read ${what} ${path}: ${reason(error)}`)
      }
      if (n === 0) break
      total += n
      if (total > maxBytes) throw new FileError(`${what} ${path} is larger than ${maxBytes / 1024 / 1024} MiB; it is not read`)
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
    if (error instanceof FileError && error.code === 'ENOENT') return null
    throw error
  }
}
