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
/** A line longer than this holds nothing the analysis reads; only its end is kept. */
const MAX_PENDING = 1024 * 1024

const PLAIN_HEADER = /^#(\d+) (\[.*|exporting to .*)$/
const PLAIN_STATUS = /^#(\d+) (DONE(?: ([\d.]+)s)?|CACHED|CANCELED|ERROR:? ?(.*))$/
const PLAIN_OUTPUT = /^#(\d+) [\d.]+ (.*)$/
const STEP_NAME = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/
const LEGACY_STEP = /^Step (\d+)\/(\d+) : (.*)$/
const EXCERPT_FILE = /^(\S+):(\d+)$/
const EXCERPT_LINE = /^\s*(\d+) \| >>> /
const EXIT_CODE = /(?:exit code|non-zero code): (\d+)/
// ANSI colour codes: the legacy builder paints stderr red.
const ANSI = /\x1b\[[0-9;]*m/g

/** A line of process output that says the kernel killed a process. */
export function isKilledLine(text: string): boolean {
  const t = text.replace(ANSI, '').trim()
  return t === 'Killed' || /Killed signal terminated program|\bKilled\s*$/.test(t)
}

export class BuildLogAnalyzer {
  private format: LogFormat | null = null
  private rest: Buffer = EMPTY
  private nextStep = 0
  private readonly steps = new Map<string, BuildStep>()
  private legacyCurrent: BuildStep | null = null
  private readonly started = new Set<string>()
  private failedStepId: string | null = null
  private finalError: string | null = null
  private exitCode: number | null = null
  private outOfMemoryError = false
  private daemonLost = false
  private excerptFile: string | null = null
  private excerpt: BuildLogAnalysis['excerpt'] = null
  /** The end of the text scanned before, where an excerpt's file name may be. */
  private tail: Buffer = EMPTY
  private succeeded = false

  push(chunk: Uint8Array | string): void {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    if (this.format === null) {
      // The format is told by the first lines: wait until there are enough of them.
      bytes = Buffer.concat([this.rest, bytes])
      this.rest = EMPTY
      if (bytes.length < 4096 || bytes.indexOf(NEWLINE) < 0) {
        this.rest = bytes
        return
      }
      this.format = detectFormat(bytes.toString('utf8', 0, 64 * 1024))
    }
    const first = bytes.indexOf(NEWLINE)
    if (first < 0) {
      this.rest = Buffer.concat([this.rest, bytes])
      if (this.rest.length > MAX_PENDING) this.rest = Buffer.from(this.rest.subarray(this.rest.length - 4096))
      return
    }
    let body = bytes
    if (this.rest.length > 0) {
      // Only the line split between chunks is copied, never the chunk.
      const joined = Buffer.concat([this.rest, bytes.subarray(0, first + 1)])
      this.rest = EMPTY
      this.scan(joined)
      body = bytes.subarray(first + 1)
    }
    const last = body.lastIndexOf(NEWLINE)
    if (last >= 0) this.scan(body.subarray(0, last + 1))
    // A copy: the caller may reuse its buffer.
    this.rest = Buffer.from(body.subarray(last + 1))
  }

  end(): BuildLogAnalysis {
    if (this.format === null) this.format = detectFormat(this.rest.toString('utf8'))
    if (this.rest.length > 0) {
      const buf = Buffer.concat([this.rest, Buffer.from('\n')])
      this.rest = EMPTY
      this.scan(buf)
    }
    const steps = [...this.steps.values()].filter((s) => !s.name.startsWith('[internal]'))
    return {
      format: this.format,
      steps,
      failedStepId: this.failedStepId,
      finalError: this.finalError,
      exitCode: this.exitCode,
      outOfMemoryError: this.outOfMemoryError,
      daemonLost: this.daemonLost,
      excerpt: this.excerpt,
      succeeded: this.succeeded && this.failedStepId === null
    }
  }

  /** Parses the marked lines of buf, whole lines ending with a newline. */
  private scan(buf: Buffer): void {
    const end = buf.length - 1
    const format = this.format ?? 'plain'
    const starts: number[] = []
    if (format === 'plain') this.findNewSteps(buf, end, starts)
    for (const marker of MARKERS[format]) {
      let at = buf.indexOf(marker)
      while (at >= 0) {
        starts.push(at === 0 ? 0 : buf.lastIndexOf(NEWLINE, at) + 1)
        at = buf.indexOf(marker, buf.indexOf(NEWLINE, at) + 1)
      }
    }
    starts.sort((a, b) => a - b)
    let previous = -1
    for (const start of starts) {
      if (start === previous) continue
      previous = start
      let line = buf.toString('utf8', start, buf.indexOf(NEWLINE, start))
      if (line.endsWith('\r')) line = line.slice(0, -1)
      if (line.includes('>>>')) this.excerptFile = this.excerptFileBefore(buf, start) ?? this.excerptFile
      this.line(line)
    }
    const tail = buf.length >= LOOKBACK ? buf : Buffer.concat([this.tail, buf])
    this.tail = Buffer.from(tail.subarray(Math.max(0, tail.length - LOOKBACK)))
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
      starts.push(found)
      from = found
    }
  }

  private line(line: string): void {
    if (this.format === 'rawjson' && line.startsWith('{')) return this.json(line)
    if (this.format === 'legacy') return this.legacy(line)
    this.plain(line)
  }

  private plain(line: string): void {
    let m = PLAIN_STATUS.exec(line)
    if (m) {
      const step = this.steps.get(`#${m[1]}`)
      if (!step) return
      if (m[2].startsWith('DONE')) {
        step.result = 'done'
        step.durationMs = m[3] ? Math.round(Number(m[3]) * 1000) : null
        if (step.name.startsWith('exporting')) this.succeeded = true
      } else if (m[2] === 'CACHED') step.result = 'cached'
      else if (m[2] === 'CANCELED') step.result = 'canceled'
      else this.stepError(step, m[4] ?? m[2])
      return
    }
    m = PLAIN_HEADER.exec(line)
    if (m) {
      if (!this.steps.has(`#${m[1]}`)) this.steps.set(`#${m[1]}`, newStep(`#${m[1]}`, m[2]))
      return
    }
    m = PLAIN_OUTPUT.exec(line)
    if (m) {
      const step = this.steps.get(`#${m[1]}`)
      if (step && isKilledLine(m[2])) step.killedLines++
      return
    }
    this.buildLine(line)
  }

  private legacy(line: string): void {
    const m = LEGACY_STEP.exec(line)
    if (m) {
      const step = newStep(`Step ${m[1]}`, m[3])
      step.index = Number(m[1])
      step.total = Number(m[2])
      step.result = 'done'
      this.steps.set(step.id, step)
      this.legacyCurrent = step
      return
    }
    const running = /^ ---> Running in ([0-9a-f]{12,64})$/.exec(line)
    if (running && this.legacyCurrent) {
      this.legacyCurrent.containerId = running[1]
      return
    }
    if (line.startsWith('Successfully built')) {
      this.succeeded = true
      return
    }
    if (this.legacyCurrent && isKilledLine(line)) {
      this.legacyCurrent.killedLines++
      return
    }
    const failed = /returned a non-zero code: (\d+)/.exec(line)
    if (failed && this.legacyCurrent) {
      this.stepError(this.legacyCurrent, line.replace(ANSI, ''))
    }
    this.buildLine(line)
  }

  private json(line: string): void {
    let event: RawJsonEvent
    try {
      event = JSON.parse(line) as RawJsonEvent
    } catch {
      return
    }
    const started = this.started
    for (const v of event.vertexes ?? []) {
      let step = this.steps.get(v.digest)
      if (!step) {
        step = newStep(v.digest, v.name ?? v.digest)
        this.steps.set(v.digest, step)
      }
      if (v.cached) step.result = 'cached'
      if (v.started && !started.has(v.digest)) {
        // Vertexes are announced in reverse; list them in the order they ran.
        started.add(v.digest)
        this.steps.delete(v.digest)
        this.steps.set(v.digest, step)
      }
      if (v.started && v.completed) {
        step.durationMs = Math.max(0, Date.parse(v.completed) - Date.parse(v.started))
        if (step.result === 'running') step.result = 'done'
        if (step.name.startsWith('exporting')) this.succeeded = true
      }
      if (v.error) this.stepError(step, v.error)
    }
    for (const l of event.logs ?? []) {
      const step = this.steps.get(l.vertex)
      if (!step || !l.data) continue
      const text = Buffer.from(l.data, 'base64').toString('utf8')
      for (const out of text.split('\n')) if (isKilledLine(out)) step.killedLines++
    }
  }

  /** Lines outside any step: the final error and BuildKit's Dockerfile excerpt. */
  private buildLine(line: string): void {
    const clean = line.replace(ANSI, '')
    const excerptLine = EXCERPT_LINE.exec(clean)
    if (excerptLine && this.excerptFile) {
      const n = Number(excerptLine[1])
      if (this.excerpt === null || this.excerpt.file !== this.excerptFile) this.excerpt = { file: this.excerptFile, startLine: n, endLine: n }
      else this.excerpt.endLine = n
      return
    }
    if (/rpc error: .*(?:EOF|Unavailable)/.test(clean)) {
      this.daemonLost = true
      this.finalError = clean.trim()
      return
    }
    const code = EXIT_CODE.exec(clean)
    if (code) {
      this.exitCode = Number(code[1])
      this.finalError = clean.trim()
    }
    if (clean.includes('cannot allocate memory')) {
      this.outOfMemoryError = true
      this.finalError = clean.trim()
    }
  }

  private stepError(step: BuildStep, message: string): void {
    step.result = 'error'
    step.error = message.trim()
    const code = EXIT_CODE.exec(message)
    if (code) step.exitCode = Number(code[1])
    if (message.includes('cannot allocate memory')) this.outOfMemoryError = true
    // BuildKit cancels the steps running beside the failing one with errors of their own.
    if (this.failedStepId === null && !/context canceled|^canceled/.test(step.error)) this.failedStepId = step.id
    if (code && this.exitCode === null) this.exitCode = step.exitCode
  }
}

