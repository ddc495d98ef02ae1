/**
 * What memory did to a build, from every piece of evidence there is: the log, the kernel's
 * kills, the cgroup counters and the limit the build ran under. Pure: the CLI and the action
 * both call `explainBuild` and only differ in how they publish the result.
 */
import type { BuildOutcome, Enforcement } from '../build/outcome.js'
import type { Plan } from '../plan/plan.js'
import { PROFILES, profileMemory } from '../plan/profiles.js'
import { formatSize as fmt, GiB, MiB, toInputSize } from '../units.js'
import type { BuildLogAnalysis, BuildStep, MemoryKind } from './build-log.js'
import { classify, type Finding } from './classify.js'
import { findInstruction, instructionAtLine, type DockerfileInstruction, type MappedDockerfile } from './find-instruction.js'
import type { OomKill } from './dmesg.js'
import { clip } from './log/clip.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  title: string
  message: string
  file?: string
  startLine?: number
  endLine?: number
}

export type { Confidence, Finding, FindingKind } from './classify.js'
export { isKill } from './classify.js'

export interface ExplainInput {
  log: BuildLogAnalysis
  dockerfile: MappedDockerfile | null
  outcome: BuildOutcome | null
  /** Kernel OOM kills while the build ran. */
  kills: OomKill[]
  plan: Plan | null
}

/** A finding with the Dockerfile instruction it is at, when the Dockerfile is known. */
export interface LocatedFinding extends Finding {
  instruction: DockerfileInstruction | null
}

export interface Explanation {
  findings: LocatedFinding[]
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
  const instructions = input.dockerfile?.instructions ?? []
  const locate = (step: BuildStep | null): DockerfileInstruction | null => {
    if (!input.dockerfile) return null
    // BuildKit's excerpt gives the line itself, but only for the file it names (by base name).
    if (step && step.id === log.failedStepId && log.excerpt && baseName(input.dockerfile.path) === baseName(log.excerpt.file)) {
      const atLine = instructionAtLine(instructions, log.excerpt.startLine)
      if (atLine) return atLine
    }
    return step ? findInstruction(instructions, step) : null
  }
  // Kernel kills go to the steps that show a kill or ended by SIGKILL.
  const failed = log.steps.find((s) => s.id === log.failedStepId) ?? null
  const killed = log.steps.filter(
    (s) => s.killedLines > 0 || (s === failed && (s.exitCode === 137 || outcome?.signal === 'SIGKILL' || outcome?.exitCode === 137))
  )
  const ordered = [...killed.filter((s) => s !== failed), ...killed.filter((s) => s === failed)]
  const attributed = attributeKills(log, ordered, input.kills)
  const { byStep } = attributed
  // A lost daemon that the kernel killed for memory in the build's time (the kills given here are
  // the build's): the kill of a process named buildkitd in a cgroup's limit, outside the step cgroups.
  const daemonKill = log.daemonLost
    ? (attributed.rest.find((k) => k.process === 'buildkitd' && k.scope === 'memcg' && !(k.taskMemcg?.includes('/buildkit/') ?? false)) ?? null)
    : null
  const rest = attributed.rest.filter((k) => k !== daemonKill)
  const findings: LocatedFinding[] = classify({ log, outcome, killByStep: byStep, daemonKill }).map((f) => ({ ...f, instruction: locate(f.step) }))
  const fixes = memoryFixes(
    findings.filter((f) => f.kind !== 'step-failed' && f.kind !== 'memory-error' && f.kind !== 'builder-lost' && !(f.kind === 'no-build' && f.memory !== null)),
    input
  )
  const annotations = aggregate(findings.map((f) => annotate(f, input, fixes)))
  return { findings, annotations, otherKills: rest, fixes }
}

/**
 * Which kernel kill was which step's. The kernel log is the whole machine's, and under one
 * builder limit several steps of a build can be killed, so a kill is given to a step only when
 * that is sure: the legacy builder names the step's container, whose id is in the kill's cgroup;
 * BuildKit's step cgroups have ids the log never shows, so kills go by order — when the steps
 * that show a kill ran one after the other and the kernel killed in as many step cgroups, the
 * n-th cgroup's kill is the n-th step's. Otherwise a step gets none, and says "a process".
 */
