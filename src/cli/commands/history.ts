import { Command, Option } from 'commander'
import { InputError } from '../../core/errors.js'
import { knownPeak, neededBuildBytes, parseHistoryKey, parsePeak, type KnownPeak } from '../../core/history/peaks.js'
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
    .requiredOption('--history-file <file>', 'the history file (created when missing)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { key: string; peak: string; historyFile: string; format: string }) => {
      const key = parseHistoryKey(opts.key, '--key')
      const peakBytes = parsePeak(opts.peak, '--peak')
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
  return history
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
  return resolveBuildHistory({ givenKey: (opts.key as string | undefined) ?? '', keyName: '--key', build, store: () => fileHistoryStore(file), notice })
}

function notice(message: string): void {
  process.stderr.write(`docker-memory: notice: ${message}\n`)
}
