import * as core from '@actions/core'
import { dockerfilePath } from '../core/build/request.js'
import { buildKey, parseHistoryKey, type KnownPeak } from '../core/history.js'
import { parseBoolean } from '../core/inputs.js'
import { MAX_TEXT_FILE_BYTES, readRegularFile } from '../files/safe-file.js'
import { actionsCacheHistoryStore } from '../history/actions-cache-store.js'
import { loadKnownPeak, recordPeak } from '../history/store.js'

const TITLE = 'Docker memory history'

/**
 * With `history: true`: the build's key (`history-key`, or a hash of the Dockerfile, target and
 * platforms) and the peak it reached before, from the Actions cache. Anything missing is a
 * notice and the plain plan; only a malformed `history-key` is an error.
 */
export async function knownPeakForAction(): Promise<{ key: string; peak: KnownPeak | null } | null> {
  if (!parseBoolean(core.getInput('history') || 'false', 'history')) return null
  const given = core.getInput('history-key')
  let key: string
  if (given.trim() !== '') {
    key = parseHistoryKey(given, 'history-key')
  } else {
    const file = dockerfilePath((name) => core.getInput(name))
    let dockerfile: string
    try {
      dockerfile = readRegularFile(file, MAX_TEXT_FILE_BYTES, 'the Dockerfile').toString('utf8')
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      core.notice(`history: no Dockerfile at ${file} to name this build (${why}); set history-key. Planning without history.`, { title: TITLE })
      return null
    }
    key = buildKey({ dockerfile, target: core.getInput('target'), platforms: core.getInput('platforms') })
  }
  const { peak, notice } = await loadKnownPeak(actionsCacheHistoryStore(key), key)
  if (notice !== null) core.notice(`history: ${notice}.`, { title: TITLE })
  return { key, peak }
}

/** After a build: keep its observed peak in the Actions cache for the next run. Never fails the job. */
export async function recordActionPeak(key: string, peakBytes: number): Promise<void> {
  try {
    const { notices } = await recordPeak(key, peakBytes, actionsCacheHistoryStore(key))
    for (const n of notices) core.notice(`history: ${n}.`, { title: TITLE })
  } catch (error) {
    core.notice(`history: the peak was not recorded (${(error as Error).message}).`, { title: TITLE })
  }
}
