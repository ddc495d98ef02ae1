/** The explanation for a terminal (`docker-memory explain --format text`) and for machines (json). */
import type { BuildLogAnalysis } from './build-log.js'
import { buildLabel, type LogExplanation } from './builds.js'
import type { Explanation } from './explain.js'
import { clip } from './log/clip.js'

export function explanationText(log: BuildLogAnalysis, explanation: Explanation): string {
  const out: string[] = []
  out.push(statusLine(log))
  if (explanation.annotations.length === 0 && log.docker)
    out.push(log.diskFull ? 'No sign of memory trouble: the disk is full (no space left on device).' : 'No sign of memory trouble.')
  for (const a of explanation.annotations) {
    const at = a.file ? ` ${a.file}${a.startLine ? `:${a.startLine}${a.endLine && a.endLine !== a.startLine ? `-${a.endLine}` : ''}` : ''}` : ''
    out.push(`${a.level}${at}: ${a.title}`)
    out.push(`  ${a.message}`)
  }
  return out.join('\n') + '\n'
}

/** What the log is and how its build ended, in one line. */
export function statusLine(log: BuildLogAnalysis): string {
  if (!log.docker) return 'No Docker build found in this log: no builder output, build step or builder error.'
  const failed = log.steps.find((s) => s.id === log.failedStepId)
  // A build that failed before any step the log shows (sending its context, reading its Dockerfile): the error says how.
  const error = log.finalError && clip(log.finalError, 160)
  const end = failed ? `failed at ${failed.name}` : log.succeeded ? 'succeeded' : log.daemonLost ? 'lost its builder' : error ? `failed: ${error}` : 'no result'
  // Past a thousand steps only those a report needs are kept (log/state.ts): all are counted.
  const steps = log.omittedSteps > 0 ? `${log.steps.length + log.omittedSteps} steps (${log.steps.length} kept)` : `${log.steps.length} steps`
  return `Build log (${log.format}): ${steps}, ${end}`
}

export function explanationJson(log: BuildLogAnalysis, explanation: Explanation): Record<string, unknown> {
  return {
    format: log.format,
    docker: log.docker,
    logStatus: statusLine(log),
    succeeded: log.succeeded,
    failedStep: log.steps.find((s) => s.id === log.failedStepId) ?? null,
    exitCode: log.exitCode,
    daemonLost: log.daemonLost,
    excerpt: log.excerpt,
    steps: log.steps,
    omittedSteps: log.omittedSteps,
    findings: explanation.findings,
    annotations: explanation.annotations,
    fixes: explanation.fixes
  }
}

/** Several builds: each under its own heading, then the same lines as for one. */
export function logExplanationText(all: LogExplanation): string {
  if (all.builds.length === 1) return explanationText(all.builds[0].log, all.builds[0].explanation)
  return all.builds.map((b, i) => `== Build ${i + 1} of ${all.builds.length}: ${buildLabel(b)}\n${explanationText(b.log, b.explanation)}`).join('')
}

/**
 * One build's fields at the top (the failed build's, else the last), as for a log of one
 * build, and every build under `builds`.
 */
export function logExplanationJson(all: LogExplanation): Record<string, unknown> {
  const main = all.builds.find((b) => b.log.failedStepId !== null) ?? all.builds[all.builds.length - 1]
  return {
    ...explanationJson(main.log, main.explanation),
    annotations: all.annotations,
    builds: all.builds.map((b) => ({
      dockerfile: b.dockerfile?.path ?? null,
      dockerfileName: b.log.dockerfileName,
      target: b.log.target,
      ...explanationJson(b.log, b.explanation)
    }))
  }
}
