/**
 * What the grammars know of the build being read, shared by all of them: a plain log's step
 * can fail in the error box, be named by the final error and be killed by its own output.
 */
import type { DeferredStep } from './deferred-steps.js'
import { readSignal } from './grammars/tool-messages.js'
import type { BuildLogAnalysis, BuildStep, LogFormat, Signal, StepResult } from './types.js'

/**
 * Steps kept per build. Beyond it the oldest finished steps that show no trouble are dropped
 * (then the oldest of any kind), and counted, so memory stays bounded on any log.
 */
export const MAX_STEPS = 20_000
/**
 * A build's first steps, all kept; past them, of the plain log's steps that finish with no
 * trouble (DONE, CACHED or CANCELED, no error, no kill or memory line, not the failed step)
 * only the last RECENT_STEPS are kept, and the others counted (omittedSteps). A report of a
 * build of two million steps names the ones that failed or were killed, and shows what ran
 * last before the end; a Dockerfile's build has far fewer steps than KEEP_ALL.
 * Past KEEP_ALL a long stretch of clean steps is counted from BuildKit's numbering, not read
 * (a leap, plain-scanner.ts): a step that begins in it and is not named again before the next
 * marker of trouble in the same 4 MiB read is counted, not kept, even one that never finishes.
 */
export const KEEP_ALL = 1000
export const RECENT_STEPS = 100
/** Signals kept per step and outside steps: the first ones say what happened. */
const MAX_SIGNALS = 8

const STEP_NAME = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/
/** `[internal] load build definition from Dockerfile.fail`; bake puts the target first (`[app internal]`). */
export const DEFINITION = /^\[(?:(\S+) )?internal\] load build definition from (.+)$/
/** BuildKit's own steps (context, metadata, definition), bake's prefixed with the target. */
export const INTERNAL = /^\[(?:\S+ )?internal\]/

export class BuildState {
  readonly steps = new Map<string, BuildStep>()
  /** rawjson vertexes seen started, and bake targets with their Dockerfile. */
  readonly started = new Set<string>()
  readonly targets = new Map<string, string>()
  /** The targets whose build definition was loaded ('' for a build that is not bake's). */
  readonly definitions = new Set<string>()
  /** The legacy builder's step being run; the tty view's last step; the error box's step. */
  legacyCurrent: BuildStep | null = null
  ttyCurrent: BuildStep | null = null
  box: BuildStep | null = null
  docker = false
  failedStepId: string | null = null
  /** The failed step's command from the final error (`RUN make`), when no step line said which failed. */
  failedCommand: string | null = null
  finalError: string | null = null
  exitCode: number | null = null
  outOfMemoryError = false
  diskFull = false
  builderLostLine: string | null = null
  excerptFile: string | null = null
  excerpt: BuildLogAnalysis['excerpt'] = null
  excerptInstruction: string | null = null
  succeeded = false
  dockerfileName: string | null = null
  omittedSteps = 0
  /** The line before this one (the excerpt's `Dockerfile:N` comes before its dashes). */
  lastLine: string | null = null
  /** Steps by their name, whitespace squeezed: the tty view and the error box name steps so (made when first asked). */
  private names: Map<string, BuildStep> | null = null
  /** Signals outside any step. */
  readonly signals: Signal[] = []
  /** Lines read so far: the order plain and legacy steps' spans are given in. */
  seq = 0
  /** Steps read so far, kept or not; the highest `#n` of them. */
  stepsSeen = 0
  lastStepNumber = 0
  /** Some steps were parsed after later lines (deferred-steps.ts): they are put back in order at the end. */
  // Stryker disable next-line BooleanLiteral: equivalent: sorting steps already in order changes nothing (build-log.ts)
  hasDeferred = false
  /** The steps that finished with no trouble past KEEP_ALL: a ring, `recentCount` of them from `recentHead`. */
  // Stryker disable next-line ArrayDeclaration: equivalent: a slot is written before it is read, whatever the array's first length
  private readonly recent: (BuildStep | DeferredStep | null)[] = new Array<null>(RECENT_STEPS).fill(null)
  private recentHead = 0
  private recentCount = 0
  /** Of the recent ones, those read as bytes and not parsed yet. */
  heldSteps = 0
  /**
   * The ids of plain steps (`#n`) parsed while running, some of which may have ended since: a
   * scan leaps over steps only when none is open (plain-scanner.ts). Pruned when asked, and when
   * it grows. Ids, not steps: a step dropped since is not kept alive until then.
   */
  // Stryker disable next-line ArrayDeclaration: equivalent: an id of no step is pruned by the first hasOpenSteps()
  private open: string[] = []
  private openLimit = 1024

