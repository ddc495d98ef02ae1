/** The CLI's text format: the plan for a terminal, in the words of the job summary. */
import type { MachineFacts } from '../machine.js'
import { runnerName } from '../history/peaks.js'
import { buildLimitBytes, type Plan, type PlanHistory } from '../plan/plan.js'
import { formatSize as fmt } from '../units.js'

/** `1 job`, `4 jobs`, `0 containers`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** The build limit for people: `8 GiB`, or why there is none rather than a `0 B` that reads as a limit. */
export function buildLimitText(plan: Plan): string {
  const bytes = buildLimitBytes(plan)
  return bytes === null ? `none (${fmt(plan.build.bytes)} left for the build)` : fmt(bytes)
}

export function planText(plan: Plan, machine: MachineFacts): string {
  const out: string[] = []
  const m = plan.machine
  out.push(`Docker memory plan (${plan.profile}): ${plan.status === 'ok' ? 'OK' : 'NOT ENOUGH MEMORY'}`)
  out.push(
    `  machine      ${fmt(m.totalBytes)} (${m.totalSource}), ${fmt(m.availableBytes)} available, ${count(m.cpus, 'CPU')}, ${machine.os.platform}/${machine.os.arch}`
  )
  out.push(`  docker       ${plan.engine.source === 'docker' ? `${fmt(plan.engine.bytes)} (${plan.engine.backend})` : 'no engine seen'}`)
  out.push(`  reserve      ${fmt(plan.reserveBytes)}`)
  out.push(`  build limit  ${buildLimitText(plan)} (${plan.build.source})`)
  out.push(`  jobs         ${plan.jobs} (${fmt(plan.memoryPerJobBytes)} each)`)
  out.push(`  parallelism  max-parallelism ${plan.parallelism.maxParallelism} (${plan.parallelism.source === 'history' ? 'measured steps' : 'memory-per-job'})`)
  if (plan.fit.needsMemoryBytes !== null)
    out.push(
      `  fits         ${plan.fit.fits}: needs ${fmt(plan.fit.needsMemoryBytes)}${plan.fit.largerRunner ? `, larger runner ${plan.fit.largerRunner}` : ''}`
    )
  if (plan.history) out.push(`  history      ${historyLine(plan.history)}`)
  for (const c of plan.containers) out.push(`  container    ${c.name} ${fmt(c.bytes)}${c.model ? ` (${c.model})` : ''}`)
  for (const p of plan.problems) out.push(`  problem      ${p.message}; fix: ${p.fix}`)
  for (const a of plan.adjustments) out.push(`  adjusted     ${a}`)
  out.push('Why:')
  for (const r of plan.reasons) out.push(`  - ${r}`)
  return out.join('\n') + '\n'
}

/** What the known peak asks of a machine: the line that tells a matrix which runner a build needs. */
export function historyLine(h: PlanHistory): string {
  const runner = h.runner ? runnerName(h.runner) : 'none of the GitHub-hosted runners'
  const fits = h.fitsWithHeadroom ? 'fits this one' : h.fits ? 'this one holds the peak but not all the headroom' : 'does NOT fit this one'
  return `peak ${fmt(h.peakBytes)} (${h.key}, ${count(h.runs, 'run')}) needs a build limit of ${fmt(h.neededBuildBytes)} and a machine with ${fmt(h.requiredTotalBytes)}: ${fits}; smallest runner: ${runner}`
}

export function detectText(machine: MachineFacts): string {
  const out: string[] = []
  const mem = machine.memory
  out.push(`os           ${machine.os.platform}/${machine.os.arch} ${machine.os.release}`)
  out.push(`cpus         ${machine.cpus.logical}`)
  out.push(`memory       ${fmt(mem.totalBytes)} total, ${fmt(mem.availableBytes)} available, swap ${fmt(mem.swapTotalBytes)}`)
  const cg = machine.cgroup
  if (cg) {
    out.push(
      `cgroup       v${cg.version} ${cg.path}: memory ${cg.memoryLimitBytes === null ? 'unlimited' : `${fmt(cg.memoryLimitBytes)} (${cg.memoryLimitPath})`}, cpu ${cg.cpuQuota === null ? 'unlimited' : cg.cpuQuota}${cg.cpusetCount === null ? '' : `, cpuset ${cg.cpusetCount}`}`
    )
  } else {
    out.push('cgroup       none')
  }
  const d = machine.docker
  out.push(
    d
      ? `docker       ${d.serverVersion} (${d.backend}), ${fmt(d.memTotalBytes)}, ${count(d.ncpu, 'CPU')}, cgroup v${d.cgroupVersion ?? '?'} ${d.cgroupDriver ?? ''}`.trimEnd()
      : `docker       none (${machine.dockerAbsentReason ?? 'not asked'})`
  )
  const via = machine.dockerVia
  if (via) out.push(`docker via   ${via.path === 'socket' ? `API socket ${via.socket}` : `docker CLI (${via.why})`}`)
  const r = machine.runner
  out.push(
    `runner       ${r.ciName}${r.environment ? ` ${r.environment}` : ''}${r.name ? ` ${r.name}` : ''}${r.inContainer ? `, in a container (${r.containerHint})` : ''}`
  )
  return out.join('\n') + '\n'
}
