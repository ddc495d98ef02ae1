/**
 * The job summary's lines for the builder bound in place: which builder, to what, by which
 * mechanism, what it had before, and who won when the plan and the builder's own limit
 * differed. Builder names and reasons come from the user and docker: escaped. Pure.
 */
import { mdCode, mdText } from '../render/markdown.js'
import { formatSize } from '../units.js'
import type { Limits } from './builder-container.js'

export type SummaryBinding =
  | { kind: 'bound'; builder: string; container: string; limits: Limits; before: Limits; warning: string | null; note: string | null }
  | { kind: 'none'; builder: string; why: string; unsure: boolean }

export function bindingSummary(b: SummaryBinding): string {
  const lines = ['### Builder', '']
  if (b.kind === 'bound') {
    lines.push('| builder | limit | mechanism | before |')
    lines.push('| --- | --- | --- | --- |')
    lines.push(
      `| ${mdCode(b.builder, true)} | ${limitsText(b.limits)} | ${mdCode(`docker update ${b.container}`, true)}: one limit for all its build steps together, given back in post | ${limitsText(b.before)} |`
    )
    lines.push('')
    if (b.warning) lines.push('> [!WARNING]', `> ${mdText(b.warning)}`, '')
    if (b.note) lines.push(`${mdText(b.note)}.`, '')
  } else if (b.unsure) {
    lines.push(
      '> [!WARNING]',
      `> Binding builder ${mdCode(b.builder)} failed and could not be fully undone: ${mdText(b.why)}. The post step gives it back its limit.`,
      ''
    )
  } else {
    lines.push(`No builder was bound${b.builder ? ` (${mdCode(b.builder)})` : ''}: ${mdText(b.why)}.`, '')
  }
  return lines.join('\n') + '\n'
}

function limitsText(l: Limits): string {
  if (l.memoryBytes === 0) return 'unlimited'
  const swap = l.memorySwapBytes === -1 ? 'unlimited' : l.memorySwapBytes === 0 ? 'unset' : formatSize(l.memorySwapBytes)
  return `${formatSize(l.memoryBytes)} (memory+swap ${swap})`
}
