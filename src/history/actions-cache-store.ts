import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyHistory, type History } from '../core/history.js'
import { fileHistoryStore } from './file-store.js'
import type { HistoryStore, LoadResult } from './store.js'

/**
 * History in the GitHub Actions cache, one cache entry per build key. Cache entries cannot be
 * overwritten, so every save makes a new entry and a restore takes the newest by prefix.
 * `@actions/cache` is imported only here, when a run asks for history, so nothing else pays
 * for loading it. Any cache failure is a notice, never a failed run.
 */
export function actionsCacheHistoryStore(key: string, dir = join(process.env.RUNNER_TEMP || tmpdir(), 'docker-memory-history')): HistoryStore {
  const prefix = `docker-memory-history-v1-${createHash('sha256').update(key).digest('hex').slice(0, 16)}-`
  const file = fileHistoryStore(join(dir, 'history.json'))
  const where = `the Actions cache (${prefix}*)`
  return {
    where,
    async load(): Promise<LoadResult> {
      try {
        const cache = await import('@actions/cache')
        if (!cache.isFeatureAvailable()) {
          return { history: emptyHistory(), state: 'unavailable', notice: 'the Actions cache is not available to this job' }
        }
        const hit = await cache.restoreCache([dir], prefix, [prefix])
        if (hit === undefined) return { history: emptyHistory(), state: 'missing', notice: `no history found in ${where} (none saved yet, or the cache did not answer)` }
        return await file.load()
      } catch (error) {
        return { history: emptyHistory(), state: 'unavailable', notice: `the Actions cache could not be read (${(error as Error).message})` }
      }
    },
    async save(history: History): Promise<string | null> {
      try {
        await file.save(history)
        const cache = await import('@actions/cache')
        if (!cache.isFeatureAvailable()) return 'the Actions cache is not available to this job: the peak was not kept'
        // saveCache reports its own failures as warnings and returns -1.
        const id = await cache.saveCache([dir], `${prefix}${Date.now()}`)
        return id === -1 ? 'the Actions cache did not keep the peak' : null
      } catch (error) {
        return `the Actions cache did not keep the peak (${(error as Error).message})`
      }
    }
  }
}
