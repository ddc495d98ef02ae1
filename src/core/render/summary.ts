/**
 * The job summary: the three layers as a picture, the plan, and why. Markdown with Mermaid,
 * which GitHub renders in summaries. Every sentence and name in it goes through ./markdown.ts:
 * inputs, the environment and the history key are not ours to trust.
 */
import type { MachineFacts } from '../machine.js'
import { buildLimitBytes, type Plan } from '../plan/plan.js'
import { formatSize as fmt, GiB, toDockerSize } from '../units.js'
import { fitSentence } from '../plan/fit.js'
import { mdCode, mdText, mermaidText } from './markdown.js'
import { parallelismSection } from './parallelism.js'
import { buildLimitText, count, historyLine } from './text.js'

export function planSummary(plan: Plan, machine: MachineFacts): string {
  const lines: string[] = []
  const icon = plan.status === 'ok' ? '✅' : '❌'
  lines.push(`## ${icon} Docker memory plan · ${mdText(plan.profile)}`)
  lines.push('')
  lines.push(`**Build limit ${buildLimitText(plan)}** · **${count(plan.jobs, 'parallel job')}** · ${machineLine(plan, machine)}`)
  lines.push('')
  if (plan.problems.length > 0) {
    lines.push('> [!CAUTION]')
    lines.push(`> **Not enough memory** (on-insufficient: ${mdText(plan.onInsufficient)})`)
    for (const p of plan.problems) lines.push(`> - **${layerName(p.layer)}:** ${mdText(p.message)}. Fix: ${mdText(p.fix)}.`)
    lines.push('')
  }
  if (plan.adjustments.length > 0) {
    lines.push('> [!WARNING]')
    for (const a of plan.adjustments) lines.push(`> ${mdText(a)}`)
    lines.push('')
  }
  if (plan.history) {
    lines.push(`**Learned from history:** ${mdText(historyLine(plan.history))}.`)
    lines.push('')
  }
  // One picture of the split: the nested boxes carry every size (a pie of the same split said it twice).
  lines.push('```mermaid')
  lines.push(layersChart(plan).join('\n'))
  lines.push('```')
  lines.push('')
  if (plan.status === 'ok') lines.push(...parallelismSection(plan))
  if (plan.fit.fits !== null) {
    lines.push(`**${plan.fit.fits ? 'Fits this runner' : 'Does NOT fit this runner'}:** ${mdText(fitSentence(plan.fit, plan.fitBasis.labels))}`)
    lines.push('')
  }
  lines.push('| Layer | Memory | From | Holds |')
  lines.push('| --- | ---: | --- | --- |')
  const bad = badLayers(plan)
  const ok = (layer: string): string => (bad.has(layer) ? '❌' : '✅')
  lines.push(`| 1 · Machine | ${fmt(plan.machine.totalBytes)} | ${sourceName(plan.machine.totalSource)} | ${ok('machine')} reserve ${fmt(plan.reserveBytes)} |`)
  lines.push(
    `| 2 · Docker engine | ${fmt(plan.engine.bytes)} | ${plan.engine.source === 'docker' ? mdText(plan.engine.backend) : 'assumed (no engine seen)'} | ${ok('engine')} ${count(plan.containers.length, 'container')} |`
  )
  lines.push(
    `| 3 · Build | ${buildLimitText(plan)} | ${plan.build.source === 'profile' ? `${mdText(plan.profile)} profile` : plan.build.source === 'history' ? 'known peak + headroom' : 'build-memory'} | ${ok('build')} ${plan.jobs} × ${fmt(plan.memoryPerJobBytes)} ${plan.jobs === 1 ? 'job' : 'jobs'} |`
  )
  for (const c of plan.containers) {
    lines.push(
      `| 3 · ${mdText(c.name)}${c.model ? ` (${mdText(c.model)})` : ''} | ${fmt(c.bytes)} | ${c.model ? `Ollama ${mdText(plan.ollama?.choice ?? '')}` : 'containers'} | ${mdCode(`--memory ${toDockerSize(c.bytes)}`, true)} |`
    )
  }
  lines.push('')
  lines.push('<details><summary>Why these numbers</summary>')
  lines.push('')
  for (const r of plan.reasons) lines.push(`- ${mdText(r)}`)
  lines.push('')
  lines.push('</details>')
  lines.push('')
  return lines.join('\n')
}

function machineLine(plan: Plan, machine: MachineFacts): string {
  const where = machine.runner.environment ?? machine.runner.ciName
  const cpus = count(plan.machine.cpus, 'CPU')
  return `${fmt(plan.machine.totalBytes)} · ${cpus} · ${mdText(`${where} ${machine.runner.os ?? machine.os.platform}/${machine.runner.arch ?? machine.os.arch}`)}`
}

/** Nested boxes: the machine holds the engine, the engine holds the build and the containers. */
function layersChart(plan: Plan): string[] {
  const out = ['flowchart TB']
  out.push(`  subgraph L1["Machine · ${fmt(plan.machine.totalBytes)}"]`)
  out.push(`    R["Reserve for OS and runner<br/>${fmt(plan.reserveBytes)}"]`)
  out.push(`    subgraph L2["Docker engine · ${fmt(plan.engine.bytes)}"]`)
  out.push(`      B["Build limit<br/>${buildLimitBytes(plan) === null ? 'none' : fmt(plan.build.bytes)} · ${count(plan.jobs, 'job')}"]`)
  plan.containers.forEach((c, i) => out.push(`      C${i}["${mermaidText(c.name)}<br/>${fmt(c.bytes)}"]`))
  const free = plan.usableBytes - plan.build.bytes - plan.containers.reduce((s, c) => s + c.bytes, 0)
  if (free > 0.05 * GiB) out.push(`      F["Headroom<br/>${fmt(free)}"]`)
  out.push('    end')
  out.push('  end')
  const bad = badLayers(plan)
  out.push('  classDef ok fill:#dafbe1,stroke:#1a7f37')
  out.push('  classDef bad fill:#ffebe9,stroke:#cf222e')
  out.push(`  class B ${bad.has('build') ? 'bad' : 'ok'}`)
  if (plan.containers.length > 0) out.push(`  class ${plan.containers.map((_, i) => `C${i}`).join(',')} ${bad.has('engine') ? 'bad' : 'ok'}`)
  return out
}

/** Layers drawn red: those with a problem, and the build whenever it has no limit, whatever layer caused that. */
function badLayers(plan: Plan): Set<string> {
  const bad = new Set<string>(plan.problems.map((p) => p.layer))
  if (buildLimitBytes(plan) === null) bad.add('build')
  return bad
}

function layerName(layer: string): string {
  return layer === 'machine' ? 'Layer 1 (machine)' : layer === 'engine' ? 'Layer 2 (Docker engine)' : 'Layer 3 (build)'
}

function sourceName(source: string): string {
  return source === 'cgroup' ? 'cgroup limit' : source === 'override' ? 'given' : 'physical'
}
