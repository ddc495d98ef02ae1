/**
 * A streaming reader of `docker build` logs: BuildKit `--progress=plain`, `--progress=rawjson`
 * (one JSON object per line, output base64-encoded) and the legacy builder. Feed it text in
 * chunks of any size; it keeps only the steps and findings, never the log.
 *
 * Speed: a 1 GiB log is mostly compiler output. Instead of a regex per line, each chunk is
 * searched for a few literal markers (`indexOf`, which V8 runs as a fast substring search) and
 * only the lines holding one are parsed.
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

// A line is parsed when it holds one of these. Every line the analysis needs holds one.
const MARKERS = [' [', 'DONE', 'CACHED', 'ERROR', 'CANCELED', 'Killed', 'exit code', 'Step ', 'non-zero code', 'cannot allocate memory', 'rpc error', '>>>', '-----', 'Successfully built', '"vertexes"', '"logs"', 'exporting to']

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
  private rest = ''
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
  private previousLine = ''
  /** The last line of the text scanned before, for the excerpt's file name. */
  private lastLine = ''
  private succeeded = false

  push(chunk: string): void {
    const text = this.rest + chunk
    const last = text.lastIndexOf('\n')
    // The format is told by the first lines: wait until there are enough of them.
    if (last < 0 || (this.format === null && text.length < 4096)) {
      this.rest = text
      return
    }
    this.rest = text.slice(last + 1)
    this.scan(text, last)
  }

  end(): BuildLogAnalysis {
    if (this.rest !== '') {
      const text = this.rest + '\n'
      this.rest = ''
      this.scan(text, text.length - 1)
    }
    const steps = [...this.steps.values()].filter((s) => !s.name.startsWith('[internal]'))
    return {
      format: this.format ?? 'plain',
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

  /** Parses the marked lines of text[0..end], end being the index of its last newline. */
  private scan(text: string, end: number): void {
    if (this.format === null) this.format = detectFormat(text)
    const starts: number[] = []
    for (const marker of MARKERS) {
      let at = text.indexOf(marker)
      while (at >= 0 && at < end) {
        const start = text.lastIndexOf('\n', at) + 1
        starts.push(start)
        const next = text.indexOf('\n', at)
        at = text.indexOf(marker, next + 1)
      }
    }
    starts.sort((a, b) => a - b)
    let previous = -1
    for (const start of starts) {
      if (start === previous) continue
      previous = start
      const stop = text.indexOf('\n', start)
      let line = text.slice(start, stop)
      if (line.endsWith('\r')) line = line.slice(0, -1)
      // The excerpt's file name is the line before its dashes, which carries no marker.
      if (line.startsWith('-----')) {
        this.previousLine = start > 0 ? text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1) : this.lastLine
      }
      this.line(line)
    }
    this.lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end)
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
    if (clean.startsWith('-----')) {
      const file = EXCERPT_FILE.exec(this.previousLine.trim())
      if (file) this.excerptFile = file[1]
      return
    }
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
    exitCode: null
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
