/**
 * A streaming reader of `docker build` logs, and of the logs people paste: BuildKit plain and
 * tty, `--progress=rawjson`, the legacy builder, compose and bake, wrapped by a CI that adds
 * its own prefixes, or no build at all. Feed it bytes in chunks of any size; it keeps only the
 * steps and what they say of memory, never the log.
 *
 * The parts (log/): line-reader.ts reads lines, normalize.ts takes off what a CI added,
 * grammars/ holds one parser per log grammar over one shared BuildState (state.ts), and
 * ../classify.ts turns what they found into findings. A new log shape is one parser's change
 * and one fixture.
 */
import { DeferredSteps, type StepParser } from './log/deferred-steps.js'
import { markerFinder } from './log/finders.js'
import { buildkit, commandOfError, renameStep, TTY_ERROR } from './log/grammars/buildkit.js'
import { ci } from './log/grammars/ci.js'
import type { Grammar, LogContext } from './log/grammars/grammar.js'
import { legacy } from './log/grammars/legacy.js'
import { rawjson } from './log/grammars/rawjson.js'
import { isKilledLine, readSignal } from './log/grammars/tool-messages.js'
import { LINE_CAP, LineReader, type LineFinder, type LineSink } from './log/line-reader.js'
import { normalizeLine } from './log/normalize.js'
import { PlainScanner } from './log/plain-scanner.js'
import { BuildState, INTERNAL, MAX_STEPS, squeeze } from './log/state.js'
import type { BuildLogAnalysis, BuildStep, LogFormat } from './log/types.js'

export type { BuildLogAnalysis, BuildStep, LogFormat, MemoryKind, Signal, SignalKind, StepResult } from './log/types.js'
export { isKilledLine, LINE_CAP, MAX_STEPS }
export { KEEP_ALL, RECENT_STEPS } from './log/state.js'

/** The format is told from at most this much of the log's start. */
const DETECT = 64 * 1024
/** Each line goes to these in turn until one takes it; what none takes is a step's output. */
const GRAMMARS: Grammar[] = [rawjson, buildkit, legacy, ci]

export class BuildLogAnalyzer implements LineSink, LogContext, StepParser {
  format: LogFormat = 'plain'
  build = new BuildState()
  private readonly finished: BuildLogAnalysis[] = []
  private readonly reader = new LineReader(this)
  /** A plain log's steps read as bytes, parsed only when kept. */
  private readonly deferred = new DeferredSteps(this)

  /** `leaps: false`: every step line of a plain log is read, none leapt over (plain-scanner.ts). */
  constructor(private readonly options: { leaps?: boolean } = {}) {}

  /** Steps counted, not read, by leaps over long stretches of clean steps (plain-scanner.ts). */
  get stepsLeapt(): number {
    return this.deferred.stepsLeapt
  }

  push(chunk: Uint8Array | string): void {
    this.reader.push(chunk)
  }

  /** Reads the log's next bytes with `read` (at most `max`, straight into the reader's memory): how many it read, 0 at the end. */
  read(read: (into: Buffer) => number, max: number): number {
    return this.reader.read(read, max)
  }

  /** The last build of the log (a log of one build, as the action captures it). */
  end(): BuildLogAnalysis {
    const builds = this.endBuilds()
    return builds[builds.length - 1]
  }

  /**
   * Every build in the log, in order: a log may hold several `docker build`s one after the
   * other (step numbers start again at `#1`), or bake's targets side by side.
   */
  endBuilds(): BuildLogAnalysis[] {
    this.reader.end()
    this.deferred.flush()
    for (const build of finishBuild(this.build, this.format)) this.finished.push(build)
    this.build = new BuildState()
    return this.finished
  }

  start(head: Buffer): { finder: LineFinder; newline: number } {
    const text = head.toString('utf8', 0, DETECT)
    this.format = detectFormat(text)
    // A log whose lines end with CR alone (an old Mac's, a tty's redraws saved as is).
    const newline = !text.includes('\n') && text.includes('\r') ? 13 : 10
    if (this.format === 'plain') return { finder: new PlainScanner(newline, this.deferred, this.options.leaps ?? true), newline }
    return { finder: markerFinder(this.format, newline), newline }
  }

