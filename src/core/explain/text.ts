/** The explanation for a terminal (`docker-memory explain --format text`) and for machines (json). */
import type { BuildLogAnalysis } from './build-log.js'
import type { Explanation } from './explain.js'

export function explanationText(log: BuildLogAnalysis, explanation: Explanation): string {
  const out: string[] = []
  const failed = log.steps.find((s) => s.id === log.failedStepId)
  out.push(`Build log (${log.format}): ${log.steps.length} steps, ${failed ? `failed at ${failed.name}` : log.succeeded ? 'succeeded' : 'no result'}`)
  if (explanation.annotations.length === 0) out.push('No sign of memory trouble.')
  for (const a of explanation.annotations) {
    const at = a.file ? ` ${a.file}${a.startLine ? `:${a.startLine}${a.endLine && a.endLine !== a.startLine ? `-${a.endLine}` : ''}` : ''}` : ''
    out.push(`${a.level}${at}: ${a.title}`)
    out.push(`  ${a.message}`)
  }
  return out.join('\n') + '\n'
}

export function explanationJson(log: BuildLogAnalysis, explanation: Explanation): Record<string, unknown> {
  return {
    format: log.format,
    succeeded: log.succeeded,
    failedStep: log.steps.find((s) => s.id === log.failedStepId) ?? null,
    exitCode: log.exitCode,
    daemonLost: log.daemonLost,
    excerpt: log.excerpt,
    steps: log.steps,
    findings: explanation.findings,
    annotations: explanation.annotations,
    fixes: explanation.fixes
  }
}
