import * as core from '@actions/core'
import { killList } from '../core/explain/summary.js'
import { killsSince, type OomKill } from '../core/explain/dmesg.js'
import { formatSize as fmt } from '../core/units.js'
import { readKernelKills, toBootSeconds } from '../explain/kernel-log.js'
import { removeJobBuilder } from './build.js'
import { getState } from './state.js'

/**
 * The post step runs even after a failure: the place to report on the whole job. It lists
 * every kernel OOM kill since main started, in any step (a test run, a compiler, a service
 * container). It never fails the job; a watch that cannot see is a warning.
 */
export async function runPost(): Promise<void> {
  // The builder this job created goes first, whatever happens to the watch after it.
  await removeJobBuilder().catch((error: Error) => core.warning(`could not remove this job's builder: ${error.message}`))
  try {
    const startedAt = getState('started-at')
    const started = startedAt ? new Date(startedAt) : null
    if (!started || Number.isNaN(started.getTime())) {
      core.warning('docker-memory-action: the main step saved no start time, so OOM kills in this job cannot be told from older ones; none are reported.', { title: 'OOM watch' })
      return
    }
    const kernel = await readKernelKills()
    if (kernel.problem) {
      core.warning(`docker-memory-action could not watch for OOM kills: ${kernel.problem}.`, { title: 'OOM watch' })
      return
    }
    const since = await toBootSeconds(started)
    const explained = new Set(getState('explained-kills').split(',').filter((x) => x !== '').map(Number))
    const kills = killsSince(kernel.kills, since).filter((k) => !explained.has(k.pid))
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
