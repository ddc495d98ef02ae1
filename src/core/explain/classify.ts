/**
 * From what a log (and, after our own builds, the kernel and the builder) shows to findings:
 * each says what happened, how sure it is, and the lines that say so. Nothing is called out
 * of memory without a line that says a process was killed or ran out of it; exit code 137 alone
 * is a SIGKILL, and a lost builder alone is a lost builder.
 */
import type { BuildOutcome } from '../build/outcome.js'
import type { BuildLogAnalysis, BuildStep, MemoryKind, Signal } from './build-log.js'
import type { OomKill } from './dmesg.js'
import { exitsOnPurpose, MAX_SIGNAL_TEXT } from './log/grammars/tool-messages.js'
import { clip } from './log/clip.js'

export type FindingKind =
  /** A step killed for memory. */
  | 'step-oom'
  /** A step's process was killed, yet the step passed. */
  | 'killed-but-passed'
  /** The builder (the BuildKit daemon) killed for memory. */
  | 'daemon-oom'
  /** A step ended by SIGKILL (exit code 137) with nothing that says memory. */
  | 'step-killed'
  /** The build command itself ended by SIGKILL, no step shows it. */
  | 'build-killed'
  /** A process failed for memory without being killed (a heap limit, a failed allocation). */
  | 'memory-error'
  /** The client lost the builder; nothing says why. */
  | 'builder-lost'
  /** The build failed for something else than memory, as far as the log shows. */
  | 'step-failed'
  /** No Docker build in the log, but a process killed or out of memory. */
  | 'no-build'

/** How the finding is known: the kernel's (or the container's) own record, a process's words, or a reading of indirect signs. */
export type Confidence = 'seen by the kernel' | 'reported by the tool' | 'inferred'

export interface Finding {
  kind: FindingKind
  step: BuildStep | null
  kill: OomKill | null
  confidence: Confidence
  /** The lines and facts the finding rests on, as the log has them (at most 5). */
  evidence: string[]
  /** For memory trouble that is not a kill: which memory ran out (each has its own fix). */
  memory: MemoryKind | null
}

export interface ClassifyInput {
  log: BuildLogAnalysis
  outcome: BuildOutcome | null
  /** Kernel kills given to steps (attributeKills), and whether the build's cgroup counted kills. */
  killByStep: Map<string, OomKill>
  /**
   * The kernel's kill of BuildKit's daemon while the build ran, when the log lost it. A builder
   * restarted by its restart policy (buildx's containers have one) has its State.OOMKilled reset
   * and a new cgroup with fresh counters, so the kernel log is then the only record of the kill.
   */
  daemonKill?: OomKill | null
}

// A module-level set is built once, when the module is loaded; the mutation run keeps modules
// loaded between mutants, so a mutant of it is never active. Each kind it holds (and exit-137,
// memory and disk left out) is pinned by __tests__/core/explain/classify.test.ts.
// Stryker disable next-line ArrayDeclaration,StringLiteral: never active (above)
const KILLS = new Set(['kernel-kill', 'tool-kill', 'enomem'])
const MAX_EVIDENCE = 5

