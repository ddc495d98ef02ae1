/**
 * A streaming reader of `docker build` logs: BuildKit `--progress=plain`, `--progress=rawjson`
 * (one JSON object per line, output base64-encoded) and the legacy builder. Feed it bytes in
 * chunks of any size; it keeps only the steps and findings, never the log.
 *
 * Speed: a 1 GiB log is mostly compiler output. Decoding it to text alone would be slower than
 * grep, so each chunk stays bytes: it is searched for a few literal markers (`Buffer.indexOf`,
 * a memchr-speed search) and only the lines holding one are decoded and parsed.
 */

export type LogFormat = 'plain' | 'rawjson' | 'legacy'
export type StepResult = 'done' | 'cached' | 'error' | 'canceled' | 'running'

export interface BuildStep {
  /** `#7` in plain logs, the vertex digest in rawjson, `Step 5` in legacy logs. */
  id: string
  /** As the builder printed it: `[compile 2/2] RUN make`, or `RUN make` for the legacy builder. */
  name: string
  /** Named stage (`compile`), `stage-1` for unnamed ones, null when single-stage or legacy. */
  stage: string | null
  /** `n` of `[stage n/m]` (BuildKit: within the stage; legacy: `Step n/m` over the whole file). */
  index: number | null
  total: number | null
  /** The Dockerfile instruction, `RUN head -c 300m …`. */
  instruction: string
  durationMs: number | null
  result: StepResult
  /** `Killed` lines (or `Killed signal terminated program`) printed by the step's processes. */
  killedLines: number
  /** The error BuildKit or the legacy builder gave the step. */
  error: string | null
  exitCode: number | null
  /** The legacy builder's RUN container (`Running in 276124f1cd06`): its cgroup names the kill. */
  containerId: string | null
  /**
   * When the step ran, as positions comparable within one build: the log's line order for plain
   * and legacy logs, milliseconds since the epoch for rawjson. `end` is null for a step that never
   * finished. Two steps whose spans overlap ran side by side.
   */
  span: { start: number; end: number | null }
  /** The bake target that ran the step, when bake built several targets. */
  target: string | null
}

export interface BuildLogAnalysis {
  format: LogFormat
  steps: BuildStep[]
  /** The step that failed the build, when one did. */
  failedStepId: string | null
  /** The build's final error line, when it failed. */
  finalError: string | null
  exitCode: number | null
  /** `cannot allocate memory` (BuildKit ≥ 0.16 on cgroup v2 reading memory.events). */
  outOfMemoryError: boolean
  /** `rpc error … EOF`: the client lost the BuildKit daemon, which is how its OOM kill shows. */
  daemonLost: boolean
  /** BuildKit's `Dockerfile:N` excerpt: the base name and the `>>>` lines. */
  excerpt: { file: string; startLine: number; endLine: number } | null
  /** The build said it finished (`Successfully built`, `writing image`, `DONE` on export). */
  succeeded: boolean
  /** The Dockerfile's name as BuildKit gave it (`load build definition from Dockerfile.fail`): a base name. */
  dockerfileName: string | null
  /** The bake target the build is of, when bake built several (`[app internal] load build definition …`). */
  target: string | null
  /** Steps not kept, past MAX_STEPS (finished steps with no trouble go first). */
  omittedSteps: number
}

