/**
 * Each step's own peak in the build's summary: a chart of the heaviest steps' peaks against
 * the build limit (why max-parallelism is what it is: two bars that each fit may not fit
 * together), a table of every measured step, and what could not be tied to one step. Step
 * names and commands come from the Dockerfile: every one goes through markdown.ts. Pure.
 */
import type { StepPeaks } from '../build/step-peaks.js'
import { formatSize as fmt } from '../units.js'
import { chartScale } from './chart-scale.js'
import { mdCode, mdText, mermaidText } from './markdown.js'

/** Bars in the chart: past a dozen the labels cannot be read. */
export const MAX_STEP_BARS = 12
export const MAX_STEP_PEAK_ROWS = 50

/** A chart label: the step's name cut short, the platform first when there is one. */
function label(instruction: string, platform: string | null): string {
  const text = `${platform ? `${platform} ` : ''}${instruction}`
  return mermaidText(text.length > 40 ? `${text.slice(0, 39)}…` : text)
}

export function stepPeaksSection(peaks: StepPeaks, limitBytes: number | null, builderPeak: number | null): string[] {
  const out = ['### Each step’s peak', '']
  if (!peaks.seen) {
    const stands =
      builderPeak === null ? 'the build’s peak was not measured either' : `the build’s peak, ${fmt(builderPeak)} for all steps together, stands for them`
    return [...out, `Not measured per step: ${mdText(peaks.reason)}; ${stands}.`, '']
  }
  if (peaks.steps.length === 0 && peaks.unattributed.length === 0)
    return [...out, `No RUN step’s cgroup appeared under ${mdCode(peaks.parent)} while the build ran (all cached, or none ran long enough to be seen).`, '']
  if (peaks.steps.length > 0) {
    const bars = peaks.steps.slice(0, MAX_STEP_BARS)
    const scale = chartScale(Math.max(limitBytes ?? 0, ...bars.map((s) => s.bytes)))
    out.push(
      '```mermaid',
      'xychart-beta',
      `  title "Each step's peak${limitBytes !== null ? ` against the ${fmt(limitBytes)} build limit` : ''} (${scale.unit})"`,
      `  x-axis [${bars.map((s) => `"${label(s.instruction, s.platform)}"`).join(', ')}]`,
      `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
      `  bar [${bars.map((s) => scale.value(s.bytes)).join(', ')}]`,
      ...(limitBytes !== null ? [`  line [${bars.map(() => scale.value(limitBytes)).join(', ')}]`] : []),
      '```',
      '',
      `The bars are each step's own high-water mark, read from its cgroup under ${mdCode(peaks.parent)}${limitBytes !== null ? '; the flat line is the limit all steps share' : ''}.${peaks.steps.length > MAX_STEP_BARS ? ` The ${MAX_STEP_BARS} heaviest of ${peaks.steps.length} are drawn.` : ''}`,
      ''
    )
    out.push('| Step | Platform | Peak |', '| --- | --- | ---: |')
    for (const s of peaks.steps.slice(0, MAX_STEP_PEAK_ROWS)) {
      const share = limitBytes ? ` (${Math.round((s.bytes / limitBytes) * 100)} %)` : ''
      out.push(`| ${mdText(s.instruction)} | ${s.platform ? mdCode(s.platform, true) : '—'} | ${fmt(s.bytes)}${share} |`)
    }
    if (peaks.steps.length > MAX_STEP_PEAK_ROWS) out.push(`| … ${peaks.steps.length - MAX_STEP_PEAK_ROWS} more steps | | |`)
    out.push('')
  }
  for (const u of peaks.unattributed.slice(0, 10)) {
    const what =
      u.command === null
        ? 'a step whose command could not be read'
        : `a step running ${mdCode(u.command.length > 120 ? `${u.command.slice(0, 119)}…` : u.command)}`
    const why =
      u.command === null
        ? 'its process was gone (or not visible from here) before its command could be read'
        : u.candidates.length === 0
          ? 'no step of the log runs that command'
          : `it may be any of ${u.candidates.map((c) => mdText(c)).join('; ')}, so it is not given to one`
    out.push(`- ${fmt(u.bytes)} peak of ${what}: ${why}.`)
  }
  if (peaks.unattributed.length > 0) out.push('')
  return out
}