  line(raw: string): void {
    // What was read as bytes is parsed first: the grammars see the lines in order.
    this.deferred.flush()
    this.build.seq++
    this.feed(raw)
  }

  parseHeader(text: string, seq: number): void {
    this.build.seq = seq
    this.feed(text)
  }

  feed(text: string): void {
    const line = normalizeLine(text)
    if (line !== '' && !GRAMMARS.some((g) => g(line, this))) this.output(line)
    this.build.lastLine = line
  }

  /** A line no grammar took: output of the step being run, or of none known. */
  private output(line: string): void {
    const signal = readSignal(line)
    if (!signal) return
    const b = this.build
    const current = b.box ?? (b.legacyCurrent && b.legacyCurrent.result !== 'error' ? b.legacyCurrent : null)
    b.signal(current, signal)
  }

  startBuild(): BuildState {
    for (const build of finishBuild(this.build, this.format)) this.finished.push(build)
    this.build = new BuildState()
    return this.build
  }
}

/** The build just read, or one per target when bake built several. */
function finishBuild(b: BuildState, format: LogFormat): BuildLogAnalysis[] {
  resolveFailedStep(b)
  const steps = [...b.steps.values()].filter((s) => !INTERNAL.test(s.name))
  // Steps held as bytes were parsed later than the lines after them: back in the order read.
  if (b.hasDeferred) steps.sort((x, y) => x.span.start - y.span.start)
  const failed = b.failedStepId !== null || b.finalError !== null || b.builderLostLine !== null
  const whole: BuildLogAnalysis = {
    format,
    docker: b.docker,
    steps,
    failedStepId: b.failedStepId,
    finalError: b.finalError,
    exitCode: b.exitCode,
    outOfMemoryError: b.outOfMemoryError,
    diskFull: b.diskFull,
    daemonLost: b.builderLostLine !== null,
    builderLostLine: b.builderLostLine,
    excerpt: b.excerpt,
    excerptInstruction: b.excerptInstruction,
    succeeded: b.succeeded && !failed,
    dockerfileName: b.dockerfileName,
    target: null,
    omittedSteps: b.omittedSteps,
    signals: b.signals
  }
  const bakeTargets = [...b.targets].filter(([target]) => steps.some((s) => s.target === target))
  if (b.targets.size < 2 || bakeTargets.length < 2) {
    return [{ ...whole, dockerfileName: whole.dockerfileName ?? b.targets.values().next().value ?? null }]
  }
  // Bake: the targets' steps share one numbering; each target is explained as a build of its own.
  return bakeTargets.map(([target, file]) => {
    const own = steps.filter((s) => s.target === target)
    const failedHere = own.some((s) => s.id === b.failedStepId)
    return {
      ...whole,
      steps: own,
      failedStepId: failedHere ? b.failedStepId : null,
      finalError: failedHere || b.builderLostLine !== null ? b.finalError : null,
      exitCode: failedHere ? b.exitCode : null,
      outOfMemoryError: failedHere && b.outOfMemoryError,
      excerpt: failedHere ? b.excerpt : null,
      signals: failedHere ? b.signals : [],
      dockerfileName: file,
      target
    }
  })
}

/**
 * No step line said which step failed (a paste of the final lines, the tty view cut): the
 * final error's command names it. A step whose header the paste lost (`#19 12.3 …` alone), or
 * the error box's, is that step; else the failed step is made from the command.
 */
