import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, basename } from 'node:path'
import { randomBytes } from 'node:crypto'
import { InputError } from '../core/errors.js'
import { emptyHistory, HistoryFormatError, parseHistory, serializeHistory, type History } from '../core/plan/history.js'
import type { HistoryStore, LoadResult } from './store.js'

/** History in a JSON file, written atomically (a temporary file renamed over it) so a crash never leaves half a file. */
export function fileHistoryStore(path: string): HistoryStore {
  return {
    where: path,
    async load(): Promise<LoadResult> {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        const why = code === 'ENOENT' ? `no history file ${path} yet` : `history file ${path} cannot be read (${code ?? (error as Error).message})`
        return { history: emptyHistory(), state: code === 'ENOENT' ? 'missing' : 'unavailable', notice: why }
      }
      try {
        return { history: parseHistory(text), state: 'read', notice: null }
      } catch (error) {
        if (!(error instanceof HistoryFormatError)) throw error
        const notice = error.kind === 'newer' ? `history file ${path} ${error.message}` : `${path} is not valid history (it ${error.message})`
        return { history: emptyHistory(), state: error.kind, notice }
      }
    },
    async save(history: History): Promise<null> {
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
      try {
        await mkdir(dirname(path), { recursive: true })
        await writeFile(tmp, serializeHistory(history), { flush: true })
        await rename(tmp, path)
      } catch (error) {
        await rm(tmp, { force: true }).catch(() => undefined)
        throw new InputError(`cannot write history file ${path}: ${(error as Error).message}`)
      }
      return null
    }
  }
}
