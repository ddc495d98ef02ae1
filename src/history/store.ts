/**
 * Where history lives (a file for the CLI, the Actions cache for the action) and the two
 * things done with it. Reading never fails a run: a missing, damaged or unreachable history
 * becomes a notice and the plain plan.
 */
import { FileError } from '../core/errors.js'
import { knownPeak, withPeak, type History, type KnownPeak } from '../core/history/peaks.js'
import type { StepPeak } from '../core/plan/parallelism.js'

export interface LoadResult {
  history: History
  /**
   * `salvaged`: read without its malformed entries. `corrupt` is replaced on the next record,
   * a copy kept; `newer` (written by a later docker-memory) is never overwritten; `missing`
   * and `unavailable` start empty.
   */
  state: 'read' | 'salvaged' | 'missing' | 'corrupt' | 'newer' | 'unavailable'
  /** What was wrong, for a notice; null when it was read whole. */
  notice: string | null
}

export interface HistoryStore {
  /** Where the history lives, for messages. */
  readonly where: string
  load(): Promise<LoadResult>
  /** Returns a notice when the history could not be kept (a cache that refused it). */
  save(history: History): Promise<string | null>
  /** Runs a load and a save as one step, so records made at the same time each keep theirs. */
  lock<T>(fn: () => Promise<T>): Promise<T>
}

export interface PeakLookup {
  peak: KnownPeak | null
  notice: string | null
}

export async function loadKnownPeak(store: HistoryStore, key: string): Promise<PeakLookup> {
  const loaded = await store.load()
  if (loaded.notice !== null && loaded.state !== 'salvaged') return { peak: null, notice: `${loaded.notice}: planning without history` }
  const peak = knownPeak(loaded.history, key)
  if (peak === null) return { peak, notice: `no peak recorded for ${key} in ${store.where} yet: planning without history` }
  return { peak, notice: loaded.notice }
}

export interface RecordResult {
  history: History
  /** Notices from reading (a damaged history started afresh) and from saving. */
  notices: string[]
}

/** Adds one build's observed peak (and its steps' own, where they were measured) to the history in `store`. */
export async function recordPeak(key: string, peakBytes: number, store: HistoryStore, now = new Date(), steps: StepPeak[] = []): Promise<RecordResult> {
  return store.lock(async () => {
    const loaded = await store.load()
    if (loaded.state === 'newer') throw new FileError(`${loaded.notice}; not overwriting it`)
    const notices = loaded.state === 'corrupt' ? [`${loaded.notice}: starting it afresh`] : loaded.state === 'salvaged' ? [loaded.notice as string] : []
    const history = withPeak(loaded.history, key, peakBytes, now.toISOString(), steps)
    const saveNotice = await store.save(history)
    if (saveNotice !== null) notices.push(saveNotice)
    return { history, notices }
  })
}
