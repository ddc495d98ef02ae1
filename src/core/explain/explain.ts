/**
 * What memory did to a build, from every piece of evidence there is: the log, the kernel's
 * kills, the cgroup counters and the limit the build ran under. Pure: the CLI and the action
 * both call `explainBuild` and only differ in how they publish the result.
 */
import type { BuildOutcome, Enforcement } from '../build-outcome.js'
import type { Plan } from '../plan/plan.js'
import { PROFILES, profileMemory } from '../plan/profiles.js'
import { formatSize as fmt, GiB, MiB, toDockerSize } from '../units.js'
import type { BuildLogAnalysis, BuildStep } from './build-log.js'
import { findInstruction, instructionAtLine, mapDockerfile, type DockerfileInstruction } from './dockerfile-map.js'
import type { OomKill } from './dmesg.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  startLine?: number
  endLine?: number
}

export type FindingKind = 'step-oom' | 'killed-but-passed' | 'daemon-oom' | 'build-killed'

export interface Finding {
  kind: FindingKind
  step: BuildStep | null
  instruction: DockerfileInstruction | null
  kill: OomKill | null
  /** How sure: `kernel` (a kill in dmesg or the cgroup's counter), `log` (Killed, ENOMEM), `exit-code` (137 alone). */
  evidence: 'kernel' | 'log' | 'exit-code'
}

export interface ExplainInput {
  log: BuildLogAnalysis
  /** The Dockerfile: its path relative to the workspace and its text. */
  dockerfile: { path: string; content: string } | null
  outcome: BuildOutcome | null
  /** Kernel OOM kills while the build ran. */
  kills: OomKill[]
  plan: Plan | null
}

export interface Explanation {
  findings: Finding[]
  /** At most 10 per level, as GitHub shows no more per step. */
  annotations: Annotation[]
  /** Kernel kills no step accounts for. */
  otherKills: OomKill[]
  /** The memory fixes, sized to the plan's runner. */
  fixes: string[]
}

export const ANNOTATIONS_PER_LEVEL = 10

export function explainBuild(input: ExplainInput): Explanation {
  const { log, outcome } = input
  const instructions = input.dockerfile ? mapDockerfile(input.dockerfile.content) : []
  const kills = [...input.kills]
  const findings: Finding[] = []
  const locate = (step: BuildStep | null): DockerfileInstruction | null => {
    if (!input.dockerfile) return null
    // BuildKit's excerpt gives the line itself, but only for the file it names (by base name).
    if (step && step.id === log.failedStepId && log.excerpt && baseName(input.dockerfile.path) === baseName(log.excerpt.file)) {
      const atLine = instructionAtLine(instructions, log.excerpt.startLine)
      if (atLine) return atLine
    }
    return step ? findInstruction(instructions, step) : null
  }

  // The kernel log is the whole machine's: take the kill whose cgroup is the step's own.
  const killOf = (step: BuildStep | null): OomKill | null => {
    const own = (k: OomKill): boolean =>
      step?.containerId ? (k.taskMemcg?.includes(step.containerId) ?? false) : log.format === 'legacy' ? false : (k.taskMemcg?.includes('/buildkit/') ?? false)
    let i = kills.findIndex(own)
    // Where BuildKit's steps live is not always known (cgroup v2 + systemd): any kill then.
    if (i < 0 && !step?.containerId && log.format !== 'legacy') i = kills.length > 0 ? 0 : -1
    return i >= 0 ? kills.splice(i, 1)[0] : null
  }
  const daemonKilled = outcome?.builderOomKilled === true || log.daemonLost
  const failed = log.steps.find((s) => s.id === log.failedStepId) ?? null
  const buildExit = outcome?.exitCode ?? log.exitCode
  if (failed) {
    const oomSignal = failed.exitCode === 137 || failed.killedLines > 0 || (failed.error?.includes('cannot allocate memory') ?? false)
    if (oomSignal) {
      const kill = killOf(failed)
      findings.push({ kind: 'step-oom', step: failed, instruction: locate(failed), kill, evidence: kill || (outcome?.oomKills ?? 0) > 0 ? 'kernel' : failed.killedLines > 0 || log.outOfMemoryError ? 'log' : 'exit-code' })
    }
  }
  for (const step of log.steps) {
    if (step === failed || step.killedLines === 0 || step.result === 'error') continue
    const kill = killOf(step)
    findings.push({ kind: 'killed-but-passed', step, instruction: locate(step), kill, evidence: kill ? 'kernel' : 'log' })
  }
  if (daemonKilled) {
    findings.unshift({ kind: 'daemon-oom', step: failed, instruction: null, kill: null, evidence: outcome?.builderOomKilled ? 'kernel' : 'log' })
  } else if (!findings.some((f) => f.kind === 'step-oom') && (buildExit === 137 || outcome?.signal === 'SIGKILL')) {
    findings.unshift({ kind: 'build-killed', step: failed, instruction: locate(failed), kill: killOf(failed), evidence: 'exit-code' })
  }

  const fixes = memoryFixes(findings, input)
  const annotations = aggregate(findings.map((f) => annotate(f, input, fixes)))
  return { findings, annotations, otherKills: kills, fixes }
}

