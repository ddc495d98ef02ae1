import { Command, Option } from 'commander'
import { InputError } from '../../core/errors.js'
import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { knownPeak, neededBuildBytes, parseHistoryKey, parsePeak, type History, type KnownPeak } from '../../core/history/peaks.js'
import { formatSize as fmt } from '../../core/units.js'
import { fileHistoryStore } from '../../history/file-store.js'
import { recordPeak } from '../../history/store.js'
import { resolveBuildHistory, type BuildHistory } from '../../history/build-peak.js'
import type { InputReader } from '../../core/inputs.js'

export function historyCommand(): Command {
  const history = new Command('history').description('the peaks earlier builds reached, which plan and build learn from')
  history
    .command('record')
    .description('record the memory peak of a build run by another tool')
    .requiredOption('--key <key>', "the build's name in the history")
    .requiredOption('--peak <size>', 'the peak it reached (3g, 2500m)')
    .requiredOption('--history-file <file>', 'the history file (created when missing; its folder must exist)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { key: string; peak: string; historyFile: string; format: string }) => {
      const key = parseHistoryKey(opts.key, '--key')
      const peakBytes = parsePeak(opts.peak, '--peak')
      requireFolder(opts.historyFile)
      const { history, notices } = await recordPeak(key, peakBytes, fileHistoryStore(opts.historyFile))
      for (const n of notices) notice(n)
      const peak = knownPeak(history, key) as KnownPeak
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ ...peak, recordedBytes: peakBytes, neededBuildBytes: neededBuildBytes(peak.bytes) }, null, 2) + '\n')
      } else {
        process.stdout.write(
          `Recorded ${fmt(peakBytes)} for ${key} in ${opts.historyFile}; highest of ${peak.runs} run${peak.runs === 1 ? '' : 's'}: ${fmt(peak.bytes)}, so the next plan gives the build at least ${fmt(neededBuildBytes(peak.bytes))}.\n`
        )
      }
    })
  history
    .command('show')
    .description('the peaks a history file holds, and what the next plan makes of them')
    .requiredOption('--history-file <file>', 'the history file')
    .option('--key <key>', 'only this build')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { key?: string; historyFile: string; format: string }) => {
      const key = opts.key === undefined ? null : parseHistoryKey(opts.key, '--key')
      requireFolder(opts.historyFile)
      const loaded = await fileHistoryStore(opts.historyFile).load()
      if (loaded.notice !== null) notice(loaded.notice)
      const builds = historyRows(loaded.history, key)
      if (key !== null && builds.length === 0) throw new InputError(`no build ${key} in ${opts.historyFile}`)
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify({ file: opts.historyFile, builds }, null, 2) + '\n')
        return
      }
      if (builds.length === 0) {
        process.stdout.write(`${opts.historyFile} holds no builds yet.\n`)
        return
      }
      const lines = builds.map(
        (b) =>
          `${b.key}: highest ${fmt(b.highestBytes)} of ${b.peaks.length} run${b.peaks.length === 1 ? '' : 's'} (last ${fmt(b.peaks[b.peaks.length - 1].bytes)} at ${b.peaks[b.peaks.length - 1].at}); the next plan gives it at least ${fmt(b.neededBuildBytes)}`
      )
      process.stdout.write(`${opts.historyFile}:\n${lines.map((l) => `  ${l}`).join('\n')}\n`)
    })
  return history
}

/** One build of a history, as `history show` prints it. */
interface HistoryRow {
  key: string
  highestBytes: number
  neededBuildBytes: number
  peaks: Array<{ bytes: number; at: string }>
}

function historyRows(history: History, only: string | null): HistoryRow[] {
  return Object.keys(history.builds)
    .filter((key) => only === null || key === only)
    .sort()
    .map((key) => {
      const peak = knownPeak(history, key) as KnownPeak
      return { key, highestBytes: peak.bytes, neededBuildBytes: neededBuildBytes(peak.bytes), peaks: history.builds[key].peaks }
    })
}

/**
 * A history file's folder must exist: a mistyped `--history-file` folder would otherwise be
 * created, and every later run would learn from a history no one reads.
 */
function requireFolder(file: string): void {
  const folder = dirname(resolve(file))
  let isFolder: boolean
  try {
    isFolder = statSync(folder).isDirectory()
  } catch {
    throw new InputError(`--history-file ${file}: the folder ${folder} does not exist; create it (mkdir -p ${folder}) or check the path`)
  }
  if (!isFolder) throw new InputError(`--history-file ${file}: ${folder} is not a folder`)
}

/**
 * `--history-file` and `--key`: the build's name and the peak it reached before, or null
 * without a history file. `build`: the build's inputs, to name it by its Dockerfile without --key.
 */
export async function historyFromFlags(opts: { historyFile?: unknown; key?: unknown }, build: InputReader | null): Promise<BuildHistory | null> {
  if (opts.historyFile === undefined) {
    if (opts.key === undefined) return null
    throw new InputError('--key needs --history-file FILE, the history to look the build up in')
  }
  if (build === null && opts.key === undefined) throw new InputError('--history-file needs --key KEY, the name the build was recorded under')
  const file = opts.historyFile as string
  requireFolder(file)
  return resolveBuildHistory({ givenKey: (opts.key as string | undefined) ?? '', keyName: '--key', build, store: () => fileHistoryStore(file), notice })
}

function notice(message: string): void {
  process.stderr.write(`docker-memory: notice: ${message}\n`)
}
