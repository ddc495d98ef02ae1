/**
 * A build's name in the history, and the peak it reached before: one resolver for the action
 * (the Actions cache) and the CLI (a history file). Reading never fails a run: anything missing
 * is a notice and the plain plan; only a malformed key is an error.
 */
import { dockerfilePath } from '../core/build/dockerfile-path.js'
import { MAX_TEXT_FILE_BYTES, readRegularFile } from '../files/read.js'
import { FileError, InputError } from '../core/errors.js'
import { buildKey, parseHistoryKey, type KnownPeak } from '../core/history/peaks.js'
import type { InputReader } from '../core/inputs.js'
import { formatSize } from '../core/units.js'
import type { StepPeak } from '../core/plan/parallelism.js'
import { loadKnownPeak, recordPeak, type HistoryStore } from './store.js'

export interface HistoryLookup {
  /** The key given (`history-key`, `--key`); empty when none was. */
  givenKey: string
  /** The key's name in messages. */
  keyName: string
  /** The build's inputs, to name it by its Dockerfile; null where there is no build (`plan`). */
  build: InputReader | null
  store: (key: string) => HistoryStore
  notice: (message: string) => void
}

export interface BuildHistory {
  key: string
  store: HistoryStore
  peak: KnownPeak | null
}

export async function resolveBuildHistory(lookup: HistoryLookup): Promise<BuildHistory | null> {
  const key = await historyKey(lookup)
  if (key === null) return null
  const store = lookup.store(key)
  const { peak, notice } = await loadKnownPeak(store, key)
  if (notice !== null) lookup.notice(notice)
  return { key, store, peak }
}

/** The given key, else a hash of the Dockerfile, target and platforms. */
async function historyKey(lookup: HistoryLookup): Promise<string | null> {
  if (lookup.givenKey.trim() !== '') return parseHistoryKey(lookup.givenKey, lookup.keyName)
  if (lookup.build === null) throw new InputError(`${lookup.keyName} is needed: without a build there is no Dockerfile to name it by`)
  const read = lookup.build
  const file = dockerfilePath(read)
  let dockerfile: string
  try {
    dockerfile = readRegularFile(file, MAX_TEXT_FILE_BYTES, 'the Dockerfile').toString('utf8')
  } catch (error) {
    // A missing Dockerfile only costs the history; one that is there but no file (a FIFO, a
    // device) is refused before anything builds from it.
    if (!(error instanceof FileError)) throw error
    if (error.code !== 'ENOENT') throw new FileError(`${error.message}; give ${lookup.keyName} to name the build`, error.code)
    lookup.notice(`no Dockerfile at ${file} to name this build (ENOENT); set ${lookup.keyName}. Planning without history`)
    return null
  }
  return buildKey({ dockerfile, target: read('target'), platforms: read('platforms') })
}

/**
 * After a build: keep its observed peak, and each measured step's, for the next run (the plan's
 * max-parallelism counts the steps' peaks). Never fails the build: a peak not kept is a notice.
 */
export async function recordBuildPeak(history: BuildHistory, peakBytes: number, notice: (message: string) => void, steps: StepPeak[] = []): Promise<void> {
  try {
    const { notices } = await recordPeak(history.key, peakBytes, history.store, new Date(), steps)
    for (const n of notices) notice(n)
    const withSteps = steps.length > 0 ? ` and ${steps.length} step${steps.length === 1 ? "'s" : "s'"} own` : ''
    if (notices.length === 0) notice(`recorded the peak ${formatSize(peakBytes)}${withSteps} for ${history.key} in ${history.store.where}`)
  } catch (error) {
    notice(`the peak was not recorded (${(error as Error).message})`)
  }
}