export function classify({ log, outcome, killByStep, daemonKill = null }: ClassifyInput): Finding[] {
  const findings: Finding[] = []
  const failed = log.steps.find((s) => s.id === log.failedStepId) ?? null
  // State.OOMKilled says that a process in the builder's container was killed for memory, not which
  // one: on cgroup v2 a RUN step killed in the container's `buildkit/` child sets it too, while the
  // daemon lives on (Docker 28.5, the v2 tier). Only a daemon the client lost was the daemon's kill.
  const containerKill = outcome?.builderOomKilled === true && !log.daemonLost
  const counted = (outcome?.oomKills ?? 0) > 0
  const kernelCounted = counted || containerKill
  const countedEvidence = counted ? `the build's cgroup counted ${outcome?.oomKills} OOM kill(s)` : "the builder container's State.OOMKilled is true"
  // Lines outside any step: a paste's tail, the box's lines without their `#n`. They are the
  // failed step's when the build failed; else the build's, or, in a log with no build, the job's.
  const loose = log.signals
  const failedSignals = failed ? [...failed.signals, ...loose] : []

  if (!log.docker && !outcome) {
    const kill = strongest(loose)
    if (kill) findings.push(finding('no-build', null, null, kill.confidence, kill.evidence, null))
    else {
      // The runner's `Process completed with exit code 137.`, npm's `errno 137`: a SIGKILL and
      // nothing more. Said as a kill (inferred), never as memory: no line names the cause.
      const exit137 = loose.filter((s) => s.kind === 'exit-137')
      if (exit137.length > 0 && memoryErrors(loose).length === 0)
        findings.push(
          finding(
            'no-build',
            null,
            null,
            'inferred',
            exit137.map((s) => s.text),
            null
          )
        )
    }
    for (const m of memoryErrors(loose)) findings.push(finding('no-build', null, null, m.confidence, m.evidence, m.memory))
    return findings
  }

  if (failed) {
    const kernelKill = killByStep.get(failed.id) ?? null
    const kill = strongest(failedSignals)
    const exit137 = failed.exitCode === 137 || failedSignals.some((s) => s.kind === 'exit-137') || (log.exitCode === 137 && failed.exitCode === null)
    const onPurpose = exitsOnPurpose(failed.instruction)
    const errorLine = failed.error ?? log.finalError
    if (kernelKill || (kernelCounted && (exit137 || kill))) {
      const evidence = kernelKill ? [kernelLine(kernelKill)] : [countedEvidence]
      findings.push(finding('step-oom', failed, kernelKill, 'seen by the kernel', [...evidence, ...(kill?.evidence ?? []), ...lines(errorLine)], null))
    } else if (kill) {
      findings.push(finding('step-oom', failed, null, kill.confidence, [...kill.evidence, ...lines(errorLine)], null))
    } else if (exit137 && !onPurpose) {
      findings.push(
        finding('step-killed', failed, null, 'inferred', [...lines(errorLine), ...failedSignals.filter((s) => s.kind === 'exit-137').map((s) => s.text)], null)
      )
    }
    const memory = memoryErrors(failedSignals)
    for (const m of memory) findings.push(finding('memory-error', failed, null, m.confidence, m.evidence, m.memory))
    if (findings.length === 0 && !log.daemonLost) {
      // The tool's own words (pip's `[Errno 28] No space left on device`) are the evidence too.
      const diskLines = failedSignals.filter((s) => s.kind === 'disk').map((s) => s.text)
      const disk = log.diskFull || diskLines.length > 0 ? [...diskLines.slice(0, 1), 'no space left on device: the disk, not memory'] : []
      findings.push(finding('step-failed', failed, null, 'reported by the tool', [...lines(errorLine), ...disk], null))
    }
  }

  // Steps whose output shows a kill and that were still running when the builder went: they did
  // not pass, they died with it; each is said once, below, with the builder's loss.
  const dying = log.daemonLost ? log.steps.filter((s) => s !== failed && s.result === 'running' && strongest(s.signals) !== null) : []
  for (const step of log.steps) {
    if (step === failed || step.result === 'error' || dying.includes(step)) continue
    const kill = strongest(step.signals)
    if (!kill || step.killedLines === 0) continue
    const kernelKill = killByStep.get(step.id) ?? null
    // Still running where the log ends (a pasted tail, the builder not lost): killed while it
    // ran, and nothing says it passed. Only the log's word that the build passed makes it so.
    const cutOff = step.result === 'running' && !log.succeeded
    findings.push(
      finding(
        cutOff ? 'step-oom' : 'killed-but-passed',
        step,
        kernelKill,
        kernelKill ? 'seen by the kernel' : kill.confidence,
        kernelKill ? [kernelLine(kernelKill), ...kill.evidence] : kill.evidence,
        null
      )
    )
  }

  if (log.daemonLost) {
    // A RUN step still running when the builder went: it died with it.
    const running = log.steps.filter((s) => s.result === 'running' && /^RUN /.test(s.instruction))
    const lost = lines(log.builderLostLine ?? log.finalError)
    // The daemon's finding is at the step that failed, else at the last one that died showing a
    // kill, and carries that step's kill lines: one step, one finding.
    const last = dying.length > 0 ? dying[dying.length - 1] : null
    const at = failed ?? last
    const lastKill = at === last && last ? strongest(last.signals)!.evidence : []
    const stepOom = findings.some((f) => f.kind === 'step-oom')
    let daemon: Finding | null = null
    if (outcome?.builderOomKilled) {
      daemon = finding('daemon-oom', at, null, 'seen by the kernel', [`the builder container's State.OOMKilled is true`, ...lost, ...lastKill], null)
    } else if (daemonKill) {
      daemon = finding('daemon-oom', at, daemonKill, 'seen by the kernel', [kernelLine(daemonKill), ...lost, ...lastKill], null)
    } else if (kernelCounted) {
      daemon = finding(
        'daemon-oom',
        at,
        null,
        'seen by the kernel',
        [`the builder's cgroup counted ${outcome?.oomKills} OOM kill(s)`, ...lost, ...lastKill],
        null
      )
    } else if (!stepOom && last) {
      daemon = finding('daemon-oom', last, null, 'inferred', [...lost, ...strongest(last.signals)!.evidence], null)
    } else if (!stepOom) {
      findings.unshift(finding('builder-lost', running[running.length - 1] ?? failed, null, 'reported by the tool', lost, null))
    }
    if (daemon) {
      // The step's own kill, already found (the failed step's), is the daemon's finding's too: one step, one finding.
      const at = daemon.step
      const same = findings.filter((f) => f.step !== null && f.step === at && (f.kind === 'step-oom' || f.kind === 'step-killed'))
      for (const f of same) findings.splice(findings.indexOf(f), 1)
      const evidence = [...daemon.evidence, ...same.flatMap((f) => f.evidence)]
      findings.unshift(finding('daemon-oom', at, daemon.kill ?? same[0]?.kill ?? null, daemon.confidence, evidence, null))
    }
    // Other steps that died showing a kill: killed, by the log's word, each once.
    for (const step of dying) {
      if (step === daemon?.step) continue
      const kill = strongest(step.signals)!
      const kernelKill = killByStep.get(step.id) ?? null
      findings.push(
        finding(
          'step-oom',
          step,
          kernelKill,
          kernelKill ? 'seen by the kernel' : kill.confidence,
          kernelKill ? [kernelLine(kernelKill), ...kill.evidence] : kill.evidence,
          null
        )
      )
    }
  }

  if (!findings.some((f) => f.kind !== 'killed-but-passed' && f.kind !== 'step-failed') && !failed) {
    const buildKilled = outcome?.exitCode === 137 || outcome?.signal === 'SIGKILL'
    const kill = strongest(loose)
    if (kill && log.docker) findings.push(finding(log.succeeded ? 'killed-but-passed' : 'step-oom', null, null, kill.confidence, kill.evidence, null))
    else if (buildKilled)
      findings.unshift(
        finding(
          'build-killed',
          null,
          null,
          kernelCounted ? 'seen by the kernel' : 'inferred',
          [`the build ended by ${outcome?.signal ?? 'exit code 137'}`],
          null
        )
      )
    for (const m of memoryErrors(loose)) findings.push(finding('memory-error', null, null, m.confidence, m.evidence, m.memory))
  } else if (outcome && (outcome.exitCode === 137 || outcome.signal === 'SIGKILL') && !findings.some(isKill)) {
    findings.unshift(
      finding(
        'build-killed',
        failed,
        null,
        kernelCounted ? 'seen by the kernel' : 'inferred',
        [`the build ended by ${outcome.signal ?? 'exit code 137'}`],
        null
      )
    )
  }
  return findings
}

