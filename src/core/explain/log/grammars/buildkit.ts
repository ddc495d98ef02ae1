/**
 * BuildKit's words, as buildx and `docker build` print them: the plain progress (`#7 [2/4] RUN
 * make`, `#7 12.3 …`, `#7 DONE 1.2s`, `#7 ERROR: …`), the tty view (` => ERROR [build 6/6] RUN …
 * 15.0s`, ` => => # output`), the error box (` > [build 6/6] RUN …:` then the step's last lines),
 * the `Dockerfile:N` excerpt with its `>>>` lines, and the final error in all its generations
 * (`ERROR: failed to solve: …`, `failed to solve: rpc error: code = Unknown desc = executor failed
 * running [/bin/sh -c …]: exit code: 137`, compose v2's `target app: failed to solve: …`).
 */
import { MAX_LINE_BYTES } from '../line-cap.js'
import { quoted } from '../normalize.js'
import { readSignal } from './tool-messages.js'
import type { Grammar, LogContext } from './grammar.js'
import { runInstruction, squeeze, type BuildState } from '../state.js'
import type { BuildStep } from '../types.js'

const PLAIN_STATUS = /^(DONE(?: ([\d.]+)s)?|CACHED|CANCELED|ERROR:? ?(.*))$/
const PLAIN_OUTPUT = /^\d+(?:\.\d+)? ?(.*)$/
/**
 * A step's first line: its name (`[build 2/4] RUN make`, `exporting to image`, `importing to docker`),
 * not a layer's progress, nor a PHP or Ruby stack's frame in a step's output that lost its `#n 1.2`
 * (`#1 /var/www/html/vendor/…(271): …`, `#12 {main}`): no vertex name starts with `/` or `{`.
 */
