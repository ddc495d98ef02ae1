import { dirname } from 'node:path'
import { FileError } from '../core/errors.js'
import { emptyHistory, HistoryFormatError, salvageHistory, serializeHistory, type History } from '../core/history/peaks.js'
import { ensureWritableDirectory, replaceFile, writeBackup } from '../files/write.js'
import { MAX_TEXT_FILE_BYTES, readRegularFileIfExists } from '../files/read.js'
import { withFileLock } from '../files/lock.js'
import type { HistoryStore, LoadResult } from './store.js'

/** A record takes milliseconds; twenty parallel ones queue well within this. */
const LOCK_WAIT_MS = 30000

/**
 * History in a JSON file, replaced atomically so a crash never leaves half a file. Recorders
 * of one file take turns under a lock beside it, each re-reading what the one before wrote.
 */
export function fileHistoryStore(path: string): HistoryStore {
  // What the last load found unreadable, kept byte for byte before a save replaces it.
  let unreadable: Buffer | null = null
  // A file that exists but cannot be read must not be replaced by a history of one peak.
  let refuseSave: string | null = null
  return {
    where: path,
    async load(): Promise<LoadResult> {
      unreadable = null
      refuseSave = null
      let bytes: Buffer | null
      try {
        bytes = readRegularFileIfExists(path, MAX_TEXT_FILE_BYTES, 'history file')
      } catch (error) {
        refuseSave = (error as Error).message
        return { history: emptyHistory(), state: 'unavailable', notice: (error as Error).message }
      }
      if (bytes === null) return { history: emptyHistory(), state: 'missing', notice: `no history file ${path} yet` }
      const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
      try {
        const { history, dropped } = salvageHistory(text)
        if (dropped.length === 0) return { history, state: 'read', notice: null }
        unreadable = bytes
        return { history, state: 'salvaged', notice: `history file ${path} has ${dropped.join(', ')}: left out` }
      } catch (error) {
        if (!(error instanceof HistoryFormatError)) throw error
        if (error.kind === 'newer') return { history: emptyHistory(), state: 'newer', notice: `history file ${path} ${error.message}` }
        unreadable = bytes
        return { history: emptyHistory(), state: 'corrupt', notice: `${path} is not valid history (it ${error.message})` }
      }
    },
    async save(history: History): Promise<string | null> {
      if (refuseSave !== null) throw new FileError(`${refuseSave}; not overwriting it`)
      let kept: string | null = null
      try {
        if (unreadable !== null) kept = writeBackup(path, unreadable, new Date(), 'unreadable', '.bak')
        replaceFile(path, Buffer.from(serializeHistory(history)))
      } catch (error) {
        if (error instanceof FileError) throw error
        throw new FileError(`cannot write history file ${path}: ${(error as Error).message}`, (error as NodeJS.ErrnoException).code)
      }
      unreadable = null
      return kept === null ? null : `what could not be read was kept in ${kept}`
    },
    async lock<T>(fn: () => Promise<T>): Promise<T> {
      ensureWritableDirectory(dirname(path), `the folder of history file ${path},`)
      return withFileLock(path, { timeoutMs: LOCK_WAIT_MS, what: 'another docker-memory recording a peak' }, fn)
    }
  }
}
