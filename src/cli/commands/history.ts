import { Command, Option } from 'commander'
import { InputError } from '../../core/errors.js'
import { knownPeak, neededBuildBytes, parseHistoryKey, parsePeak, type KnownPeak } from '../../core/plan/history.js'
import { formatSize as fmt } from '../../core/units.js'
import { fileHistoryStore } from '../../history/file-store.js'
import { loadKnownPeak, recordPeak } from '../../history/store.js'

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

/** `--history-file` and `--key` of `plan`: the known peak, or null with a notice on stderr when there is none. */
export async function knownPeakFromFlags(opts: { historyFile?: string; key?: string }): Promise<KnownPeak | null> {
  if (opts.historyFile === undefined && opts.key === undefined) return null
  if (opts.historyFile === undefined) throw new InputError('--key needs --history-file FILE, the history to look the build up in')
  if (opts.key === undefined) throw new InputError('--history-file needs --key KEY, the name the build was recorded under')
  const key = parseHistoryKey(opts.key, '--key')
  const { peak, notice: why } = await loadKnownPeak(fileHistoryStore(opts.historyFile), key)
  if (why !== null) notice(why)
  return peak
}

function notice(message: string): void {
  process.stderr.write(`docker-memory: notice: ${message}\n`)
}