export function attributeKills(log: BuildLogAnalysis, killed: BuildStep[], kills: OomKill[]): { byStep: Map<string, OomKill>; rest: OomKill[] } {
  const byStep = new Map<string, OomKill>()
  const taken = new Set<OomKill>()
  const byContainer = new Map<string, OomKill>()
  for (const k of kills) {
    const leaf = k.taskMemcg?.split('/').pop()
    if (leaf && leaf.length >= 12 && !byContainer.has(leaf.slice(0, 12))) byContainer.set(leaf.slice(0, 12), k)
  }
  for (const step of killed) {
    const kill = step.containerId ? byContainer.get(step.containerId.slice(0, 12)) : undefined
    if (kill) {
      byStep.set(step.id, kill)
      taken.add(kill)
    }
  }
  if (log.format !== 'legacy') {
    const steps = killed.filter((s) => !s.containerId).sort((a, b) => a.span.start - b.span.start)
    // Kills in BuildKit's step cgroups; where those are not known (cgroup v2 + systemd, old kernels), kills that name no cgroup.
    const inBuildKit = kills.filter((k) => !taken.has(k) && (k.taskMemcg?.includes('/buildkit/') ?? false))
    const pool = inBuildKit.length > 0 ? inBuildKit : kills.filter((k) => !taken.has(k) && k.taskMemcg === null)
    const groups = new Map<string, OomKill>()
    for (const k of pool) {
      const key = k.buildkitStepId ?? k.taskMemcg ?? `pid ${k.pid}`
      if (!groups.has(key)) groups.set(key, k)
    }
    const firsts = [...groups.values()]
    const oneAfterAnother = steps.every((s, i) => i === 0 || (steps[i - 1].span.end !== null && steps[i - 1].span.end! <= s.span.start))
    if (steps.length > 0 && firsts.length === steps.length && oneAfterAnother) {
      steps.forEach((s, i) => byStep.set(s.id, firsts[i]))
      for (const k of pool) taken.add(k)
    }
  }
  return { byStep, rest: kills.filter((k) => !taken.has(k)) }
}

/** What held the killed daemon, which holds all of a build's steps together: its own limit only when one bound it. */
function daemonHeld(outcome: ExplainInput['outcome']): string {
  if (outcome?.enforcement === 'none')
    return `Nothing bound the builder (${outcome.enforcementReason}): the memory of the engine or machine ran out under the daemon, which holds all steps together.`
  if (outcome?.limitBytes) return `The builder's own limit of ${fmt(outcome.limitBytes)} holds all steps together and is too small for this build.`
  return "The daemon holds all steps together: the memory it had (its own limit, or the engine's) was too small for this build."
}