const PLAIN_HEADER =
  /^(?!sha256:|naming to |writing image |transferring |preparing |extracting |unpacking |exporting (?:layers|manifest|config|attestation)|[/{])\S/
const TTY = /^=> (?:(ERROR|CACHED|CANCELED) )?(\[[^\]]*\d+\/\d+\] .*?|exporting to .*?)(?:\s+(\d+(?:\.\d+)?)s)?(?:\s+done)?$/
/** A step's error when only the tty view said it failed (`=> ERROR [build 3/4] RUN …`): no message, no exit code. */
export const TTY_ERROR = 'ERROR'
const TTY_OUTPUT = /^=> => # ?(.*)$/
const TTY_FINISHED = /^\[\+\] Building [\d.]+s \((\d+)\/(\d+)\)(?: (FINISHED|ERROR|CANCELED))?/
/** The error box's title: ` > [build 6/6] RUN make:`, in pastes also without its `>`. */
const BOX = /^(?:> )?(\[[^\]]*\d+\/\d+\] .*):$/
const BOX_OUTPUT = /^(?:#\d+ )?\d+(?:\.\d+)? ?(.*)$/
const DASHES = /^-{4,}$/
const EXCERPT_FILE = /^(\S+):(\d+)$/
const EXCERPT_LINE = /^(\d+) \| >>> ?(.*)$/
const PROCESS = /process "(.*)" did not complete successfully: (.*)$/
const EXECUTOR = /executor failed running \[(.*)\]: (.*)$/
const FINAL = /failed to solve|failed to build|executor failed running|did not complete successfully|failed to compute cache key|buildx (?:call )?failed with/
const LOST = /error reading from server: EOF|code = Unavailable|GOAWAY|graceful_stop|transport is closing/
/**
 * How the final lines start (after a CI's prefix): the builder's and buildx's own, not prose quoting
 * them; `buildx failed with: …` is docker/build-push-action's last line (its core.setFailed).
 */
const FINAL_START = /^(?:(?:ERROR|Error|error)\b|failed to |target \S+: |executor failed|rpc error|process "|buildx (?:call )?failed with: )/
const TARGET = /^target (\S+): failed to solve/

export const buildkit: Grammar = (line, ctx) => {
  const b = ctx.build
  const first = line.charCodeAt(0)
  if (first === 35 /* # */) {
    // `#12 …` parsed by hand: a log can hold millions of these.
    let at = 1
    while (at < line.length && line.charCodeAt(at) >= 48 && line.charCodeAt(at) <= 57) at++
    if (at > 1 && line.charCodeAt(at) === 32) return plain(line.slice(1, at), line.slice(at + 1), ctx)
  }
  if (first === 61 /* = */ && line.startsWith('=> ')) return tty(line, b)
  if (first === 91 /* [ */) {
    const done = TTY_FINISHED.exec(line)
    if (done) {
      b.docker = true
      if (done[3] === 'FINISHED' && done[1] === done[2]) b.succeeded = true
      return true
    }
  }
  const box = BOX.exec(line)
  if (box) {
    b.docker = true
    const known = findByName(b, box[1])
    // The tty view cut the step's name to the terminal's width; the box's title has it whole.
    if (known && box[1].length > known.name.length && squeeze(box[1]).startsWith(squeeze(known.name))) renameStep(known, box[1])
    b.box = known ?? addNamed(b, `box:${box[1]}`, box[1])
    return true
  }
  if (DASHES.test(line)) {
    b.box = null
    if (b.lastLine !== null) {
      const file = EXCERPT_FILE.exec(b.lastLine)
      if (file) b.excerptFile = file[1]
    }
    return true
  }
  const excerpt = EXCERPT_LINE.exec(line)
  if (excerpt && b.excerptFile) {
    const n = Number(excerpt[1])
    b.docker = true
    if (b.excerpt === null || b.excerpt.file !== b.excerptFile) {
      b.excerpt = { file: b.excerptFile, startLine: n, endLine: n }
      b.excerptInstruction = squeeze(excerpt[2].replace(/\\\s*$/, ''))
    } else {
      b.excerpt.endLine = n
      // A continued instruction's lines, joined: at most a line's cap (a log repeating the same
      // excerpt thousands of times made one name of megabytes).
      b.excerptInstruction = squeeze(`${b.excerptInstruction ?? ''} ${excerpt[2].replace(/\\\s*$/, '')}`).slice(0, MAX_LINE_BYTES)
    }
    return true
  }
  if (b.box) {
    const out = BOX_OUTPUT.exec(line)
    const signal = readSignal(out ? out[1] : line)
    if (signal) b.signal(b.box, signal)
    if (!FINAL.test(line)) return true
  }
  return finalLine(line, b)
}

function plain(number: string, rest: string, ctx: LogContext): boolean {
  const b = ctx.build
  const id = `#${number}`
  const code = rest.charCodeAt(0)
  // Output: `#7 12.3 text`, by far the most lines.
  if (code >= 48 && code <= 57) {
    const out = PLAIN_OUTPUT.exec(rest)
    if (!out) return false
    const signal = readSignal(out[1])
    if (signal) {
      // `#0 12.3 Killed`: the error box's lines in the tty view; a pasted step without its header.
      const known = b.steps.get(id)
      const step = known && !known.inferred ? known : (b.box ?? known ?? addNamed(b, id, id))
      b.signal(step, signal)
    }
    b.docker = true
    return true
  }
  const status = code === 68 /* D */ || code === 67 /* C */ || code === 69 /* E */ ? PLAIN_STATUS.exec(rest) : null
  if (status) {
    const step = b.steps.get(id)
    if (!step) {
      if (status[1].startsWith('ERROR')) b.stepError(addNamed(b, id, id), status[3] ?? status[1])
      return true
    }
    // Each step ends once: `#1` (the build definition) ending again is the next build.
    if (id === '#1' && step.result !== 'running') {
      ctx.startBuild()
      return plain(number, rest, ctx)
    }
    const result = status[1].startsWith('DONE') ? 'done' : status[1] === 'CACHED' ? 'cached' : status[1] === 'CANCELED' ? 'canceled' : 'error'
    if (result === 'error') {
      step.span.end = b.seq
      b.stepError(step, status[3] ?? status[1])
      return true
    }
    const first = step.result === 'running'
    b.endStep(step, result, status[2] ? Math.round(Number(status[2]) * 1000) : null, b.seq)
    if (first) b.finishedClean(step)
    return true
  }
  // `#0 building with "x" instance using docker-container driver`: buildx's own line, no step.
  if (PLAIN_HEADER.test(rest) && number !== '0') {
    const known = b.steps.get(id)
    // Step `#1` again, after it ended: the next build of the log.
    if (known && id === '#1' && known.result !== 'running' && !known.inferred) {
      ctx.startBuild()
      return plain(number, rest, ctx)
    }
    if (!known) b.addStep(id, rest, b.seq)
    else if (known.inferred) renameStep(known, rest)
    return true
  }
  // `#8 naming to docker.io/…`, `#8 writing image sha256:…`: the export's progress.
  if (/^(?:naming to|writing image) /.test(rest)) b.docker = true
  return true
}

function tty(line: string, b: BuildState): boolean {
  b.docker = true
  const out = TTY_OUTPUT.exec(line)
  if (out) {
    const signal = readSignal(out[1])
    if (signal) b.signal(b.ttyCurrent, signal)
    return true
  }
  if (/^=> => (?:naming to|writing image) /.test(line)) {
    b.succeeded = true
    return true
  }
  const m = TTY.exec(line)
  if (!m) return true
  // The view is redrawn again and again: a step is its name, its time changes.
  const name = m[2].trim()
  const step = findByName(b, name) ?? addNamed(b, `tty:${name}`, name)
  b.ttyCurrent = step
  if (m[1] === 'ERROR') b.stepError(step, step.error ?? TTY_ERROR)
  else if (m[1] === 'CACHED') step.result = 'cached'
  else if (m[1] === 'CANCELED') step.result = 'canceled'
  else if (m[3] && step.result === 'running') step.result = 'done'
  if (m[3]) step.durationMs = Math.round(Number(m[3]) * 1000)
  return true
}

/** The build's final error: what failed, with which exit code, or that the builder went away. */
function finalLine(line: string, b: BuildState): boolean {
  if (/^WARNING: No output specified with/.test(line)) {
    // buildx's last words after a build that kept its result in the cache only.
    b.docker = true
    if (b.failedStepId === null && b.finalError === null) b.succeeded = true
    return true
  }
  // The legacy builder's final line, also when compose prefixes it with `ERROR: Service …`.
  // Prose that quotes a final line across a line break (`failed to solve: …`), bake, …) is none.
  if (!FINAL_START.test(line) || line.includes('returned a non-zero code') || quoted(line, 0)) return false
  const lost = LOST.test(line)
  if (!lost && !FINAL.test(line)) return false
  b.docker = true
  const signal = readSignal(line)
  if (signal) b.signal(null, signal)
  if (lost) {
    b.builderLostLine ??= line
    b.finalError ??= line
    return true
  }
  b.finalError ??= line
  const target = TARGET.exec(line)
  if (target && !b.targets.has(target[1])) b.targets.set(target[1], b.dockerfileName ?? 'Dockerfile')
  const m = PROCESS.exec(line) ?? EXECUTOR.exec(line)
  if (m) {
    b.failedCommand ??= commandOfError(line)
    const code = /exit code: (\d+)/.exec(m[2])
    if (code && b.exitCode === null) b.exitCode = Number(code[1])
    if (/^cannot allocate memory\s*$/.test(m[2]) || /ResourceExhausted.*cannot allocate memory/.test(line)) b.outOfMemoryError = true
  }
  if (/no space left on device/i.test(line)) b.diskFull = true
  return true
}

/** The RUN instruction a BuildKit error names (`process "…" did not complete`, `executor failed running […]`), or null. */
export function commandOfError(text: string): string | null {
  const quoted = PROCESS.exec(text)
  // BuildKit quotes the process with Go's %q (`\"` inside); `executor failed running […]` does not.
  if (quoted) return runInstruction(quoted[1].replace(/\\(["\\])/g, '$1'))
  const executor = EXECUTOR.exec(text)
  return executor ? runInstruction(executor[1]) : null
}

function findByName(b: BuildState, name: string): BuildStep | null {
  const wanted = squeeze(name)
  const exact = b.byName(wanted)
  if (exact) return exact
  if (b.steps.size > 2000) return null
  // A box title is cut where the tty view cut the step's name; the view's time is not part of it.
  for (const step of b.steps.values()) {
    const have = squeeze(step.name)
    if (have.length >= 12 && wanted.length >= 12 && (have.startsWith(wanted) || wanted.startsWith(have))) return step
  }
  return null
}

/** A step the log names without its header: its number, a box title, a tty line. */
function addNamed(b: BuildState, id: string, name: string): BuildStep {
  const step = b.addStep(id, name, b.seq)
  step.inferred = name === id
  return step
}

/** A step the log named before its header (`#7` alone, a tty line cut short), named as its header or error box names it. */
export function renameStep(step: BuildStep, name: string): void {
  const m = /^\[(?:(.*?) )?(\d+)\/(\d+)\] (.*)$/.exec(name)
  step.name = name
  step.inferred = false
  step.instruction = m ? m[4] : name
  step.index = m ? Number(m[2]) : null
  step.total = m ? Number(m[3]) : null
  step.stage =
    m?.[1]
      ?.split(' ')
      .filter((w) => !w.includes('/'))
      .pop() ?? null
}