/** Whether a finding says a process was killed (OOM or SIGKILL): what `--fail-on-oom` fails on. */
export function isKill(f: Finding): boolean {
  return (
    f.kind === 'step-oom' ||
    f.kind === 'killed-but-passed' ||
    f.kind === 'daemon-oom' ||
    f.kind === 'step-killed' ||
    f.kind === 'build-killed' ||
    (f.kind === 'no-build' && f.memory === null)
  )
}

/** The strongest kill the signals show: the kernel's word over a tool's; exit codes are no kill here. */
function strongest(signals: Signal[]): { confidence: Confidence; evidence: string[] } | null {
  const kernel = signals.filter((s) => s.kind === 'kernel-kill')
  const tool = signals.filter((s) => KILLS.has(s.kind) && s.kind !== 'kernel-kill')
  if (kernel.length > 0) return { confidence: 'seen by the kernel', evidence: [...kernel, ...tool].map((s) => s.text) }
  if (tool.length > 0) return { confidence: 'reported by the tool', evidence: tool.map((s) => s.text) }
  return null
}

function memoryErrors(signals: Signal[]): Array<{ memory: MemoryKind; evidence: string[]; confidence: Confidence }> {
  const byKind = new Map<MemoryKind, Signal[]>()
  for (const s of signals) {
    if (s.kind !== 'memory' || !s.memory) continue
    byKind.set(s.memory, [...(byKind.get(s.memory) ?? []), s])
  }
  // The tool's own words where any line has them (FATAL ERROR), else what its lines suggest.
  return [...byKind].map(([memory, found]) => {
    const said = found.filter((s) => !s.inferred)
    return said.length > 0
      ? { memory, evidence: said.map((s) => s.text), confidence: 'reported by the tool' as const }
      : { memory, evidence: found.map((s) => s.text), confidence: 'inferred' as const }
  })
}

function finding(
  kind: FindingKind,
  step: BuildStep | null,
  kill: OomKill | null,
  confidence: Confidence,
  evidence: string[],
  memory: MemoryKind | null
): Finding {
  // A line is evidence at most MAX_SIGNAL_TEXT long (a CI that joined a log's lines with `<br/>` made one of kilobytes).
  return { kind, step, kill, confidence, evidence: [...new Set(evidence.map((line) => clip(line, MAX_SIGNAL_TEXT)))].slice(0, MAX_EVIDENCE), memory }
}

function lines(text: string | null): string[] {
  return text ? [text] : []
}

function kernelLine(k: OomKill): string {
  return `kernel: killed ${k.process} (pid ${k.pid})${k.anonRssBytes !== null ? ` holding ${Math.round(k.anonRssBytes / 1048576)} MiB` : ''}${k.oomMemcg ? ` when cgroup ${k.oomMemcg} hit its limit` : k.scope === 'host' ? ' when the machine ran out of memory' : ''}`
}