// A line is parsed when it holds one of these; each is a rare string, so a search for it runs
// at memory speed. Plain step headers are found apart (`findNewSteps`): their ` [` is common.
// Node's search slows down fourfold for needles of 8 bytes or more: the markers are shorter
// (`ANCELED` finds CANCELED, `Unavail` the daemon's `rpc error: code = Unavailable`).
const MARKERS: Record<LogFormat, Buffer[]> = {
  plain: ['DONE', 'ACHED', 'ERROR', 'ANCELED', 'Killed', '>>>', 'Unavail'].map((m) => Buffer.from(m)),
  legacy: ['Step ', 'Running', 'Killed', 'non-zer', 'Success', 'ERROR', 'Unavail'].map((m) => Buffer.from(m)),
  rawjson: ['vertexe', '"logs"', 'ERROR', '>>>', 'Unavail'].map((m) => Buffer.from(m))
}
const EMPTY = Buffer.alloc(0)
/** How far back from a `>>>` line the excerpt's file name is looked for. */
const LOOKBACK = 8192
const NEWLINE = 10
/** A caller's chunk is handled this much at a time, so no search or copy grows with the chunk. */
const SLICE = 1024 * 1024
/**
 * A line this long or longer keeps only its head and tail: what the analysis reads is at a
 * line's ends (`#7 12.3 …`, `… Killed`), and one line of a log can be gigabytes.
 */
export const LINE_CAP = 64 * 1024
const LINE_HEAD = 16 * 1024
const LINE_TAIL = 16 * 1024
const ELLIPSIS = Buffer.from(' … ')
/** The format is told from at most this much of the log's start. */
const DETECT = 64 * 1024
/**
 * Steps kept per build. Beyond it the oldest finished steps that show no trouble are dropped
 * (then the oldest of any kind), and counted, so memory stays bounded on any log.
 */
export const MAX_STEPS = 20_000