function resolveFailedStep(b: BuildState): void {
  if (b.failedStepId !== null) {
    // `#10 ERROR: executor failed running […]` in a paste that lost #10's header: its own error names it.
    const failed = b.steps.get(b.failedStepId)
    const command = failed?.inferred && failed.name === failed.id ? (b.failedCommand ?? commandOfError(failed.error ?? '')) : null
    if (failed && command) {
      failed.name = command
      failed.instruction = command
      // The paste starts at `#15 ERROR: executor failed running […]`, then the error box, whose
      // title did not match the command: BuildKit expands the step's variables in a title, not in
      // its error (`${VCS_URL}` against `https://…`). One box, one failed step: they are one.
      const boxes = [...b.steps.values()].filter((s) => s.id.startsWith('box:'))
      if (boxes.length === 1 && sameSkeleton(boxes[0].instruction, command)) {
        b.absorb(failed, boxes[0])
        renameStep(failed, boxes[0].name)
      }
    }
    // The tty view says only `=> ERROR [build 3/4] RUN …`: the final error, when its command is
    // this step's, says how it failed (`executor failed running […]: exit code: 1`).
    if (failed && failed.error === TTY_ERROR && b.finalError !== null && b.failedCommand !== null && sameCommand(failed.instruction, b.failedCommand)) {
      failed.error = b.finalError
      failed.exitCode ??= b.exitCode
    }
    return
  }
  const command = b.failedCommand ?? b.excerptInstruction
  if (command === null) return
  const wanted = squeeze(command)
  const steps = [...b.steps.values()]
  let step: BuildStep | undefined = steps.find((s) => squeeze(s.instruction) === wanted) ?? steps.find((s) => sameCommand(s.instruction, command))
  const unnamed = steps.filter((s) => s.inferred && s.result === 'running')
  if (!step && unnamed.length > 0) {
    step = unnamed[unnamed.length - 1]
    step.name = command
    step.instruction = command
  }
  if (!step) {
    step = b.addStep('failed', command, b.seq)
    step.inferred = true
  }
  step.result = 'error'
  step.error ??= b.finalError
  step.exitCode ??= b.exitCode
  if (step.exitCode === null && b.finalError) {
    const code = /(?:exit code|non-zero code): (\d+)/.exec(b.finalError)
    if (code) step.exitCode = Number(code[1])
  }
  if (b.exitCode === null) b.exitCode = step.exitCode
  b.failedStepId = step.id
}

/** Whether a step's instruction is the command an error names, either one cut where a view cut it. */
function sameCommand(instruction: string, command: string): boolean {
  const have = squeeze(instruction)
  const wanted = squeeze(command)
  return have === wanted || (have.length >= 8 && (wanted.startsWith(have) || have.startsWith(wanted)))
}

/**
 * Whether a command with its variables expanded (`https://…`) is the one written with them
 * (`${VCS_URL}`): the written text between variables in order, each variable one word or none.
 * Each part is taken at its first place: a later one only leaves a longer gap to fill.
 */
function sameSkeleton(expanded: string, written: string): boolean {
  const parts = squeeze(written).split(/\$\{?\w+\}?/)
  if (parts.length < 2) return sameCommand(expanded, written)
  const text = squeeze(expanded)
  if (!text.startsWith(parts[0])) return false
  let at = parts[0].length
  for (const part of parts.slice(1)) {
    const found = text.indexOf(part, at)
    if (found < 0 || /\s/.test(text.slice(at, found))) return false
    at = found + part.length
  }
  return true
}

/** The format, from the first lines that tell. */
export function detectFormat(text: string): LogFormat {
  const head = text.slice(0, DETECT).split('\n')
  for (const raw of head) {
    const line = normalizeLine(raw)
    if (line === '') continue
    if (line.startsWith('{"')) return 'rawjson'
    if (/^#\d+ /.test(line)) return 'plain'
    if (/^Step \d+(?:\/\d+)? : /.test(line) || line.startsWith('Sending build context')) return 'legacy'
  }
  return 'plain'
}

/** Analyzes a whole log held in memory (tests, small logs): its last build. */
export function analyzeBuildLog(text: string): BuildLogAnalysis {
  const analyzer = new BuildLogAnalyzer()
  analyzer.push(text)
  return analyzer.end()
}

/** Every build of a whole log held in memory. */
export function analyzeBuildLogs(text: string): BuildLogAnalysis[] {
  const analyzer = new BuildLogAnalyzer()
  analyzer.push(text)
  return analyzer.endBuilds()
}