interface RawJsonEvent {
  vertexes?: Array<{ digest: string; name?: string; started?: string; completed?: string; cached?: boolean; error?: string }>
  logs?: Array<{ vertex: string; data?: string }>
}

function newStep(id: string, name: string): BuildStep {
  const m = STEP_NAME.exec(name)
  const stageWords = m?.[1]?.split(' ') ?? []
  // `[linux/amd64 base 1/2]`: the platform comes first when several are built.
  const stage = stageWords.filter((w) => !w.includes('/')).pop() ?? null
  return {
    id,
    name,
    stage,
    index: m ? Number(m[2]) : null,
    total: m ? Number(m[3]) : null,
    instruction: m ? m[4] : name,
    durationMs: null,
    result: 'running',
    killedLines: 0,
    error: null,
    exitCode: null,
    containerId: null
  }
}

/** The format, from the first lines that tell. */
export function detectFormat(text: string): LogFormat {
  const head = text.slice(0, 64 * 1024).split('\n')
  for (const raw of head) {
    const line = raw.replace(ANSI, '').trim()
    if (line === '') continue
    if (line.startsWith('{"')) return 'rawjson'
    if (/^#\d+ /.test(line)) return 'plain'
    if (/^Step \d+\/\d+ : /.test(line) || line.startsWith('Sending build context')) return 'legacy'
  }
  return 'plain'
}

/** Analyzes a whole log held in memory (tests, small logs). */
export function analyzeBuildLog(text: string): BuildLogAnalysis {
  const analyzer = new BuildLogAnalyzer()
  analyzer.push(text)
  return analyzer.end()
}
