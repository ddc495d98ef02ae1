/**
 * Steps read as bytes (plain-scanner.ts) and parsed only if they are kept. Past a build's first
 * KEEP_ALL steps, a step that finishes without trouble is kept only while it is one of the last
 * RECENT_STEPS such steps (state.ts): in a log of two million one-line steps almost every step
 * is one that no report shows, so its header is held as offsets into the bytes being read and
 * dropped, uncopied and undecoded, when RECENT_STEPS newer ones have finished. What is still
 * held when anything else is parsed, and at the log's end, is parsed then, as the text it was:
 * the grammars see the same steps, with the same line numbers, as if each had been parsed when read.
 */
import type { BuildState } from './state.js'
import type { StepLines } from './plain-scanner.js'
import type { BuildStep, StepResult } from './types.js'

/** A step read from its header's bytes; `step` once parsed, `dropped` once no longer kept. */
export interface DeferredStep {
  n: number
  /** The header's line number, and its status line's. */
  seq: number
  endSeq: number
  result: StepResult
  durationMs: number | null
  /** The header's text, once copied out of the bytes it was read from (buf[start, end)). */
  text: string | null
  buf: Buffer | null
  start: number
  end: number
  step: BuildStep | null
  dropped: boolean
}

/** Steps still running that are held unparsed; past it the oldest is parsed (a step running stays kept). */
const MAX_RUNNING = 64
/** How far back a status line looks for its step among those held (steps run a few side by side). */
const LOOK_BACK = 16

export interface StepParser {
  readonly build: BuildState
  /** Parses a header's text as line `seq` of the build. */
  parseHeader(text: string, seq: number): void
}

export class DeferredSteps implements StepLines {
  /** Held steps still running, in the order read; the finished ones are among the build's recent ones. */
  // Stryker disable next-line ArrayDeclaration: equivalent: an entry that is no step is passed over (status() matches no number, parse() finds it no step)
  private running: DeferredStep[] = []
  /** Entries no longer referenced, used again: a step read costs no allocation. */
  private readonly spare: DeferredStep[] = []
  /** Steps counted by a leap over them (plain-scanner.ts), in all builds so far. */
  stepsLeapt = 0

  constructor(private readonly parser: StepParser) {}

  header(buf: Buffer, start: number, end: number, n: number): boolean {
    const b = this.parser.build
    if (!b.keepsRecentOnly() || n <= b.lastStepNumber || b.targets.size > 0) return false
    b.seq++
    b.lastLine = null
    b.lastStepNumber = n
    b.stepsSeen++
    const d = this.spare.pop() ?? newEntry()
    d.n = n
    d.seq = b.seq
    d.result = 'running'
    d.durationMs = null
    d.text = null
    d.buf = buf
    d.start = start
    d.end = end
    d.step = null
    d.dropped = false
    this.running.push(d)
    // A bound on memory: a step parsed now or later reads the same (its text is copied out before its bytes go, release()).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (above)
    if (this.running.length > MAX_RUNNING) this.parse(this.running.shift()!)
    return true
  }

  status(n: number, result: StepResult, durationMs: number | null): boolean {
    const running = this.running
    // A bound on time: a status line for a step further back is parsed as text, after the held steps, to the same end.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (above)
    for (let i = running.length - 1; i >= 0 && i >= running.length - LOOK_BACK; i--) {
      const d = running[i]
      if (d.n !== n) continue
      if (i === running.length - 1) running.pop()
      else running.splice(i, 1)
      const b = this.parser.build
      b.seq++
      b.lastLine = null
      d.endSeq = b.seq
      d.result = result
      d.durationMs = durationMs
      const dropped = b.finishedClean(d)
      // An entry nothing holds any more, used again; without this a new one is allocated.
      // Stryker disable next-line ConditionalExpression,BooleanLiteral,StringLiteral,EqualityOperator: equivalent (above)
      if (dropped && !('id' in dropped) && dropped.step === null) this.spare.push(dropped)
      return true
    }
    return false
  }

  nextNumber(): number {
    return this.parser.build.lastStepNumber + 1
  }

  canLeap(): boolean {
    const b = this.parser.build
    return this.running.length === 0 && b.keepsRecentOnly() && b.targets.size === 0 && b.box === null && !b.hasOpenSteps()
  }

  leapt(n: number): void {
    const b = this.parser.build
    const count = n - 1 - b.lastStepNumber
    this.stepsLeapt += count
    b.stepsSeen += count
    b.omittedSteps += count
    // Each clean step leapt over is two lines read (its header and its end), as if read.
    b.seq += 2 * count
    b.lastLine = null
    b.lastStepNumber = n - 1
  }

  release(buf: Buffer): void {
    const copy = (d: DeferredStep): void => {
      if (d.buf !== buf || d.dropped || d.step !== null) return
      d.text = buf.toString('utf8', d.start, d.end)
      d.buf = null
    }
    this.running.forEach(copy)
    this.parser.build.forEachRecent(copy)
  }

  /** Parses every step held: before any other line is parsed, and at the log's end. */
  flush(): void {
    const b = this.parser.build
    // Both checks save a call that would find nothing to parse.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (above)
    if (this.running.length > 0) {
      const running = this.running
      this.running = []
      running.forEach((d) => this.parse(d))
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (above)
    if (b.heldSteps > 0) b.forEachRecent((d) => this.parse(d))
  }

  private parse(d: DeferredStep): void {
    if (d.dropped || d.step !== null) return
    const b = this.parser.build
    const text = d.text ?? d.buf!.toString('utf8', d.start, d.end)
    const { seq, lastLine } = b
    this.parser.parseHeader(text, d.seq)
    b.seq = seq
    b.lastLine = lastLine
    // The grammar counted the step again; stepsSeen only says whether a build is past KEEP_ALL,
    // which a step held is already (header()), so a wrong count here changes nothing read.
    // Stryker disable next-line UpdateOperator: equivalent (above)
    b.stepsSeen--
    b.hasDeferred = true
    // The grammar made the step (a colour code in its bracket can make the line no header).
    const step = b.steps.get(`#${d.n}`)
    d.step = step ?? null
    d.dropped = !step
    if (d.result !== 'running') b.heldSteps--
    if (step && d.result !== 'running') b.endStep(step, d.result, d.durationMs, d.endSeq)
  }
}

function newEntry(): DeferredStep {
  // Every field is set by header() before anything reads it.
  // Stryker disable next-line ObjectLiteral,StringLiteral,BooleanLiteral: equivalent (above)
  return { n: 0, seq: 0, endSeq: 0, result: 'running', durationMs: null, text: null, buf: null, start: 0, end: 0, step: null, dropped: false }
}
