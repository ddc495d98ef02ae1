/**
 * Why max-parallelism is what it is, for the job summary: the expected peaks of 1, 2, … steps
 * running at once against the build limit, up to the first count that would not fit. Pure.
 */
import type { Plan } from '../plan/plan.js'
import { formatSize as fmt } from '../units.js'
import { chartScale } from './chart-scale.js'

/** Bars beyond this are left out: past a dozen the picture says nothing more. */
const MAX_BARS = 12

export function parallelismChart(plan: Plan): string[] {
  const p = plan.parallelism
  const limit = plan.build.bytes
  // The next step that would join: the heaviest known one not yet counted, else one more of the same figure.
  const next = p.source === 'history' ? nextStep(plan) : p.together[0]
  const sums: number[] = []
  let sum = 0
  for (const bytes of p.together.slice(0, MAX_BARS)) sums.push((sum += bytes))
  const showsNext = next !== undefined && p.together.length < MAX_BARS
  if (showsNext) sums.push(sum + next)
  const top = Math.max(limit, ...sums.slice(-1))
  // The axis in the unit the sentences use for the limit (GiB, or MiB under 1 GiB).
  const scale = chartScale(top)
  const labels = sums.map((_, i) => `"${i + 1}${showsNext && i === sums.length - 1 ? ' (too many)' : ''}"`)
  return [
    'xychart-beta',
    `  title "max-parallelism ${p.maxParallelism}: steps at once against the ${fmt(limit)} build limit (${scale.unit})"`,
    `  x-axis "steps running at once" [${labels.join(', ')}]`,
    `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
    `  bar [${sums.map(scale.value).join(', ')}]`,
    `  line [${sums.map(() => scale.value(limit)).join(', ')}]`
  ]
}

/** The summary's lines: the setting, where its figures came from, and the chart. */
export function parallelismSection(plan: Plan): string[] {
  const p = plan.parallelism
  const from =
    p.source === 'history'
      ? `each step's measured peak (${p.together.length} heaviest shown)`
      : `memory-per-job (${fmt(plan.memoryPerJobBytes)}) per step, as no step was measured yet`
  const platforms = p.platforms.length > 1 ? ` · ${p.platforms.length} platforms, each running every step` : ''
  return [
    `**max-parallelism ${p.maxParallelism}** from ${from}${platforms}. For docker/setup-buildx-action's \`buildkitd-config-inline\`:`,
    '',
    '```toml',
    p.buildkitdConfig.trimEnd(),
    '```',
    '',
    '```mermaid',
    ...parallelismChart(plan),
    '```',
    ''
  ]
}

/** The step after those counted: the next heaviest measured one, or (all fit) another of the heaviest. */
function nextStep(plan: Plan): number | undefined {
  const { together, measured } = plan.parallelism
  return measured[together.length] ?? measured[0]
}
