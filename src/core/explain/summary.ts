/**
 * The build's part of the job summary, and the job-wide OOM list of `post`. Markdown with a
 * Mermaid `xychart-beta`, capped so that even a build of thousands of steps stays far below
 * GitHub's 1 MiB per step. Step names, messages quoting Dockerfile lines, process names and
 * cgroup paths come from the build and the kernel: each goes through ../render/markdown.ts.
 */
import type { BuildOutcome, MemorySample } from '../build/outcome.js'
import type { Plan } from '../plan/plan.js'
import { mdCode, mdText } from '../render/markdown.js'
import { formatSize as fmt } from '../units.js'
import { chartScale } from '../render/chart-scale.js'
import { stepPeaksSection } from '../render/step-peaks.js'
import { stepPeaksOf } from '../build/step-peaks.js'
import type { BuildLogAnalysis } from './build-log.js'
import type { OomKill } from './dmesg.js'
import { MECHANISM, type Explanation } from './explain.js'
import { clip as short } from './log/clip.js'

export const MAX_STEP_ROWS = 200
export const MAX_CHART_POINTS = 60

export function buildSummary(log: BuildLogAnalysis, explanation: Explanation, outcome: BuildOutcome | null, plan: Plan | null = null): string {
  const out: string[] = []
  // The headline and the sentence under it say one verdict, each in its words.
  const said = verdict(log, explanation, outcome)
  out.push(`## ${HEADLINE[said]}`)
  out.push('')
  if (outcome) {
    // The decision first: what was bound, on what, and whether the build fit under it.
    out.push(`${boundSentence(outcome)} ${fitSentence(said, outcome)}`)
    out.push('')
    out.push('| Builder | Limit | Peak | Enforcement | Duration |')
    out.push('| --- | ---: | ---: | --- | ---: |')
    out.push(
      `| ${outcome.builderName ? mdCode(outcome.builderName, true) : '—'} | ${outcome.limitBytes !== null ? fmt(outcome.limitBytes) : 'none'} | ${peakCell(outcome)} | ${mdText(outcome.enforcement)} | ${seconds(outcome.durationMs)} |`
    )
    out.push('')
    const chart = memoryChart(outcome)
    if (chart.length > 0) out.push('```mermaid', ...chart, '```', '', chartCaption(outcome), '')
    // Only where the run watched (or tried to watch) its steps: a saved log has nothing to say here.
    if (outcome.stepCgroups !== undefined) out.push(...stepPeaksSection(stepPeaksOf(outcome.stepCgroups, log), outcome.limitBytes, outcome.peakBytes))
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

  // A memory column only where some step has a figure: an empty column reads as "not measured" on every row.
  const memoryOf = new Map(explanation.findings.filter((f) => f.step && f.kill?.anonRssBytes).map((f) => [f.step!.id, f.kill!.anonRssBytes!]))
  const withMemory = memoryOf.size > 0
  out.push(withMemory ? '| Step | Duration | Result | Memory |' : '| Step | Duration | Result |')
  out.push(withMemory ? '| --- | ---: | --- | ---: |' : '| --- | ---: | --- |')
  for (const s of log.steps.slice(0, MAX_STEP_ROWS)) {
    const killed = s.killedLines > 0 ? ' · Killed' : ''
    const memory = memoryOf.has(s.id) ? `${fmt(memoryOf.get(s.id)!)} when killed` : ''
    const cells = [mdText(short(s.name, 120)), s.durationMs === null ? '' : seconds(s.durationMs), `${RESULT[s.result]}${killed}`]
    if (withMemory) cells.push(memory)
    out.push(`| ${cells.join(' | ')} |`)
  }
  if (log.steps.length > MAX_STEP_ROWS) out.push(`| … ${log.steps.length - MAX_STEP_ROWS} more steps |${withMemory ? ' | | |' : ' | |'}`)
  out.push('')
  if (explanation.otherKills.length > 0)
    for (const line of killList('Other processes the kernel killed during the build', explanation.otherKills)) out.push(line)
  return out.join('\n')
}

/** What bound the build's memory, on what: `**Builder `ci` limited to 6 GiB** (the BuildKit builder container's memory, all steps together).` */
function boundSentence(outcome: BuildOutcome): string {
  if (outcome.enforcement === 'none' || outcome.limitBytes === null)
    return `**No memory limit was bound** (${mdText(outcome.enforcementReason)}): the build could take all the engine's memory.`
  const what = outcome.builderName ? `Builder ${mdCode(outcome.builderName)}` : outcome.limitScope === 'step' ? 'Each RUN step' : 'The build'
  return `**${what} limited to ${fmt(outcome.limitBytes)}** (${mdText(MECHANISM[outcome.enforcement])}).`
}

/** Whether the build fit under its limit, in the verdict's words, with the peak. */
function fitSentence(said: Verdict, outcome: BuildOutcome): string {
  const share = peakShare(outcome)
  const peak = outcome.peakBytes !== null ? `, peak ${fmt(outcome.peakBytes)}${share}` : ''
  if (said === 'fit') return outcome.peakBytes === null ? '**It fit** (peak not measured).' : `**It fit${peak}.**`
  return `**${FIT[said]}${peak}.**`
}
/** ` (98 % of the limit)`, or nothing when either figure is missing. */
function peakShare(outcome: BuildOutcome): string {
  return outcome.peakBytes !== null && outcome.limitBytes ? ` (${Math.round((outcome.peakBytes / outcome.limitBytes) * 100)} % of the limit)` : ''
}

function peakCell(outcome: BuildOutcome): string {
  if (outcome.peakBytes === null) return 'not measured'
  return outcome.limitBytes ? `${fmt(outcome.peakBytes)} (${Math.round((outcome.peakBytes / outcome.limitBytes) * 100)} %)` : fmt(outcome.peakBytes)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/**
 * What the summary says of the build: the worst of what the findings say, and, where no finding
 * says it, what the run knows (the builder container's State.OOMKilled, the build's exit code).
 * A kill in a step that passed is said as such only of a build that passed.
 */
type Verdict =
  'oom' | 'sigkill' | 'memory-error' | 'no-build' | 'killed-but-passed' | 'killed-but-failed' | 'killed' | 'builder-lost' | 'failed' | 'no-docker' | 'fit'

function verdict(log: BuildLogAnalysis, explanation: Explanation, outcome: BuildOutcome | null): Verdict {
  const kinds = new Set(explanation.findings.map((f) => f.kind))
  // Whether the build passed: its exit code, else the log's word; a log that says neither (a tail) leaves it open.
  const passed = outcome ? outcome.exitCode === 0 : log.failedStepId !== null || log.daemonLost ? false : log.succeeded ? true : null
  if (kinds.has('step-oom') || kinds.has('daemon-oom')) return 'oom'
  if (kinds.has('step-killed') || kinds.has('build-killed')) return 'sigkill'
  if (kinds.has('memory-error')) return 'memory-error'
  if (kinds.has('no-build')) return 'no-build'
  if (kinds.has('killed-but-passed')) return passed === null ? 'killed' : passed ? 'killed-but-passed' : 'killed-but-failed'
  // The container's OOMKilled with no finding, in a build that passed: a process in it was killed
  // for memory (classify.ts). In a build that failed, the findings say why it failed.
  if (outcome?.builderOomKilled === true && passed) return 'killed-but-passed'
  if (kinds.has('builder-lost')) return 'builder-lost'
  if (kinds.has('step-failed') || passed === false) return 'failed'
  if (!log.docker) return 'no-docker'
  return 'fit'
}

// Module-level tables: never active in the mutation run (see RESULT's); each verdict's headline
// and sentence are pinned by __tests__/core/explain/summary.test.ts ("the headline and the fit sentence").
// Stryker disable ObjectLiteral,StringLiteral: never active (above)
const HEADLINE: Record<Verdict, string> = {
  oom: '❌ Docker build ran out of memory',
  sigkill: '❌ Docker build killed (SIGKILL), not known to be memory',
  'memory-error': '❌ Docker build: memory trouble that is not a kill',
  'no-build': 'ℹ️ No Docker build in this log, but a process was killed or ran out of memory',
  'killed-but-passed': '⚠️ Docker build passed, but a process was killed',
  'killed-but-failed': '❌ Docker build failed; a process was killed in a step that passed',
  killed: '⚠️ Docker build: a process was killed in a step that passed',
  'builder-lost': '⚠️ Docker build lost its builder',
  failed: '❌ Docker build failed, not for memory as far as the log shows',
  'no-docker': 'ℹ️ No Docker build in this log',
  fit: '✅ Docker build memory'
}

const FIT: Record<Exclude<Verdict, 'fit'>, string> = {
  oom: 'It did not fit: OOM-killed',
  sigkill: 'Killed (SIGKILL), not known to be memory',
  'memory-error': 'Memory ran out without a kill (a process stopped at its own limit, or an allocation failed)',
  'no-build': 'No Docker build in the log, but a process was killed or ran out of memory',
  'killed-but-passed': 'A process was killed, yet the build passed',
  'killed-but-failed': 'A process was killed in a step that passed; the build failed',
  killed: 'A process was killed in a step that passed',
  'builder-lost': 'The build lost its builder; nothing in the log says why',
  failed: 'The build failed, not for memory as far as the log shows',
  'no-docker': 'No Docker build in the log'
}
// Stryker restore ObjectLiteral,StringLiteral

// A module-level table is built once, when the module is loaded; the mutation run keeps modules
// loaded between mutants, so a mutant of it is never active. Each result's words are pinned by
// __tests__/core/explain/summary.test.ts (done, cached, canceled, unfinished, failed).
// Stryker disable next-line ObjectLiteral,StringLiteral: never active (above)
const RESULT: Record<string, string> = { done: '✅ done', cached: '♻️ cached', error: '❌ failed', canceled: '⏹ canceled', running: '… unfinished' }

/**
 * The build's memory against its limit: over time where samples were taken while it ran
 * (downsampled to at most MAX_CHART_POINTS by the highest sample in each bucket), else the
 * peak beside the limit where both are known. In the units the text uses (GiB, or MiB for a
 * chart that stays under 1 GiB).
 */
function memoryChart(outcome: BuildOutcome): string[] {
  const limit = outcome.limitBytes
  const samples = outcome.memorySamples
  if (samples.length >= 2) {
    const points = downsample(samples, MAX_CHART_POINTS)
    const scale = chartScale(points.reduce((max, p) => Math.max(max, p.bytes), limit ?? 0))
    const lines = [
      'xychart-beta',
      `  title "Build memory${limit !== null ? ` against its ${fmt(limit)} limit` : ''} (${scale.unit})"`,
      `  x-axis "seconds" [${points.map((p) => (p.tMs / 1000).toFixed(0)).join(', ')}]`,
      `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
      `  line [${points.map((p) => scale.value(p.bytes)).join(', ')}]`
    ]
    if (limit !== null) lines.push(`  line [${points.map(() => scale.value(limit)).join(', ')}]`)
    return lines
  }
  if (outcome.peakBytes === null || limit === null) return []
  const scale = chartScale(Math.max(outcome.peakBytes, limit))
  return [
    'xychart-beta',
    `  title "Peak against the ${fmt(limit)} limit (${scale.unit})"`,
    '  x-axis ["peak", "limit"]',
    `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
    `  bar [${scale.value(outcome.peakBytes)}, ${scale.value(limit)}]`
  ]
}

/** What the chart's lines or bars are: xychart-beta draws no legend. */
function chartCaption(outcome: BuildOutcome): string {
  if (outcome.memorySamples.length >= 2)
    return outcome.limitBytes !== null ? "The rising line is the build's memory, the flat one its limit." : "The line is the build's memory; it had no limit."
  return `The peak is the high-water mark${outcome.peakSource ? ` of ${mdCode(outcome.peakSource)}` : ''}, read once after the build: no samples over time were taken.`
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