function annotate(f: LocatedFinding, input: ExplainInput, fixes: string[]): Annotation {
  const outcome = input.outcome
  const where =
    f.instruction && input.dockerfile
      ? { file: input.dockerfile.path, startLine: f.instruction.startLine, endLine: f.instruction.endLine }
      : input.dockerfile
        ? { file: input.dockerfile.path }
        : {}
  const stepName = f.step ? `step ${f.step.name}` : 'the build'
  const fixText = fixes.length > 0 ? ` Fix: ${fixes.join('; or ')}.` : ''
  const peak = outcome?.peakBytes ? ` Peak: ${fmt(outcome.peakBytes)}${outcome.limitBytes ? ` of ${fmt(outcome.limitBytes)}` : ''}.` : ''
  const said = ` Confidence: ${f.confidence}. Evidence: ${f.evidence.map((e) => `"${e}"`).join('; ')}.`
  const exit = f.step?.exitCode !== null && f.step?.exitCode !== undefined ? ` (exit code ${f.step.exitCode})` : ''
  switch (f.kind) {
    case 'daemon-oom':
      return {
        level: 'error',
        title: 'BuildKit daemon killed: out of memory',
        message: `The BuildKit daemon${outcome?.builderName ? ` (builder ${outcome.builderName})` : ''} was killed, so the build lost its server (${input.log.finalError ?? 'State.OOMKilled'}). ${daemonHeld(outcome)}${peak}${fixText}${said}`,
        ...where
      }
    case 'builder-lost':
      return {
        level: 'warning',
        title: 'The builder went away',
        message: `The build lost its connection to the BuildKit daemon${f.step ? ` while ${stepName} ran` : ''}. A builder killed for memory ends a build so, but so does one that crashed or was stopped, and nothing in the log says which: look at the builder container (docker inspect --format '{{.State.OOMKilled}}') or its logs.${said}`,
        ...where
      }
    case 'killed-but-passed':
      return {
        level: 'warning',
        title: `Killed but passed: ${short(f.step?.name ?? 'a process outside any step')}`,
        message: `${killedWhat(f)} in ${stepName}, yet ${f.step ? 'the step succeeded' : 'the build succeeded'} (a pipe without pipefail, or a script without set -e): the image may be broken.${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      }
    case 'build-killed':
      return {
        level: 'error',
        title: 'Build killed (SIGKILL)',
        message: `The build ended by SIGKILL (exit code 137), which is how the out-of-memory killer ends processes, but also how a runner or a user stops one; no step in the log shows a kill.${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      }
    case 'step-killed':
      return {
        level: 'error',
        title: `Killed (SIGKILL), not known to be memory: ${short(f.step?.name ?? '')}`,
        message: `${stepName} ended with exit code 137: a process was killed by SIGKILL. The out-of-memory killer ends processes so, but nothing in the log says it was memory (no Killed line, no kernel record).${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      }
    case 'step-oom':
      return {
        level: 'error',
        title: `Out of memory: ${short(f.step?.name ?? 'a process outside any step')}`,
        message: `${killedWhat(f)} in ${stepName}${cutOff(f, input.log) ? ' while it ran; the log ends before the step did: it shows neither that the step passed nor that it failed' : exit}.${limitText(outcome)}${peak}${fixText}${said}`,
        ...where
      }
    case 'memory-error':
      return {
        level: 'error',
        title: `${memoryTitle(f, f.memory ?? 'native')} (not a kill): ${short(f.step?.name ?? 'the build')}`,
        message: `${memoryText(f, f.memory ?? 'native')} in ${stepName}${exit}. Fix: ${memoryFix(f.memory ?? 'native')}.${said}`,
        ...where
      }
    case 'step-failed':
      return {
        level: 'notice',
        title: `Build failed, not for memory: ${short(f.step?.name ?? 'the build')}`,
        message: `${f.step ? `${stepName} failed${exit}` : 'The build failed'}; nothing in the log says memory ran out or a process was killed.${said}`,
        ...where
      }
    case 'no-build':
      if (!f.memory && f.confidence === 'inferred')
        return {
          level: 'error',
          title: 'No Docker build in this log, but a process was killed (SIGKILL)',
          message: `The log holds no Docker build (no builder output, step or final error), but a process ended with exit code 137: it was killed by SIGKILL. The out-of-memory killer ends processes so, but so does a runner or a user stopping a job, and nothing in the log says which (no Killed line, no kernel record).${said}`
        }
      return {
        level: f.memory ? 'warning' : 'error',
        title: f.memory ? `No Docker build in this log, but ${afterBut(memoryTitle(f, f.memory))}` : 'No Docker build in this log, but a process was killed',
        message: `The log holds no Docker build (no builder output, step or final error), but ${f.memory ? afterBut(memoryText(f, f.memory)) : 'a process was killed'}.${f.memory ? ` Fix: ${memoryFix(f.memory)}.` : ''}${said}`
      }
  }
}

// Module-level tables are built once, when the module is loaded; the mutation run keeps modules
// loaded between mutants, so a mutant of one is never active. Every memory's title and text, in a
// step and in a job that is no build, is pinned by __tests__/core/explain/explain.test.ts ("the
// words for each memory that ran out, and for each mechanism").
// Stryker disable ObjectLiteral,StringLiteral: never active (above)
const MEMORY_TITLE: Record<MemoryKind, string> = {
  'node-heap': "Node's heap ran out",
  'java-heap': "The JVM's heap ran out",
  'bad-alloc': 'An allocation failed',
  python: 'Python ran out of memory',
  native: 'An allocation failed'
}

const MEMORY_TEXT: Record<MemoryKind, string> = {
  'node-heap': 'Node stopped at its own heap limit (JavaScript heap out of memory): the process was not killed, the container may have had memory to spare',
  'java-heap': 'The JVM threw OutOfMemoryError at its own heap limit: the process was not killed',
  'bad-alloc': 'A C++ program failed to allocate memory (std::bad_alloc): the process was not killed',
  python: 'Python raised MemoryError: an allocation failed, the process was not killed',
  native: 'A process could not allocate memory (out of memory, ENOMEM): it was not killed'
}
// Stryker restore ObjectLiteral,StringLiteral

/**
 * What ran out, in a title and a sentence. Inferred (V8's fatal-error stack without the FATAL
 * ERROR line): said as likely, with what the log does show.
 */
function memoryTitle(f: LocatedFinding, memory: MemoryKind): string {
  return f.confidence === 'inferred' && memory === 'node-heap' ? "Node's heap likely ran out" : MEMORY_TITLE[memory]
}

function memoryText(f: LocatedFinding, memory: MemoryKind): string {
  return f.confidence === 'inferred' && memory === 'node-heap'
    ? 'Node aborted with the JS stack V8 prints when its heap runs out (the log lacks the FATAL ERROR line that would say so; the process was not killed)'
    : MEMORY_TEXT[memory]
}

/** A sentence continued after "but": its article lower-cased, names kept (Node, the JVM, OutOfMemoryError, ENOMEM). */
function afterBut(sentence: string): string {
  // Without the anchor the result is the same: no sentence it is given has a capitalised article
  // past its start (MEMORY_TITLE, MEMORY_TEXT), so that mutant is equivalent.
  // Stryker disable next-line Regex: equivalent (above)
  return sentence.replace(/^(?:The|An?) /, (article) => article.toLowerCase())
}

function memoryFix(memory: MemoryKind): string {
  switch (memory) {
    case 'node-heap':
      return "raise Node's heap limit for the step (ENV NODE_OPTIONS=--max-old-space-size=<MiB>, below the memory the build has), rather than the container's memory"
    case 'java-heap':
      return "raise the JVM's heap (-Xmx, through JAVA_TOOL_OPTIONS, MAVEN_OPTS or GRADLE_OPTS), below the memory the build has"
    default:
      return 'give the build more memory, or run fewer jobs in parallel (make -j, cargo -j, ninja -j)'
  }
}

/**
 * Whether the finding's step was still running where the log ends, the builder not lost (a
 * pasted tail): the log shows the kill, not the step's end. A step running when the builder
 * went died with it (classify.ts), which its finding says.
 */
function cutOff(f: LocatedFinding, log: BuildLogAnalysis): boolean {
  return f.step?.result === 'running' && !log.daemonLost
}

function killedWhat(f: LocatedFinding): string {
  if (f.kill) {
    const rss = f.kill.anonRssBytes !== null ? ` holding ${fmt(f.kill.anonRssBytes)}` : ''
    const cg = f.kill.oomMemcg ? ` when cgroup ${f.kill.oomMemcg} hit its limit` : f.kill.scope === 'host' ? ' when the machine ran out of memory' : ''
    return `The kernel killed ${f.kill.process} (pid ${f.kill.pid})${rss}${cg}`
  }
  if (f.confidence === 'reported by the tool') return 'A process was killed (the log says so)'
  if (f.confidence === 'seen by the kernel') return 'A process was killed for memory (the kernel counted it)'
  return "A process was killed by SIGKILL (exit code 137, the out-of-memory killer's signal)"
}

/** What each mechanism binds, in words: the annotations and the summary say it the same way. */
// A module-level table: never active in the mutation run (see MEMORY_TITLE's); each mechanism's
// words are pinned by __tests__/core/explain/explain.test.ts, in an annotation and in the summary
// (none's are never shown: both say that no limit was bound, and why).
// Stryker disable ObjectLiteral,StringLiteral: never active (above)
export const MECHANISM: Record<Enforcement, string> = {
  resource: 'BuildKit --resource memory, each RUN step on its own',
  builder: "the BuildKit builder container's memory, all steps together",
  kubernetes: "the BuildKit pod's memory limit, all steps together",
  cgroup: "the engine's BuildKit cgroup, all steps together",
  legacy: 'legacy builder --memory, each RUN step on its own',
  none: 'none could bind here'
}
// Stryker restore ObjectLiteral,StringLiteral

function limitText(outcome: BuildOutcome | null): string {
  if (!outcome) return ''
  if (outcome.enforcement === 'none' || outcome.limitBytes === null)
    return ` No build limit applied (${outcome.enforcementReason}): the kill came from the memory of the engine or machine.`
  return ` Limit: ${fmt(outcome.limitBytes)} (${MECHANISM[outcome.enforcement]}).`
}

/** Concrete changes, sized to this runner when the plan is known. */
function memoryFixes(findings: LocatedFinding[], input: ExplainInput): string[] {
  if (findings.length === 0) return []
  const outcome = input.outcome
  const plan = input.plan
  // A limit of kind 'none' bound nothing, whatever its bytes (as limitText and the summary read it).
  const unbound = outcome?.enforcement === 'none'
  const limit = unbound ? null : (outcome?.limitBytes ?? null)
  const rss = findings.reduce((top, f) => Math.max(top, f.kill?.anonRssBytes ?? 0), 0)
  const need = roundUp(Math.max(limit ? limit * 1.5 : 0, outcome?.peakBytes ? outcome.peakBytes * 1.25 : 0, rss * 2, 256 * MiB))
  if (unbound) return unboundFixes(need, plan)
  if (!plan) {
    const known = limit ?? (rss > 0 ? rss : null)
    return [
      known ? `give the build more than ${fmt(known)}: about ${fmt(need)} (build-memory: ${toInputSize(need)})` : 'give the build more memory',
      'run fewer jobs in parallel'
    ]
  }
  const fixes: string[] = []
  const basis = Math.min(plan.machine.totalBytes, plan.engine.bytes)
  const { containers, room } = roomFor(plan)
  const besides = containers > 0 ? ` and ${fmt(containers)} of containers` : ''
  if (need <= room) {
    fixes.push(
      `raise build-memory to ${fmt(need)} (build-memory: ${toInputSize(need)}), which fits because this runner has ${fmt(room)} usable for builds (${fmt(basis)} less ${fmt(plan.reserveBytes)} reserve${besides})`
    )
  }
  if (plan.jobs > 1) {
    const fit = limit ? Math.max(1, Math.floor((plan.jobs * limit) / need)) : Math.max(1, Math.floor(plan.jobs / 2))
    if (fit < plan.jobs) fixes.push(`reduce parallel jobs from ${plan.jobs} to ${fit} (memory-per-job above ${fmt(Math.ceil(need / fit))})`)
  }
  const profile = PROFILES.find((p) => profileMemory(p, basis) >= need && PROFILES.indexOf(p) > PROFILES.indexOf(plan.profile))
  if (plan.build.source === 'profile' && profile && profileMemory(profile, basis) <= room)
    fixes.push(`use profile ${profile}, which gives ${fmt(profileMemory(profile, basis))} here`)
  if (need > room) fixes.push(largerRunner(need, plan))
  return fixes
}

/**
 * Nothing bound the build (enforcement none): there is no build limit to raise, raising one that
 * does not bind changes nothing. What ran out is what binds a build here, the memory of the
 * machine or of Docker's VM, shared with all else that runs there: the fixes say so, and to bind
 * the builder so that a build is held to a limit of its own.
 */
function unboundFixes(need: number, plan: Plan | null): string[] {
  if (!plan)
    return [
      "bind the builder's memory (a docker-container builder with a memory limit, as build-memory sets): nothing bound this build, so what held it was the machine's (or Docker's VM's) memory, shared with all else running there",
      "give the machine (or Docker's VM) more memory",
      'run fewer jobs in parallel'
    ]
  const vm = plan.engine.bytes < plan.machine.totalBytes
  const held = vm ? `Docker's VM's ${fmt(plan.engine.bytes)}` : `the machine's ${fmt(plan.machine.totalBytes)}`
  const fixes = [
    `bind the builder's memory (a docker-container builder limited to build-memory, ${fmt(plan.build.bytes)} here): nothing bound this build, so what held it was ${held}, shared with all else running there`
  ]
  if (plan.jobs > 1) fixes.push(`reduce parallel jobs from ${plan.jobs} to ${Math.max(1, Math.floor(plan.jobs / 2))}`)
  if (need > roomFor(plan).room) fixes.push(largerRunner(need, plan))
  return fixes
}

/** What a build can have here: the usable memory less the containers planned beside it. */
function roomFor(plan: Plan): { containers: number; room: number } {
  const containers = plan.containers.reduce((sum, c) => sum + c.bytes, 0)
  return { containers, room: Math.max(0, plan.usableBytes - containers) }
}

function largerRunner(need: number, plan: Plan): string {
  const { containers, room } = roomFor(plan)
  return `use a larger runner: this build needs about ${fmt(need)} and this one can give ${fmt(room)}, so pick one with at least ${fmt(need + containers + plan.reserveBytes)}`
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
      for (const a of same) out.push(a)
      continue
    }
    const rest = same.slice(ANNOTATIONS_PER_LEVEL - 1)
    for (const a of same.slice(0, ANNOTATIONS_PER_LEVEL - 1)) out.push(a)
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
  return clip(text, 80)
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