function annotate(f: Finding, input: ExplainInput, fixes: string[]): Annotation {
  const outcome = input.outcome
  const where = f.instruction && input.dockerfile ? { file: input.dockerfile.path, startLine: f.instruction.startLine, endLine: f.instruction.endLine } : input.dockerfile ? { file: input.dockerfile.path } : {}
  const stepName = f.step ? `step ${f.step.name}` : 'the build'
  const fixText = fixes.length > 0 ? ` Fix: ${fixes.join('; or ')}.` : ''
  const peak = outcome?.peakBytes ? ` Peak: ${fmt(outcome.peakBytes)}${outcome.limitBytes ? ` of ${fmt(outcome.limitBytes)}` : ''}.` : ''
  switch (f.kind) {
    case 'daemon-oom':
      return {
        level: 'error',
        title: 'BuildKit daemon killed: out of memory',
        message: `The BuildKit daemon${outcome?.builderName ? ` (builder ${outcome.builderName})` : ''} was killed, so the build lost its server (${input.log.finalError ?? 'State.OOMKilled'}). The builder's own limit${outcome?.limitBytes ? ` of ${fmt(outcome.limitBytes)}` : ''} holds all steps together and is too small for this build.${peak}${fixText}`,
        ...where
      }
    case 'killed-but-passed':
      return {
        level: 'warning',
        title: `Killed but passed: ${short(f.step?.name ?? '')}`,
        message: `${killedWhat(f)} in ${stepName}, yet the step succeeded (a pipe without pipefail, or a script without set -e): the image may be broken.${limitText(outcome)}${peak}${fixText}`,
        ...where
      }
    case 'build-killed':
      return {
        level: 'error',
        title: 'Build killed (exit code 137)',
        message: `The build ended by SIGKILL (exit code 137), which is how the out-of-memory killer ends processes; no step in the log shows it.${limitText(outcome)}${peak}${fixText}`,
        ...where
      }
    case 'step-oom':
      return {
        level: 'error',
        title: `Out of memory: ${short(f.step?.name ?? '')}`,
        message: `${killedWhat(f)} in ${stepName}${f.step?.exitCode ? ` (exit code ${f.step.exitCode})` : ''}.${limitText(outcome)}${peak}${fixText}`,
        ...where
      }
  }
}

function killedWhat(f: Finding): string {
  if (f.kill) {
    const rss = f.kill.anonRssBytes !== null ? ` holding ${fmt(f.kill.anonRssBytes)}` : ''
    const cg = f.kill.oomMemcg ? ` when cgroup ${f.kill.oomMemcg} hit its limit` : f.kill.scope === 'host' ? ' when the machine ran out of memory' : ''
    return `The kernel killed ${f.kill.process} (pid ${f.kill.pid})${rss}${cg}`
  }
  if (f.evidence === 'log') return 'A process was killed (the log says Killed)'
  return 'A process was killed by SIGKILL (exit code 137, the out-of-memory killer\'s signal)'
}

const MECHANISM: Record<Enforcement, string> = {
  resource: 'BuildKit --resource memory, each RUN step on its own',
  builder: "the BuildKit builder container's memory, all steps together",
  kubernetes: "the BuildKit pod's memory limit, all steps together",
  cgroup: "the engine's BuildKit cgroup, all steps together",
  legacy: 'legacy builder --memory, each RUN step on its own',
  none: 'none could bind here'
}

