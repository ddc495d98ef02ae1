import * as core from '@actions/core'
import type { BuildHistory } from '../history/build-peak.js'
import type { InputReader } from '../core/inputs.js'

/** How the action says what its history did: a notice, as the job's other history messages. */
export function historyNotice(message: string): void {
  core.notice(`history: ${message}.`, { title: 'Docker memory history' })
}

/**
 * The build's history in the Actions cache, under `history-key` or the key named from the
 * build's inputs: main plans with it, post records a bound builder's peak under the same key.
 * The history resolver and the cache client load only here, for a job with `history: true`.
 */
export async function loadHistory(givenKey: string, read: InputReader): Promise<BuildHistory | null> {
  const [{ resolveBuildHistory }, { actionsCacheHistoryStore }] = await Promise.all([
    import('../history/build-peak.js'),
    import('../history/actions-cache-store.js')
  ])
  return resolveBuildHistory({ givenKey, keyName: 'history-key', build: read, store: actionsCacheHistoryStore, notice: historyNotice })
}