  /** Whether a plain step (`#n`, not `#0`) was parsed and has not ended. */
  hasOpenSteps(): boolean {
    this.open = this.open.filter((id) => this.steps.get(id)?.result === 'running')
    return this.open.length > 0
  }

  keepsRecentOnly(): boolean {
    return this.stepsSeen > KEEP_ALL
  }

  /** A step ended: `#7 DONE 1.2s`, `CACHED`, `CANCELED` (line `seq`). */
  endStep(step: BuildStep, result: StepResult, durationMs: number | null, seq: number): void {
    step.span.end = seq
    step.result = result
    if (result !== 'done') return
    step.durationMs = durationMs
    if (/^(?:exporting to|importing to|pushing|exporting cache)/.test(step.instruction)) this.succeeded = true
  }

  /**
   * A step that just finished with no trouble, past KEEP_ALL: one of the recent ones. Returns
   * the oldest of them when it is no longer recent (dropped unless something since named it).
   */
  finishedClean(step: BuildStep | DeferredStep): BuildStep | DeferredStep | null {
    if (!this.keepsRecentOnly()) return null
    if (!('id' in step)) this.heldSteps++
    if (this.recentCount < RECENT_STEPS) {
      this.recent[(this.recentHead + this.recentCount++) % RECENT_STEPS] = step
      return null
    }
    const oldest = this.recent[this.recentHead]!
    this.recent[this.recentHead] = step
    if (++this.recentHead === RECENT_STEPS) this.recentHead = 0
    const kept = 'id' in oldest ? oldest : oldest.step
    if (kept === null) {
      if (!('id' in oldest) && !oldest.dropped) {
        oldest.dropped = true
        this.heldSteps--
        this.omittedSteps++
      }
      return oldest
    }
    // Still no trouble: a line after its end can have named it (`#7 1.2 Killed` after `#7 DONE`).
    const trouble = kept.signals.length > 0 || kept.error !== null || kept.result === 'error' || kept.result === 'running'
    if (!trouble && kept.id !== this.failedStepId && kept !== this.box && this.steps.get(kept.id) === kept) this.drop(kept)
    return oldest
  }

  /** Each recent step read as bytes and not parsed yet, oldest first. */
  forEachRecent(visit: (step: DeferredStep) => void): void {
    // Saves the walk over the ring when nothing in it is held.
    // Stryker disable next-line ConditionalExpression: equivalent (above)
    if (this.heldSteps === 0) return
    for (let i = 0; i < this.recentCount; i++) {
      const step = this.recent[(this.recentHead + i) % RECENT_STEPS]!
      if (!('id' in step) && !step.dropped && step.step === null) visit(step)
    }
  }

  /**
   * `from` was `into` all along (an error box whose title did not match its step's name): one
   * step, with both's lines. Called once the log is read (build-log.ts), when no line will look a
   * step up by its name or write to a box again.
   */
  absorb(into: BuildStep, from: BuildStep): void {
    for (const signal of from.signals) this.signal(into, signal)
    this.steps.delete(from.id)
  }

  private drop(step: BuildStep): void {
    this.steps.delete(step.id)
    this.started.delete(step.id)
    this.names?.delete(squeeze(step.name))
    this.omittedSteps++
  }

  add(step: BuildStep): void {
    this.steps.set(step.id, step)
    if (this.steps.size > MAX_STEPS) this.evict()
  }