function limitText(outcome: BuildOutcome | null): string {
  if (!outcome) return ''
  if (outcome.enforcement === 'none' || outcome.limitBytes === null) return ` No build limit applied (${outcome.enforcementReason}): the kill came from the memory of the engine or machine.`
  return ` Limit: ${fmt(outcome.limitBytes)} (${MECHANISM[outcome.enforcement]}).`
}

/** Concrete changes, sized to this runner when the plan is known. */
function memoryFixes(findings: Finding[], input: ExplainInput): string[] {
  if (findings.length === 0) return []
  const outcome = input.outcome
  const plan = input.plan
  const limit = outcome?.limitBytes ?? null
  const rss = Math.max(0, ...findings.map((f) => f.kill?.anonRssBytes ?? 0))
  const need = roundUp(Math.max(limit ? limit * 1.5 : 0, outcome?.peakBytes ? outcome.peakBytes * 1.25 : 0, rss * 2, 256 * MiB))
  if (!plan) {
    const known = limit ?? (rss > 0 ? rss : null)
    return [known ? `give the build more than ${fmt(known)} (about ${toDockerSize(need)})` : 'give the build more memory', 'run fewer jobs in parallel']
  }
  const fixes: string[] = []
  const basis = Math.min(plan.machine.totalBytes, plan.engine.bytes)
  // What a build can have here: the usable memory less the containers planned beside it.
  const containers = plan.containers.reduce((sum, c) => sum + c.bytes, 0)
  const room = Math.max(0, plan.usableBytes - containers)
  const besides = containers > 0 ? ` and ${fmt(containers)} of containers` : ''
  if (need <= room) {
    fixes.push(`raise build-memory to ${toDockerSize(need)}, which fits because this runner has ${fmt(room)} usable for builds (${fmt(basis)} less ${fmt(plan.reserveBytes)} reserve${besides})`)
  }
  if (plan.jobs > 1) {
    const fit = limit ? Math.max(1, Math.floor((plan.jobs * limit) / need)) : Math.max(1, Math.floor(plan.jobs / 2))
    if (fit < plan.jobs) fixes.push(`reduce parallel jobs from ${plan.jobs} to ${fit} (memory-per-job above ${toDockerSize(Math.ceil(need / fit))})`)
  }
  const profile = PROFILES.find((p) => profileMemory(p, basis) >= need && PROFILES.indexOf(p) > PROFILES.indexOf(plan.profile))
  if (plan.build.source === 'profile' && profile && profileMemory(profile, basis) <= room) fixes.push(`use profile ${profile}, which gives ${fmt(profileMemory(profile, basis))} here`)
  if (need > room) {
    fixes.push(`use a larger runner: this build needs about ${fmt(need)} and this one can give ${fmt(room)}, so pick one with at least ${fmt(need + containers + plan.reserveBytes)}`)
  }
  return fixes
}

function roundUp(bytes: number): number {
  const step = bytes > 2 * GiB ? 512 * MiB : 64 * MiB
  return Math.ceil(bytes / step) * step
}

/**
 * GitHub shows 10 annotations per level per step and drops the rest silently: keep the first
 * nine, and make the tenth say what the others were.
 */
export function aggregate(annotations: Annotation[]): Annotation[] {
  const out: Annotation[] = []
  for (const level of ['error', 'warning', 'notice'] as const) {
    const same = annotations.filter((a) => a.level === level)
    if (same.length <= ANNOTATIONS_PER_LEVEL) {
      out.push(...same)
      continue
    }
    const kept = same.slice(0, ANNOTATIONS_PER_LEVEL - 1)
    const rest = same.slice(ANNOTATIONS_PER_LEVEL - 1)
    out.push(...kept)
    const listed = rest.slice(0, 20).map((a) => (a.file && a.startLine ? `${a.title} (${a.file}:${a.startLine})` : a.title))
    out.push({
      level,
      title: `${rest.length} more`,
      message: `${rest.length} more of the same kind (see the job summary): ${listed.join('; ')}${rest.length > listed.length ? '; …' : ''}`
    })
  }
  return out
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
