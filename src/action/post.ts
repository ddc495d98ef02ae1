import * as core from '@actions/core'
import { killList } from '../core/explain/summary.js'
import { killsSince, type OomKill } from '../core/explain/dmesg.js'
import { formatSize as fmt } from '../core/units.js'
import { watchReport } from '../core/explain/job-kills.js'
import { readKernelKills, readOomKillCounter, readOwnCgroups, toBootSeconds } from '../explain/kernel-log.js'
import { removeJobBuilder } from './build.js'
import { oomWatch } from './inputs.js'
import { getState } from './state.js'

/**
 * The post step runs even after a failure: the place to report on the whole job. Kernel OOM
 * kills since main started in this job's cgroups are errors; kills elsewhere on the machine
 * (other tenants of a shared runner) or only counted (/proc/vmstat) are one warning. It never
 * fails the job, and where no watch can work it says so in the debug log only.
 */
export async function runPost(): Promise<void> {
  // The builder this job created goes first, whatever happens to the watch after it.
  await removeJobBuilder().catch((error: Error) => core.warning(`could not remove this job's builder: ${error.message}`))
  try {
    if (!oomWatch()) return core.debug('docker-memory-action: oom-watch is off')
    const startedAt = getState('started-at')
    const started = startedAt ? new Date(startedAt) : null
    if (!started || Number.isNaN(started.getTime())) {
      core.warning('docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.', { title: 'OOM watch' })
      return
    }
    const kernel = await readKernelKills()
    const since = kernel.problem ? 0 : await toBootSeconds(started)
    const counted = getState('oom-kill-count')
    const report = watchReport({
      kills: kernel.problem ? null : killsSince(kernel.kills, since),
      problem: kernel.problem,
      ownCgroups: [...(await readOwnCgroups()), ...getState('oom-watch-cgroups').split(',').filter((x) => x !== '')],
      explained: new Set(getState('explained-kills').split(',').filter((x) => x !== '').map(Number)),
      counterAtStart: counted === '' ? null : Number(counted),
      counterNow: counted === '' ? null : await readOomKillCounter()
    })
    if (report.debug) core.debug(`docker-memory-action: ${report.debug}`)
    if (report.warning) core.warning(`docker-memory-action: ${report.warning}`, { title: 'OOM watch' })
    const kills = report.errors
    for (const kill of kills.slice(0, 9)) core.error(killMessage(kill), { title: `Out of memory: ${kill.process} killed` })
    if (kills.length > 9) core.error(`${kills.length - 9} more processes were killed for memory in this job: see the job summary.`, { title: 'More OOM kills' })
    if (kills.length > 0 && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(killList(`Out-of-memory kills in this job (${kills.length})`, kills).join('\n')).write()
    }
  } catch (error) {
    core.warning(`docker-memory-action's OOM watch failed: ${(error as Error).message}`, { title: 'OOM watch' })
  }
}

function killMessage(kill: OomKill): string {
  const memory = kill.anonRssBytes !== null ? ` holding ${fmt(kill.anonRssBytes)}` : ''
  const where = kill.scope === 'host' ? 'the machine ran out of memory' : `cgroup ${kill.oomMemcg ?? 'unknown'} hit its memory limit`
  return `The kernel killed ${kill.process} (pid ${kill.pid})${memory}: ${where}${kill.taskMemcg ? `; the process lived in ${kill.taskMemcg}` : ''}.`
}
