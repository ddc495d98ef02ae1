// What the file modules say about an errno and a file's kind, in the words of their messages.
import type { Stats } from 'node:fs'

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code
}

export function reason(error: unknown): string {
  const code = errorCode(error)
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'ELOOP') return 'too many symbolic links'
  return code ?? (error as Error).message
}

export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  if (stat.isSocket()) return 'a socket'
  return 'not a regular file'
}
