import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'

/** The file's text, or null when it does not exist. */
export function readSettings(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

function tempPathOf(path: string): string {
  return `${path}.docker-memory.tmp`
}

/**
 * Fails now, while nothing has been stopped, if the settings could not be written later.
 * The probe is the very temp file the real write uses.
 */
export function checkWritable(path: string): void {
  const tmp = tempPathOf(path)
  const fd = openSync(tmp, 'w')
  closeSync(fd)
  rmSync(tmp)
}

/** Write to a temp file beside the target, flush, rename: readers see the old or the new file, never half of one. */
export function writeAtomically(path: string, text: string): void {
  const tmp = tempPathOf(path)
  let mode: number | undefined
  try {
    mode = statSync(path).mode & 0o7777
  } catch {
    mode = undefined
  }
  let fd: number | null = null
  try {
    fd = openSync(tmp, 'w', mode)
    writeSync(fd, text)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(tmp, path)
  } catch (e) {
    if (fd !== null) closeSync(fd)
    try {
      if (statSync(tmp).isFile()) rmSync(tmp)
    } catch {
      // no temp file was created
    }
    throw e
  }
}

/** `settings-store.json.docker-memory-backup-20261123T114501Z`, beside the original. */
function backupPathOf(path: string, at: Date): string {
  return `${path}.docker-memory-backup-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`
}

export function writeBackup(path: string, text: string, at: Date): string {
  const backup = backupPathOf(path, at)
  writeAtomically(backup, text)
  return backup
}

/** Puts the original back: its text, or no file when there was none. */
export function restoreSettings(path: string, original: string | null): void {
  if (original === null) rmSync(path, { force: true })
  else writeAtomically(path, original)
}
