import * as core from '@actions/core'
import { killList } from '../core/explain/summary.js'
import { killsSince, type OomKill } from '../core/explain/dmesg.js'
import { formatSize as fmt } from '../core/units.js'
import { watchReport } from '../core/explain/job-kills.js'
import { readKernelKills, readOomKillCounter, readOwnCgroups, toBootSeconds } from '../explain/kernel-log.js'
import { removeJobBuilder } from './build.js'
import { parseBoolean } from '../core/inputs.js'
import { stopBuilderSeries } from './builder-series.js'
import { oomWatch } from './inputs.js'
import { getState } from './state.js'
import { historyNotice, loadHistory } from './history.js'
import type { StepPeak } from '../core/plan/parallelism.js'

/**
 * The post step runs even after a failure: the place to report on the whole job. Kernel OOM
 * kills since main started in this job's cgroups are errors; kills elsewhere on the machine
 * (other tenants of a shared runner) or only counted (/proc/vmstat) are one warning. It never
 * fails the job, and where no watch can work it says so in the debug log only.
 */
export async function runPost(): Promise<void> {
  // A builder main bound: its builds explained while its limit and peak can be read, then its limit given back.
  const explainedContainers = getState('builder-binding')
    ? await postBinding().catch((error: Error): string[] => {
        core.warning(`could not give the bound builder its limit back: ${error.message}`)
        return []
      })
    : []
  // The builds are explained: the sampler of the bound builder's memory has done its work.
  stopBuilderSeries()
  // The builder this job created goes next, whatever happens to the watch after it.
  await removeJobBuilder().catch((error: Error) => core.warning(`could not remove this job's builder: ${error.message}`))
  try {
    if (!oomWatch()) return core.debug('docker-memory-action: oom-watch is off')
    const startedAt = getState('started-at')
    const started = startedAt ? new Date(startedAt) : null
    if (!started || Number.isNaN(started.getTime())) {
      core.warning('docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.', {
        title: 'OOM watch'
      })
      return
    }
    const kernel = await readKernelKills()
    const since = kernel.problem ? 0 : await toBootSeconds(started)
    const counted = getState('oom-kill-count')
    const kills = kernel.problem ? null : killsSince(kernel.kills, since)
    // Kills in a bound builder whose builds were annotated at their Dockerfile line are not told twice.
    const inExplained = (kills ?? []).filter((k) => [k.taskMemcg, k.oomMemcg].some((cg) => cg !== null && explainedContainers.some((id) => cg.includes(id))))
    const report = watchReport({
      kills,
      problem: kernel.problem,
      ownCgroups: [
        ...(await readOwnCgroups()),
        ...getState('oom-watch-cgroups')
          .split(',')
          .filter((x) => x !== '')
      ],
      explained: new Set([
        ...getState('explained-kills')
          .split(',')
          .filter((x) => x !== '')
          .map(Number),
        ...inExplained.map((k) => k.pid)
      ]),
      counterAtStart: counted === '' ? null : Number(counted),
      counterNow: counted === '' ? null : await readOomKillCounter()
    })
    if (report.debug) core.debug(`docker-memory-action: ${report.debug}`)
    if (report.warning) core.warning(`docker-memory-action: ${report.warning}`, { title: 'OOM watch' })
    const errors = report.errors
    for (const kill of errors.slice(0, 9)) core.error(killMessage(kill), { title: `Out of memory: ${kill.process} killed` })
    if (errors.length > 9)
      core.error(`${errors.length - 9} more processes were killed for memory in this job: see the job summary.`, { title: 'More OOM kills' })
    if (errors.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(killList(`Out-of-memory kills in this job (${errors.length})`, errors).join('\n')).write()
    }
  } catch (error) {
    core.warning(`docker-memory-action's OOM watch failed: ${(error as Error).message}`, { title: 'OOM watch' })
  }
}

/** The bound builder's builds explained, its limit given back; the ids of the containers whose kills were annotated. */
async function postBinding(): Promise<string[]> {
  const { explainAndRelease } = await import('../bind/action-release.js')
  const keepLimit = parseBoolean(core.getInput('keep-limit') || 'false', 'keep-limit')
  const history = parseBoolean(core.getInput('history') || 'false', 'history')
  return explainAndRelease({ keepLimit, recordPeak: history ? recordHistoryPeak : null })
}

/** The peak under the key main planned with: the next plan reads it back. */
async function recordHistoryPeak(peakBytes: number, steps: StepPeak[]): Promise<void> {
  const history = await loadHistory(core.getInput('history-key'), (name) => core.getInput(name))
  if (history) await (await import('../history/build-peak.js')).recordBuildPeak(history, peakBytes, historyNotice, steps)
}

function killMessage(kill: OomKill): string {
  const memory = kill.anonRssBytes !== null ? ` holding ${fmt(kill.anonRssBytes)}` : ''
  const where = kill.scope === 'host' ? 'the machine ran out of memory' : `cgroup ${kill.oomMemcg ?? 'unknown'} hit its memory limit`
  return `The kernel killed ${kill.process} (pid ${kill.pid})${memory}: ${where}${kill.taskMemcg ? `; the process lived in ${kill.taskMemcg}` : ''}.`
}
