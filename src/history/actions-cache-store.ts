import { createHash } from 'node:crypto'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { emptyHistory, type History } from '../core/history/peaks.js'
import { fileHistoryStore } from './file-store.js'
import type { HistoryStore, LoadResult } from './store.js'

/**
 * The cached folder, as the cache sees it. A cache entry only restores to the path string it
 * was saved under (the path is part of its version), so the path must read the same on every
 * runner: RUNNER_TEMP does not (/home/runner/work/_temp, D:\a\_temp, self-hosted layouts).
 * Outside the workspace, so it never lands in a Docker build context.
 */
const CACHE_PATH = '~/.docker-memory-history'

/**
 * History in the GitHub Actions cache, one cache entry per build key. Cache entries cannot be
 * overwritten, so every save makes a new entry and a restore takes the newest by prefix.
 * `@actions/cache` is imported only here, when a run asks for history, so nothing else pays
 * for loading it. Any cache failure is a notice, never a failed run. `home` is the runner's home
 * folder, where `~` in CACHE_PATH points (a parameter for tests: jest's process.env is a copy,
 * so a HOME set there does not reach os.homedir()).
 */
export function actionsCacheHistoryStore(key: string, home: string = homedir()): HistoryStore {
  const prefix = `docker-memory-history-v1-${createHash('sha256').update(key).digest('hex').slice(0, 16)}-`
  const file = fileHistoryStore(join(home, '.docker-memory-history', 'history.json'))
  const where = `the Actions cache (${prefix}*)`
  // A restore that failed is not an empty history: saving would make a one-peak entry the
  // newest for this build and hide every older peak.
  let unreadable = false
  return {
    where,
    async load(): Promise<LoadResult> {
      try {
        const cache = await import('@actions/cache')
        if (!cache.isFeatureAvailable()) {
          return { history: emptyHistory(), state: 'unavailable', notice: 'the Actions cache is not available to this job' }
        }
        const hit = await cache.restoreCache([CACHE_PATH], prefix, [prefix])
        if (hit === undefined)
          return { history: emptyHistory(), state: 'missing', notice: `no history found in ${where} (none saved yet, or the cache did not answer)` }
        return await file.load()
      } catch (error) {
        unreadable = true
        return { history: emptyHistory(), state: 'unavailable', notice: `the Actions cache could not be read (${(error as Error).message})` }
      }
    },
    async save(history: History): Promise<string | null> {
      try {
        const cache = await import('@actions/cache')
        // Without the cache the file would die with the job: nothing to write.
        if (!cache.isFeatureAvailable()) return 'the Actions cache is not available to this job: the peak was not kept'
        if (unreadable) return 'the Actions cache could not be read, and saving would hide the peaks it holds: the peak was not kept'
        await file.save(history)
        // saveCache reports its own failures as warnings and returns -1.
        const id = await cache.saveCache([CACHE_PATH], `${prefix}${Date.now()}`)
        return id === -1 ? 'the Actions cache did not keep the peak' : null
      } catch (error) {
        return `the Actions cache did not keep the peak (${(error as Error).message})`
      }
    },
    // The lock is a file beside the history's: without the cache nothing is written, so nothing
    // is locked either, and a job without the cache leaves no folder in the runner's home.
    async lock<T>(fn: () => Promise<T>): Promise<T> {
      return (await cacheAvailable()) ? file.lock(fn) : fn()
    }
  }
}

/** Whether the Actions cache answers this job; a cache that cannot be loaded does not. */
async function cacheAvailable(): Promise<boolean> {
  try {
    return (await import('@actions/cache')).isFeatureAvailable()
  } catch {
    return false
  }
}