const PLAIN_HEADER = /^#(\d+) (\[.*|exporting to .*)$/
const PLAIN_STATUS = /^#(\d+) (DONE(?: ([\d.]+)s)?|CACHED|CANCELED|ERROR:? ?(.*))$/
const PLAIN_OUTPUT = /^#(\d+) [\d.]+ (.*)$/
const STEP_NAME = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/
/** `[internal] load build definition from Dockerfile.fail`; bake puts the target first (`[app internal]`). */
const DEFINITION = /^\[(?:(\S+) )?internal\] load build definition from (.+)$/
/** BuildKit's own steps (context, metadata, definition), bake's prefixed with the target. */
const INTERNAL = /^\[(?:\S+ )?internal\]/
const LEGACY_STEP = /^Step (\d+)\/(\d+) : (.*)$/
const EXCERPT_FILE = /^(\S+):(\d+)$/
const EXCERPT_LINE = /^\s*(\d+) \| >>> /
const EXIT_CODE = /(?:exit code|non-zero code): (\d+)/
// ANSI colour codes: the legacy builder paints stderr red.
// eslint-disable-next-line no-control-regex -- ESC is exactly what is matched
const ANSI = /\x1b\[[0-9;]*m/g

/** A line of process output that says the kernel killed a process. */
export function isKilledLine(text: string): boolean {
  const t = text.replace(ANSI, '').trim()
  return t === 'Killed' || /Killed signal terminated program|\bKilled\s*$/.test(t)
}

/** What is known of one build while its log is read. */
class BuildState {
  readonly steps = new Map<string, BuildStep>()
  /** rawjson vertexes seen started, and bake targets with their Dockerfile. */
  readonly started = new Set<string>()
  readonly targets = new Map<string, string>()
  /** The targets whose build definition was loaded ('' for a build that is not bake's). */
  readonly definitions = new Set<string>()
  legacyCurrent: BuildStep | null = null
  failedStepId: string | null = null
  finalError: string | null = null
  exitCode: number | null = null
  outOfMemoryError = false
  daemonLost = false
  excerptFile: string | null = null
  excerpt: BuildLogAnalysis['excerpt'] = null
  succeeded = false
  dockerfileName: string | null = null
  omittedSteps = 0
  /** Parsed lines so far: the order plain and legacy steps' spans are given in. */
  seq = 0

  add(step: BuildStep): void {
    this.steps.set(step.id, step)
    if (this.steps.size > MAX_STEPS) this.evict()
  }

  private evict(): void {
    const keep = (s: BuildStep): boolean => s.id === this.failedStepId || s.killedLines > 0 || s.result === 'error' || s.result === 'running'
    for (const pass of [keep, (s: BuildStep) => s.id === this.failedStepId]) {
      for (const step of this.steps.values()) {
        if (this.steps.size <= (MAX_STEPS * 3) / 4) return
        if (pass(step)) continue
        this.steps.delete(step.id)
        this.started.delete(step.id)
        this.omittedSteps++
      }
    }
  }
}

export class BuildLogAnalyzer {
  private format: LogFormat | null = null
  /** The log's start, until its format can be told. */
  private held: Buffer = EMPTY
  /** The line that goes on in the next chunk: whole below LINE_CAP, else its head and tail. */
  private pending: Buffer[] = []
  private pendingLength = 0
  private pendingCut = false
  private nextStep = 0
  private build = new BuildState()
  private readonly finished: BuildLogAnalysis[] = []
  /**
   * The end of the text scanned before, where an excerpt's file name may be: kept at the end
   * of one buffer, reused, since a copy per chunk outlived the chunk and piled up until a full GC.
   */
  private readonly tailBuffer = Buffer.alloc(LOOKBACK)
  private tailLength = 0

  private get tail(): Buffer {
    return this.tailBuffer.subarray(LOOKBACK - this.tailLength)
  }

  push(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    for (let at = 0; at < bytes.length; at += SLICE) this.pushSlice(bytes.subarray(at, at + SLICE))
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
    if (this.format === null) {
      this.format = detectFormat(this.held.toString('utf8', 0, DETECT))
      const held = this.held
      this.held = EMPTY
      this.pushSlice(held)
    }
    if (this.pendingLength > 0) {
      this.hold(Buffer.from('\n'))
      this.scan(this.takeLine())
    }
    for (const build of this.finishBuild()) this.finished.push(build)
    return this.finished
  }

  private pushSlice(slice: Buffer): void {
    let bytes = slice
    if (this.format === null) {
      bytes = Buffer.concat([this.held, slice])
      // The first lines tell the format: wait for a few, but not forever on a log without newlines.
      if (bytes.length < DETECT && (bytes.length < 4096 || bytes.indexOf(NEWLINE) < 0)) {
        this.held = bytes
        return
      }
      this.held = EMPTY
      this.format = detectFormat(bytes.toString('utf8', 0, DETECT))
    }
    const first = bytes.indexOf(NEWLINE)
    if (first < 0) return this.hold(bytes)
    let body = bytes
    if (this.pendingLength > 0) {
      this.hold(bytes.subarray(0, first + 1))
      this.scan(this.takeLine())
      body = bytes.subarray(first + 1)
    }
    const last = body.lastIndexOf(NEWLINE)
    if (last >= 0) this.scan(body.subarray(0, last + 1))
    this.hold(body.subarray(last + 1))
  }

  /** Keeps a piece of the unfinished line (a copy: the caller may reuse its buffer). */
  private hold(piece: Buffer): void {
    if (piece.length === 0) return
    this.pendingLength += piece.length
    if (this.pendingCut) {
      const tail = Buffer.concat([this.pending[1], piece.subarray(Math.max(0, piece.length - LINE_TAIL))])
      this.pending[1] = Buffer.from(tail.subarray(tail.length - LINE_TAIL))
      return
    }
    this.pending.push(Buffer.from(piece))
    if (this.pendingLength >= LINE_CAP) {
      const all = Buffer.concat(this.pending)
      this.pending = [Buffer.from(all.subarray(0, LINE_HEAD)), Buffer.from(all.subarray(all.length - LINE_TAIL))]
      this.pendingCut = true
    }
  }

  /** The held line, cut as `cutLine` cuts a long line found whole. */
  private takeLine(): Buffer {
    const line = this.pendingCut ? Buffer.concat([this.pending[0], ELLIPSIS, this.pending[1]]) : Buffer.concat(this.pending)
    this.pending = []
    this.pendingLength = 0
    this.pendingCut = false
    return line
  }

  /** Parses the marked lines of buf, whole lines ending with a newline. */
  private scan(buf: Buffer): void {
    for (let from = 0; from >= 0;) from = this.scanFrom(buf, from)
    const keep = Math.min(this.tailLength, Math.max(0, LOOKBACK - buf.length))
    this.tailBuffer.copyWithin(LOOKBACK - keep - Math.min(buf.length, LOOKBACK), LOOKBACK - keep)
    buf.copy(this.tailBuffer, LOOKBACK - Math.min(buf.length, LOOKBACK), Math.max(0, buf.length - LOOKBACK))
    this.tailLength = keep + Math.min(buf.length, LOOKBACK)
  }

  /** Parses buf from an offset; returns where to go on from when a new build starts there, else -1. */
  private scanFrom(whole: Buffer, from: number): number {
    const buf = whole.subarray(from)
    const format = this.format ?? 'plain'
    // A line's offset, doubled, plus one when it is a step header found by its number.
    const starts: number[] = []
    if (format === 'plain') this.findNewSteps(buf, buf.length - 1, starts)
    for (const marker of MARKERS[format]) {
      let at = buf.indexOf(marker)
      while (at >= 0) {
        starts.push((at === 0 ? 0 : buf.lastIndexOf(NEWLINE, at) + 1) * 2)
        at = buf.indexOf(marker, buf.indexOf(NEWLINE, at) + 1)
      }
    }
    starts.sort((a, b) => a - b)
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] >> 1
      if (i + 1 < starts.length && starts[i + 1] >> 1 === start) continue
      const end = buf.indexOf(NEWLINE, start)
      let bytes = buf.subarray(start, end)
      if (end + 1 - start >= LINE_CAP) {
        const cut = Buffer.concat([buf.subarray(start, start + LINE_HEAD), ELLIPSIS, buf.subarray(end + 1 - LINE_TAIL, end)])
        // As a line held across chunks is: only what its head and tail hold is read.
        if ((starts[i] & 1) === 0 && !MARKERS[format].some((m) => cut.includes(m))) continue
        bytes = cut
      }
      let line = bytes.toString('utf8')
      if (line.endsWith('\r')) line = line.slice(0, -1)
      if (line.includes('>>>')) this.build.excerptFile = this.excerptFileBefore(buf, start) ?? this.build.excerptFile
      if (this.line(line) === 'restart') {
        this.restartPlain(buf, start)
        return from + start
      }
    }
    return -1
  }

  /**
   * Step `#1` finished a second time: another build's log follows. Its first step's header
   * came a line or two before and names its Dockerfile.
   */
  private restartPlain(buf: Buffer, start: number): void {
    this.startBuild()
    const before = start >= LOOKBACK ? buf.subarray(start - LOOKBACK, start) : Buffer.concat([this.tail, buf.subarray(0, start)])
    const at = before.lastIndexOf('\n#1 [')
    if (at >= 0) {
      const end = before.indexOf(NEWLINE, at + 1)
      this.plain(before.toString('utf8', at + 1, end < 0 ? before.length : end).replace(/\r$/, ''))
    }
    this.nextStep = 2
  }

  private startBuild(): void {
    for (const build of this.finishBuild()) this.finished.push(build)
    this.build = new BuildState()
    this.nextStep = 0
  }

  /**
   * BuildKit's excerpt starts with the file's name and a line of dashes (`Dockerfile:5`,
   * `-----`), which hold no marker: look back for them from a `>>>` line.
   */
  private excerptFileBefore(buf: Buffer, start: number): string | null {
    const region = start >= LOOKBACK ? buf.subarray(start - LOOKBACK, start) : Buffer.concat([this.tail, buf.subarray(0, start)])
    const text = region.toString('utf8')
    const dashes = text.lastIndexOf('\n-----')
    if (dashes < 0) return null
    const line = text.slice(text.lastIndexOf('\n', dashes - 1) + 1, dashes).trim()
    return EXCERPT_FILE.exec(line)?.[1] ?? null
  }

  /**
   * BuildKit numbers steps in the order it shows them, and a step's first line is its header:
   * look for the first line of the next numbers (`#12 `) rather than for every header.
   */
  private findNewSteps(buf: Buffer, end: number, starts: number[]): void {
    let from = 0
    if (this.nextStep === 0) this.nextStep = Math.max(0, Number(/^#(\d+) /m.exec(buf.toString('utf8', 0, Math.min(end, 64 * 1024)))?.[1] ?? 1) - 1)
    // Numbers can come slightly out of order (#2 before #1) or be skipped, so a few are tried;
    // but each miss is a search of the whole chunk, and most chunks are output of known steps:
    // when the chunk's last line is of a step already seen, only the next number is tried.
    const lastStart = buf.lastIndexOf(NEWLINE, end - 1) + 1
    const lastNumber = Number(/^#(\d+) /.exec(buf.toString('latin1', lastStart, Math.min(end, lastStart + 16)))?.[1] ?? -1)
    for (;;) {
      let found = -1
      const tries = lastNumber >= 0 && lastNumber < this.nextStep ? 1 : 3
      for (let k = this.nextStep; k < this.nextStep + tries && found < 0; k++) {
        const needle = `#${k} `
        if (buf.subarray(0, needle.length).toString('latin1') === needle) found = 0
        else {
          const hit = buf.indexOf(`\n${needle}`, Math.max(0, from - 65536))
          if (hit >= 0 && hit < end) found = hit + 1
        }
        if (found >= 0) this.nextStep = k + 1
      }
      if (found < 0) return
      starts.push(found * 2 + 1)
      from = found
    }
  }

  private line(line: string): 'restart' | void {
    this.build.seq++
    if (this.format === 'rawjson' && line.startsWith('{')) return this.json(line)
    if (this.format === 'legacy') return this.legacy(line)
    return this.plain(line)
  }

  private plain(line: string): 'restart' | void {
    const b = this.build
    let m = PLAIN_STATUS.exec(line)
    if (m) {
      const step = b.steps.get(`#${m[1]}`)
      if (!step) return
      // Each step ends once: `#1` (the build definition) ending again is the next build.
      if (step.id === '#1' && step.result !== 'running') return 'restart'
      step.span.end = b.seq
      if (m[2].startsWith('DONE')) {
        step.result = 'done'
        step.durationMs = m[3] ? Math.round(Number(m[3]) * 1000) : null
        if (step.name.startsWith('exporting') || step.instruction.startsWith('exporting')) b.succeeded = true
      } else if (m[2] === 'CACHED') step.result = 'cached'
      else if (m[2] === 'CANCELED') step.result = 'canceled'
      else this.stepError(step, m[4] ?? m[2])
      return
    }
    m = PLAIN_HEADER.exec(line)
    if (m) {
      if (!b.steps.has(`#${m[1]}`)) this.addStep(`#${m[1]}`, m[2], b.seq)
      return
    }
    m = PLAIN_OUTPUT.exec(line)
    if (m) {
      const step = b.steps.get(`#${m[1]}`)
      if (step && isKilledLine(m[2])) step.killedLines++
      return
    }
    this.buildLine(line)
  }

  private addStep(id: string, name: string, start: number): BuildStep {
    const b = this.build
    const definition = DEFINITION.exec(name)
    if (definition) {
      b.definitions.add(definition[1] ?? '')
      if (definition[1]) b.targets.set(definition[1], definition[2].trim())
      else b.dockerfileName = definition[2].trim()
    }
    const step = newStep(id, name, b.targets)
    step.span.start = start
    b.add(step)
    return step
  }

  private legacy(line: string): void {
    const b = this.build
    const m = LEGACY_STEP.exec(line)
    if (m) {
      // `Step 1/N` after other steps: the next build.
      if (m[1] === '1' && b.steps.size + b.omittedSteps > 0) this.startBuild()
      if (this.build.legacyCurrent) this.build.legacyCurrent.span.end = this.build.seq
      const step = this.addStep(`Step ${m[1]}`, m[3], this.build.seq)
      step.index = Number(m[1])
      step.total = Number(m[2])
      step.result = 'done'
      this.build.legacyCurrent = step
      return
    }
    const running = /^ ---> Running in ([0-9a-f]{12,64})$/.exec(line)
    if (running && b.legacyCurrent) {
      b.legacyCurrent.containerId = running[1]
      return
    }
    if (line.startsWith('Successfully built')) {
      b.succeeded = true
      return
    }
    if (b.legacyCurrent && isKilledLine(line)) {
      b.legacyCurrent.killedLines++
      return
    }
    const failed = /returned a non-zero code: (\d+)/.exec(line)
    if (failed && b.legacyCurrent) {
      this.stepError(b.legacyCurrent, line.replace(ANSI, ''))
    }
    this.buildLine(line)
  }

  private json(line: string): void {
    let event: unknown
    try {
      event = JSON.parse(line)
    } catch {
      return
    }
    // Anything a rawjson event holds is checked before use: a malformed one is skipped, not fatal.
    if (typeof event !== 'object' || event === null) return
    const { vertexes, logs } = event as { vertexes?: unknown; logs?: unknown }
    const valid = Array.isArray(vertexes) ? vertexes.filter(isVertex) : []
    if (valid.some((v) => this.startsNextBuild(v))) this.startBuild()
    for (const v of valid) this.vertex(v)
    for (const l of Array.isArray(logs) ? (logs as unknown[]) : []) {
      if (!isLogEvent(l)) continue
      const step = this.build.steps.get(l.vertex)
      if (!step) continue
      const text = Buffer.from(l.data, 'base64').toString('utf8')
      for (const out of text.split('\n')) if (isKilledLine(out)) step.killedLines++
    }
  }

  /** A second build definition of the same target: the next build's events. */
  private startsNextBuild(v: RawVertex): boolean {
    const definition = v.name ? DEFINITION.exec(v.name) : null
    return definition !== null && !this.build.steps.has(v.digest) && this.build.definitions.has(definition[1] ?? '')
  }

  private vertex(v: RawVertex): void {
    const b = this.build
    let step = b.steps.get(v.digest)
    if (!step) step = this.addStep(v.digest, v.name ?? v.digest, Date.parse(v.started ?? '') || 0)
    if (v.cached) step.result = 'cached'
    if (v.started && !b.started.has(v.digest)) {
      // Vertexes are announced in reverse; list them in the order they ran.
      b.started.add(v.digest)
      b.steps.delete(v.digest)
      b.steps.set(v.digest, step)
      step.span.start = Date.parse(v.started) || step.span.start
    }
    if (v.started && v.completed) {
      step.durationMs = Math.max(0, Date.parse(v.completed) - Date.parse(v.started)) || 0
      step.span.end = Date.parse(v.completed) || null
      if (step.result === 'running') step.result = 'done'
      if (step.instruction.startsWith('exporting')) b.succeeded = true
    }
    if (v.error) this.stepError(step, v.error)
  }

  /** Lines outside any step: the final error and BuildKit's Dockerfile excerpt. */
  private buildLine(line: string): void {
    const b = this.build
    const clean = line.replace(ANSI, '')
    const excerptLine = EXCERPT_LINE.exec(clean)
    if (excerptLine && b.excerptFile) {
      const n = Number(excerptLine[1])
      if (b.excerpt === null || b.excerpt.file !== b.excerptFile) b.excerpt = { file: b.excerptFile, startLine: n, endLine: n }
      else b.excerpt.endLine = n
      return
    }
    const rpc = clean.indexOf('rpc error: ')
    if (rpc >= 0 && /EOF|Unavailable/.test(clean.slice(rpc))) {
      b.daemonLost = true
      b.finalError = clean.trim()
      return
    }
    const code = EXIT_CODE.exec(clean)
    if (code) {
      b.exitCode = Number(code[1])
      b.finalError = clean.trim()
    }
    if (clean.includes('cannot allocate memory')) {
      b.outOfMemoryError = true
      b.finalError = clean.trim()
    }
  }

  private stepError(step: BuildStep, message: string): void {
    const b = this.build
    step.result = 'error'
    step.error = message.trim()
    const code = EXIT_CODE.exec(message)
    if (code) step.exitCode = Number(code[1])
    if (message.includes('cannot allocate memory')) b.outOfMemoryError = true
    // BuildKit cancels the steps running beside the failing one with errors of their own.
    if (b.failedStepId === null && !/context canceled|^canceled/.test(step.error)) b.failedStepId = step.id
    if (code && b.exitCode === null) b.exitCode = step.exitCode
  }

  /** The build just read, or one per target when bake built several. */
  private finishBuild(): BuildLogAnalysis[] {
    const b = this.build
    const steps = [...b.steps.values()].filter((s) => !INTERNAL.test(s.name))
    const whole: BuildLogAnalysis = {
      format: this.format ?? 'plain',
      steps,
      failedStepId: b.failedStepId,
      finalError: b.finalError,
      exitCode: b.exitCode,
      outOfMemoryError: b.outOfMemoryError,
      daemonLost: b.daemonLost,
      excerpt: b.excerpt,
      succeeded: b.succeeded && b.failedStepId === null,
      dockerfileName: b.dockerfileName,
      target: null,
      omittedSteps: b.omittedSteps
    }
    if (b.targets.size < 2) return [{ ...whole, dockerfileName: whole.dockerfileName ?? b.targets.values().next().value ?? null }]
    // Bake: the targets' steps share one numbering; each target is explained as a build of its own.
    return [...b.targets].map(([target, file]) => {
      const own = steps.filter((s) => s.target === target)
      const failedHere = own.some((s) => s.id === b.failedStepId)
      return {
        ...whole,
        steps: own,
        failedStepId: failedHere ? b.failedStepId : null,
        finalError: failedHere || b.daemonLost ? b.finalError : null,
        exitCode: failedHere ? b.exitCode : null,
        outOfMemoryError: failedHere && b.outOfMemoryError,
        excerpt: failedHere ? b.excerpt : null,
        succeeded: whole.succeeded,
        dockerfileName: file,
        target
      }
    })
  }
}

interface RawVertex {
  digest: string
  name?: string
  started?: string
  completed?: string
  cached?: boolean
  error?: string
}

function isVertex(v: unknown): v is RawVertex {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  const optional = (key: string, type: string): boolean => o[key] === undefined || o[key] === null || typeof o[key] === type
  return (
    typeof o.digest === 'string' &&
    optional('name', 'string') &&
    optional('started', 'string') &&
    optional('completed', 'string') &&
    optional('cached', 'boolean') &&
    optional('error', 'string')
  )
}

function isLogEvent(l: unknown): l is { vertex: string; data: string } {
  return typeof l === 'object' && l !== null && typeof (l as { vertex?: unknown }).vertex === 'string' && typeof (l as { data?: unknown }).data === 'string'
}

function newStep(id: string, name: string, targets: Map<string, string>): BuildStep {
  const m = STEP_NAME.exec(name)
  let words = m?.[1]?.split(' ') ?? []
  // bake prefixes its targets' steps with the target's name (`[app build 2/4]`, `[app] exporting`).
  const bare = /^\[(\S+)\] (.*)$/.exec(name)
  const target = targets.has(words[0]) ? words[0] : bare && targets.has(bare[1]) ? bare[1] : (DEFINITION.exec(name)?.[1] ?? null)
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
    error: null,
    exitCode: null,
    containerId: null,
    span: { start: 0, end: null },
    target
  }
}

/** The format, from the first lines that tell. */
export function detectFormat(text: string): LogFormat {
  const head = text.slice(0, DETECT).split('\n')
  for (const raw of head) {
    const line = raw.replace(ANSI, '').trim()
    if (line === '') continue
    if (line.startsWith('{"')) return 'rawjson'
    if (/^#\d+ /.test(line)) return 'plain'
    if (/^Step \d+\/\d+ : /.test(line) || line.startsWith('Sending build context')) return 'legacy'
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
