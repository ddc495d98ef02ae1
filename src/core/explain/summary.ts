/**
 * The build's part of the job summary, and the job-wide OOM list of `post`. Markdown with a
 * Mermaid `xychart-beta`, capped so that even a build of thousands of steps stays far below
 * GitHub's 1 MiB per step. Step names, messages quoting Dockerfile lines, process names and
 * cgroup paths come from the build and the kernel: each goes through ../render/markdown.ts.
 */
import type { BuildOutcome, MemorySample } from '../build/outcome.js'
import type { Plan } from '../plan/plan.js'
import { mdCode, mdText } from '../render/markdown.js'
import { formatSize as fmt, MiB } from '../units.js'
import type { BuildLogAnalysis } from './build-log.js'
import type { OomKill } from './dmesg.js'
import type { Explanation } from './explain.js'

export const MAX_STEP_ROWS = 200
export const MAX_CHART_POINTS = 60

export function buildSummary(log: BuildLogAnalysis, explanation: Explanation, outcome: BuildOutcome | null, plan: Plan | null = null): string {
  const out: string[] = []
  out.push(`## ${headline(log, explanation)}`)
  out.push('')
  if (outcome) {
    const peak = outcome.peakBytes !== null ? fmt(outcome.peakBytes) : 'unknown'
    const limit = outcome.limitBytes !== null ? fmt(outcome.limitBytes) : 'no limit'
    const pct = outcome.peakBytes && outcome.limitBytes ? ` (${Math.round((outcome.peakBytes / outcome.limitBytes) * 100)} %)` : ''
    out.push(`**Peak ${peak} of ${limit}${pct}** · ${mdText(outcome.enforcement)} · ${(outcome.durationMs / 1000).toFixed(1)} s`)
    out.push('')
  }
  if (plan) {
    out.push(
      `Plan: ${mdText(plan.profile)} profile, build ${fmt(plan.build.bytes)}, ${plan.jobs} parallel job${plan.jobs === 1 ? '' : 's'}, ${fmt(plan.usableBytes)} usable of ${fmt(plan.machine.totalBytes)} on ${plan.machine.cpus} CPUs.`
    )
    out.push('')
  }
  for (const a of explanation.annotations) {
    out.push(a.level === 'error' ? '> [!CAUTION]' : a.level === 'warning' ? '> [!WARNING]' : '> [!NOTE]')
    out.push(`> **${mdText(a.title)}**${a.file ? ` · ${mdCode(`${a.file}${a.startLine ? `:${a.startLine}` : ''}`)}` : ''}`)
    out.push(`> ${mdText(a.message)}`)
    out.push('')
  }
  const chart = memoryChart(outcome?.memorySamples ?? [], outcome?.limitBytes ?? null)
  if (chart.length > 0) out.push('```mermaid', ...chart, '```', '')

  const memoryOf = new Map(explanation.findings.filter((f) => f.step && f.kill?.anonRssBytes).map((f) => [f.step!.id, f.kill!.anonRssBytes!]))
  out.push('| Step | Duration | Result | Memory |')
  out.push('| --- | ---: | --- | ---: |')
  for (const s of log.steps.slice(0, MAX_STEP_ROWS)) {
    const killed = s.killedLines > 0 ? ' · Killed' : ''
    const memory = memoryOf.has(s.id) ? `${fmt(memoryOf.get(s.id)!)} when killed` : ''
    out.push(
      `| ${mdText(short(s.name, 120))} | ${s.durationMs === null ? '' : `${(s.durationMs / 1000).toFixed(1)} s`} | ${RESULT[s.result]}${killed} | ${memory} |`
    )
  }
  if (log.steps.length > MAX_STEP_ROWS) out.push(`| … ${log.steps.length - MAX_STEP_ROWS} more steps | | | |`)
  out.push('')
  if (explanation.otherKills.length > 0)
    for (const line of killList('Other processes the kernel killed during the build', explanation.otherKills)) out.push(line)
  return out.join('\n')
}

/** The summary's title: the worst of what the findings say, in their own words. */
function headline(log: BuildLogAnalysis, explanation: Explanation): string {
  const kinds = new Set(explanation.findings.map((f) => f.kind))
  if (kinds.has('step-oom') || kinds.has('daemon-oom')) return '❌ Docker build ran out of memory'
  if (kinds.has('step-killed') || kinds.has('build-killed')) return '❌ Docker build killed (SIGKILL), not known to be memory'
  if (kinds.has('memory-error')) return '❌ Docker build: memory trouble that is not a kill'
  if (kinds.has('no-build')) return 'ℹ️ No Docker build in this log, but a process was killed or ran out of memory'
  if (kinds.has('killed-but-passed')) return '⚠️ Docker build: a process was killed'
  if (kinds.has('builder-lost')) return '⚠️ Docker build lost its builder'
  if (kinds.has('step-failed')) return '❌ Docker build failed, not for memory as far as the log shows'
  if (!log.docker) return 'ℹ️ No Docker build in this log'
  return '✅ Docker build memory'
}

const RESULT: Record<string, string> = { done: '✅ done', cached: '♻️ cached', error: '❌ failed', canceled: '⏹ canceled', running: '… unfinished' }

/** Memory over time, downsampled to at most MAX_CHART_POINTS by the highest sample in each bucket. */
function memoryChart(samples: MemorySample[], limitBytes: number | null): string[] {
  if (samples.length < 2) return []
  const points = downsample(samples, MAX_CHART_POINTS)
  const mib = (b: number): number => Math.round(b / MiB)
  const top = points.reduce((max, p) => Math.max(max, p.bytes), limitBytes ?? 0)
  const lines = [
    'xychart-beta',
    '  title "Build memory (MiB)"',
    `  x-axis "seconds" [${points.map((p) => (p.tMs / 1000).toFixed(0)).join(', ')}]`,
    `  y-axis "MiB" 0 --> ${mib(top * 1.05) + 1}`,
    `  line [${points.map((p) => mib(p.bytes)).join(', ')}]`
  ]
  if (limitBytes !== null) lines.push(`  line [${points.map(() => mib(limitBytes)).join(', ')}]`)
  return lines
}

export function downsample(samples: MemorySample[], max: number): MemorySample[] {
  if (samples.length <= max) return samples
  const out: MemorySample[] = []
  const size = samples.length / max
  for (let i = 0; i < max; i++) {
    const bucket = samples.slice(Math.floor(i * size), Math.floor((i + 1) * size))
    // The highest sample keeps the peak a chart is read for.
    out.push(bucket.reduce((a, b) => (b.bytes > a.bytes ? b : a)))
  }
  return out
}

/** The job-wide list `post` writes: every kernel OOM kill since the action started. */
export function killList(title: string, kills: OomKill[]): string[] {
  const out = [`### ${title}`, '', '| Seconds since boot | Process | PID | Memory | Cgroup |', '| ---: | --- | ---: | ---: | --- |']
  for (const k of kills.slice(0, MAX_STEP_ROWS)) {
    out.push(
      `| ${k.timeSec.toFixed(1)} | ${mdText(k.process)} | ${k.pid} | ${k.anonRssBytes === null ? '' : fmt(k.anonRssBytes)} | ${k.taskMemcg ? mdCode(k.taskMemcg, true) : k.scope === 'host' ? 'whole machine' : ''} |`
    )
  }
  if (kills.length > MAX_STEP_ROWS) out.push(`| … ${kills.length - MAX_STEP_ROWS} more | | | | |`)
  out.push('')
  return out
}

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
