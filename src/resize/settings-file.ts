import { lstatSync, rmSync } from 'node:fs'
import { decodeText, encodeText, type TextEncoding } from '../core/resize/encoding.js'
import { MAX_TEXT_FILE_BYTES, readRegularFileIfExists } from '../files/read.js'
import { replaceFile, resolveTarget } from '../files/write.js'

export { checkWritable, writeBackup } from '../files/write.js'

/** A settings file as read: its bytes (for the backup and a rollback) and its text (for the edit). */
export interface SettingsFile {
  bytes: Buffer
  text: string
  encoding: TextEncoding
}

/** The file as read, or null when it does not exist; a file that cannot be edited exactly is refused. */
export function readSettings(path: string): SettingsFile | null {
  const bytes = readRegularFileIfExists(path, MAX_TEXT_FILE_BYTES, 'the settings file')
  if (bytes === null) return null
  return { bytes, ...decodeText(bytes, path) }
}

/** Whether anything is at `path`, without reading it: choosing a backend must not fail on a file it may never edit. */
export function settingsExist(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/** Replaces the file (through its symlinks, keeping owner and mode) with `text` in the file's own encoding. */
export function writeSettings(path: string, text: string, encoding: TextEncoding): void {
  replaceFile(path, encodeText(text, encoding))
}

/** Puts the original back, byte for byte, or no file when there was none. */
export function restoreSettings(path: string, original: SettingsFile | null): void {
  if (original === null) rmSync(resolveTarget(path), { force: true })
  else replaceFile(path, original.bytes)
}

/** The text of a settings file as read; null when there was none. */
export function textOf(file: SettingsFile | null): string | null {
  return file === null ? null : file.text
}