  addStep(id: string, name: string, start: number): BuildStep {
    const definition = name.includes('internal] load build definition') ? DEFINITION.exec(name) : null
    if (definition) {
      this.definitions.add(definition[1] ?? '')
      if (definition[1]) this.targets.set(definition[1], definition[2].trim())
      else this.dockerfileName = definition[2].trim()
    }
    const step = newStep(id, name, this.targets)
    step.span.start = start
    this.docker = true
    this.stepsSeen++
    if (id.charCodeAt(0) === 35 /* # */) {
      this.lastStepNumber = Math.max(this.lastStepNumber, Number(id.slice(1)) || 0)
    }
    this.add(step)
    if (id.charCodeAt(0) === 35 && id !== '#0') {
      this.open.push(id)
      // When to prune the list of open steps: a bound on its memory, not on what it says.
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent (above)
      if (this.open.length >= this.openLimit) this.openLimit = 2 * (this.hasOpenSteps() ? this.open.length : 0) + 1024
    }
    this.names?.set(squeeze(name), step)
    return step
  }

  byName(name: string): BuildStep | undefined {
    if (this.names === null) {
      this.names = new Map()
      for (const step of this.steps.values()) this.names.set(squeeze(step.name), step)
    }
    return this.names.get(squeeze(name))
  }

  /** A step's signal, or the build's when no step is known; each line once. */
  signal(step: BuildStep | null, signal: Signal): void {
    // After the build said it succeeded, what the job does next is no longer the build's.
    if (step === null && this.succeeded) return
    const list = step ? step.signals : this.signals
    if (list.some((s) => s.text === signal.text)) return
    if (step && (signal.kind === 'tool-kill' || signal.kind === 'kernel-kill')) step.killedLines++
    if (list.length < MAX_SIGNALS) list.push(signal)
  }

  stepError(step: BuildStep, message: string): void {
    step.result = 'error'
    step.error = message.trim()
    const code = EXIT_CODE.exec(message)
    if (code) step.exitCode = Number(code[1])
    if (message.includes('cannot allocate memory')) this.outOfMemoryError = true
    const signal = readSignal(step.error)
    if (signal) this.signal(step, signal)
    // BuildKit cancels the steps running beside the failing one with errors of their own.
    if (this.failedStepId === null && !/context canceled|^canceled/.test(step.error)) this.failedStepId = step.id
    if (code && this.exitCode === null) this.exitCode = step.exitCode
  }

  private evict(): void {
    const keep = (s: BuildStep): boolean => s.id === this.failedStepId || s.signals.length > 0 || s.result === 'error' || s.result === 'running'
    for (const pass of [keep, (s: BuildStep) => s.id === this.failedStepId]) {
      for (const step of this.steps.values()) {
        if (this.steps.size <= (MAX_STEPS * 3) / 4) return
        if (pass(step)) continue
        this.drop(step)
      }
    }
  }
}

export const EXIT_CODE = /(?:exit code|non-zero code|exit status): (\d+)/

export function newStep(id: string, name: string, targets: Map<string, string>): BuildStep {
  const m = STEP_NAME.exec(name)
  let words = m?.[1]?.split(' ') ?? []
  // bake prefixes its targets' steps with the target's name (`[app build 2/4]`, `[app] exporting`).
  const bare = targets.size > 0 ? /^\[(\S+)\] (.*)$/.exec(name) : null
  const target = targets.has(words[0])
    ? words[0]
    : bare && targets.has(bare[1])
      ? bare[1]
      : name.includes('internal]')
        ? (DEFINITION.exec(name)?.[1] ?? null)
        : null
  if (target !== null && words[0] === target) words = words.slice(1)
  // `[linux/amd64 base 1/2]`: the platform comes first when several are built.
  const stage = words.filter((w) => !w.includes('/')).pop() ?? null
  return {
    id,
    name,
    stage,
    index: m ? Number(m[2]) : null,
    total: m ? Number(m[3]) : null,
    instruction: m ? m[4] : bare && target !== null ? bare[2] : name,
    durationMs: null,
    result: 'running',
    killedLines: 0,
    signals: [],
    error: null,
    exitCode: null,
    containerId: null,
    span: { start: 0, end: null },
    target,
    inferred: false
  }
}

/** `/bin/sh -c make -j8` as the Dockerfile says it: `RUN make -j8`. */
export function runInstruction(command: string): string {
  // A step of another platform runs under BuildKit's QEMU wrapper, which its error names first.
  const shell = /^(?:\/dev\/\.buildkit_qemu_emulator )?\/bin\/(?:ba)?sh -c (.*)$/s.exec(command.trim())
  return `RUN ${shell ? shell[1] : command.trim()}`
}

/** Whitespace runs made one, for comparing a command as the builder printed it with a step's. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export type { LogFormat }
