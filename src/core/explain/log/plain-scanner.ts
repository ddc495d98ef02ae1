/**
 * The lines of a plain BuildKit log worth parsing, found by walking its lines as bytes: each
 * step's first line (`#12 [build 2/4] RUN make`) and its status (`#12 DONE 1.2s`, `#12 ERROR: …`),
 * and, in the log's long middle, only those of the other lines that hold a marker of trouble.
 *
 * A log of two million one-line steps is four million such lines: decoding each one and
 * running it through the grammars made it 50 times slower than grep. Here a line costs a
 * memchr for its end and a few byte reads for its start; the commonest step lines (a new step's
 * header, a clean `DONE`/`CACHED`/`CANCELED`) are handed to `StepLines` as numbers and offsets,
 * never decoded unless their step is kept (deferred-steps.ts). Every other line goes to `take`,
 * which parses it as text, in order. A long run of output lines (a compiler's) is not walked:
 * the scan jumps to the next marker or the next step's number, each found by one search.
 */
import type { LineFinder, Take } from './line-reader.js'
import { MARKERS, markerFinder } from './finders.js'
import { normalizeLine } from './normalize.js'
import type { StepResult } from './types.js'

/** Where the step lines read as bytes go: each returns false when the line must be parsed as text. */
export interface StepLines {
  /** `#n [stage i/k] INSTRUCTION`, the line's bytes at buf[start, end). */
  header(buf: Buffer, start: number, end: number, n: number): boolean
  /** `#n DONE 1.2s` (durationMs as BuildKit's seconds give it), `#n CACHED`, `#n CANCELED`. */
  status(n: number, result: StepResult, durationMs: number | null): boolean
  /** buf is read into again after this: what is kept of it must be copied now. */
  release(buf: Buffer): void
  /** The number the next new step will have (`#n`): BuildKit numbers steps as it first shows them. */
  nextNumber(): number
}

/** A CI prefix before `#n ` is at most this long (`2024-01-01T10:00:00.1234567Z ` and tags). */
const PREFIX = 120
/** Past this, a header is parsed as text (its name is kept whole, up to the line cap). */
const FAST_HEADER = 4096
/** After this many output lines in a row the scan jumps to the next marker or the next step's header. */
const RUN = 8

export class PlainScanner implements LineFinder {
  private readonly markers: LineFinder

  constructor(
    private readonly newline: number,
    private readonly steps: StepLines
  ) {
    this.markers = markerFinder('plain', newline)
  }

  marks(line: Buffer): boolean {
    return this.markers.marks(line)
  }

  /**
   * Calls `take` for each line of buf to parse as text, in order: every line when `every` (the
   * log's end), else step lines and lines holding a marker. Lines end with the newline; the
   * last may lack it.
   */
  scan(buf: Buffer, take: Take, every: boolean): void {
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length)
    const markers = MARKERS.plain
    const length = buf.length
    const newline = this.newline
    // Where the next marker, `#` and CR are at or after the line being read: each searched
    // again only once passed, so the searches cost one pass over buf in all.
    const at = markers.map(() => -1)
    let nextMark = -1
    let nextHash = -1
    // At the log's end a CR splits a line in two (line-reader.ts): no line with one is read as
    // bytes there. In the middle a line is read whole, a CR at its end trimmed as text is.
    let nextCR = every ? -1 : length
    this.crEnd = !every
    let from = 0
    let run = 0
    try {
      while (from < length) {
        let kind = OTHER
        // The commonest lines, a new step's header and a clean `DONE`, read in one pass.
        if (bytes[from] === 35 /* # */) {
          let next = this.quick(buf, bytes, from, nextCR)
          if (next === NEEDS_CR) {
            nextCR = nextOf(buf.indexOf(13, from), length)
            next = this.quick(buf, bytes, from, nextCR)
          }
          if (next >= 0) {
            from = next
            run = 0
            continue
          }
          if (next === OUTPUT_LINE) kind = OUTPUT
        } else if (bytes[from] >= 48 && bytes[from] <= 57) {
          // `2024-01-01T10:00:00.1234567Z #12 DONE 0.1s`: GitHub's raw logs stamp every line.
          const hash = stamped(bytes, from, length)
          if (hash > 0) {
            let next = this.quick(buf, bytes, hash, nextCR)
            if (next === NEEDS_CR) {
              nextCR = nextOf(buf.indexOf(13, from), length)
              next = this.quick(buf, bytes, hash, nextCR)
            }
            if (next >= 0) {
              from = next
              run = 0
              continue
            }
          }
        }
        let end = buf.indexOf(newline, from)
        if (end < 0) end = length
        let hash = from
        if (kind === OUTPUT) run++
        else if (bytes[from] === 35 /* # */) kind = stepKind(bytes, from, end)
        else if (!every) {
          if (nextHash < from) nextHash = nextOf(buf.indexOf(35, from), length)
          if (nextHash < end && nextHash - from <= PREFIX) {
            kind = stepKind(bytes, nextHash, end)
            hash = nextHash
            // `10:10:05  #12 [2/4] RUN …`: a step line after a CI's prefix, parsed as text.
            if (kind !== OTHER && kind !== OUTPUT && kind !== SHA && normalizeLine(`${buf.toString('utf8', from, hash)}#`) !== '#') kind = OTHER
            if (kind !== OTHER && kind !== OUTPUT && kind !== SHA) kind = STEP
          }
        }
        if (kind === STATUS) {
          if (nextCR < from) nextCR = nextOf(buf.indexOf(13, from), length)
          if (nextCR >= end && this.status(bytes, hash, end)) {
            from = end + 1
            continue
          }
        }
        if (kind !== OUTPUT) run = 0
        if (kind === HEADER || kind === STATUS) kind = STEP
        if (kind === STEP || every) take(from, end, kind === STEP)
        else {
          if (nextMark < from) {
            nextMark = length
            for (let i = 0; i < markers.length; i++) {
              if (at[i] < from) at[i] = nextOf(buf.indexOf(markers[i], from), length)
              if (at[i] < nextMark) nextMark = at[i]
            }
          }
          if (nextMark < end) take(from, end, false)
          else if (run >= RUN && end < length) {
            // A step's long output (a compiler's): what comes next worth reading is a marker's
            // line or the next step's header; the lines before them are searched, not walked.
            from = this.skip(buf, end + 1, nextMark)
            run = 0
            continue
          }
        }
        from = end + 1
      }
    } finally {
      this.steps.release(buf)
    }
  }

  private readonly needle = Buffer.alloc(16)

  /**
   * The start of the first line at or after `from` that holds the next marker (at `mark`) or
   * the next step's number (`#12 `): BuildKit shows a step's header before its lines, and
   * numbers steps as it first shows them.
   */
  private skip(buf: Buffer, from: number, mark: number): number {
    let target = mark
    const found = buf.indexOf(this.needle.subarray(0, this.needle.write(`#${this.steps.nextNumber()} `, 'latin1')), from)
    if (found >= 0 && found < target) target = found
    return target >= buf.length ? buf.length : buf.lastIndexOf(this.newline, target) + 1
  }

  /**
   * `#n DONE`, `#n DONE <seconds>s` or `#n [stage i/k] INSTRUCTION` at `from`, given to `steps`:
   * where the next line starts, else -1 (or NEEDS_CR: the next CR is not known past `from`).
   */
  private quick(buf: Buffer, bytes: Uint8Array, from: number, nextCR: number): number {
    const length = bytes.length
    let p = from + 1
    let c = p < length ? bytes[p] : 0
    if (c < 49 || c > 57) return -1
    let n = 0
    while (c >= 48 && c <= 57 && p - from < 11) {
      n = n * 10 + c - 48
      c = ++p < length ? bytes[p] : 0
    }
    if (c !== 32 || p + 5 > length) return -1
    c = bytes[p + 1]
    if (c >= 48 && c <= 57) return OUTPUT_LINE
    if (c === 91 /* [ */) {
      if (nextCR < from) return NEEDS_CR
      // To the line's end, noting its first `]`: one pass over a short line costs less than two searches.
      const newline = this.newline
      const limit = Math.min(length, from + FAST_HEADER)
      let close = -1
      let end = p + 2
      for (; end < limit; end++) {
        const b = bytes[end]
        if (b === newline) break
        if (b === 93 /* ] */ && close < 0) close = end
      }
      if (end === limit && limit < length) return -1
      if (nextCR < end) return -1
      // `[stage 2/4] RUN …`: a Dockerfile step, its instruction upper case. Not BuildKit's own
      // steps (`[internal] load build definition …` names the Dockerfile, `exporting to image`
      // ends the build): their headers are parsed as text.
      if (close < 0 || close + 2 >= end || bytes[close + 1] !== 32 || bytes[close + 2] < 65 || bytes[close + 2] > 90) return -1
      if (!this.steps.header(buf, from, end, n)) return -1
      // A step of one line: its `#n DONE` next, read with its header.
      let q = end + 1
      if (q >= length || bytes[q] !== 35) return end + 1
      for (let i = from + 1; i < p; i++) if (++q >= length || bytes[q] !== bytes[i]) return end + 1
      if (++q >= length || bytes[q] !== 32) return end + 1
      const next = this.done(bytes, q + 1, n)
      return next >= 0 ? next : end + 1
    }
    return this.done(bytes, p + 1, n)
  }

  /**
   * In the log's middle a line's CR before its newline is trimmed (CRLF logs): a step line read
   * as bytes may end with one. At the end a CR splits a line (line-reader.ts): it may not.
   */
  private crEnd = false

  /** `DONE` or `DONE <seconds>s` at p to the line's end, given to `steps` as step n's end: where the next line starts, else -1. */
  private done(bytes: Uint8Array, p: number, n: number): number {
    const length = bytes.length
    if (p + 4 > length || bytes[p] !== 68 /* D */ || bytes[p + 1] !== 79 || bytes[p + 2] !== 78 || bytes[p + 3] !== 69) return -1
    p += 4
    if (this.crEnd && bytes[p] === 13 && p + 1 < length) p++
    if (p === length || bytes[p] === this.newline) return this.steps.status(n, 'done', null) ? p + 1 : -1
    // ` <seconds>s`: whole milliseconds as `Math.round(Number(seconds) * 1000)` gives them (an
    // integer over a power of ten is the nearest double to the decimal, as Number's is).
    if (bytes[p] !== 32) return -1
    let mantissa = 0
    let digits = 0
    let fraction = -1
    let c = 0
    for (p++; p < length; p++) {
      c = bytes[p]
      if (c >= 48 && c <= 57) {
        mantissa = mantissa * 10 + c - 48
        digits++
        if (fraction >= 0) fraction++
      } else if (c === 46 /* . */ && fraction < 0) fraction = 0
      else break
    }
    if (c !== 115 /* s */ || digits === 0 || digits > 15) return -1
    p++
    if (this.crEnd && bytes[p] === 13 && p + 1 < length) p++
    if (p < length && bytes[p] !== this.newline) return -1
    const ms = Math.round((mantissa / POW10[fraction < 0 ? 0 : fraction]) * 1000)
    return this.steps.status(n, 'done', ms) ? p + 1 : -1
  }

  /** `#n CACHED`, `#n CANCELED` (and a `DONE` quick() left): true when `steps` took it. */
  private status(bytes: Uint8Array, hash: number, end: number): boolean {
    if (this.crEnd && bytes[end - 1] === 13) end--
    let p = hash + 1
    let n = 0
    while (bytes[p] !== 32) n = n * 10 + bytes[p++] - 48
    p++
    if (end - p === CACHED.length && same(bytes, p, end, CACHED)) return this.steps.status(n, 'cached', null)
    if (end - p === CANCELED.length && same(bytes, p, end, CANCELED)) return this.steps.status(n, 'canceled', null)
    return false
  }
}

// What a line's start says it is.
const OTHER = 0
/** `#12 3.4 …`: a step's output. */
const OUTPUT = 1
/** `#12 sha256:…`: a layer's progress (pulled, extracted), never parsed. */
const SHA = 2
/** `#12 [build 2/4] RUN …`, unprefixed: maybe read as bytes. */
const HEADER = 3
/** `#12 DONE …`, `#12 CACHED`, `#12 CANCELED`, unprefixed: maybe read as bytes. */
const STATUS = 4
/** Any other step line: parsed as text. */
const STEP = 5
/** 10 ** i, exact up to 10 ** 22: `**` with a variable exponent is a call per line. */
const POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i)
/** quick(): the line may be one, once the next CR is known. */
const NEEDS_CR = -2
/** quick(): `#12 3.4 …`, a step's output. */
const OUTPUT_LINE = -3

// Plain typed arrays: V8 reads a Buffer's bytes (a subclass) several times slower in a hot loop.
const CACHED = word('CACHED')
const CANCELED = word('CANCELED')
const SHA256 = word('sha256:')

function word(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0))
}

/** What the line whose `#` is at `hash` is: `#<n> ` then its rest. */
function stepKind(bytes: Uint8Array, hash: number, end: number): number {
  let p = hash + 1
  // A step's number: no leading zero (its id is the text), at most 9 digits.
  if (p >= end || bytes[p] < 49 || bytes[p] > 57) return OTHER
  while (p < end && bytes[p] >= 48 && bytes[p] <= 57) p++
  if (p - hash > 10 || p >= end - 1 || bytes[p] !== 32) return OTHER
  const c = bytes[p + 1]
  if (c >= 48 && c <= 57) return OUTPUT
  if (c === 115 /* s */ && same(bytes, p + 1, end, SHA256)) return SHA
  if (c === 91 /* [ */) return HEADER
  if (c === 68 /* D */ || c === 67 /* C */) return STATUS
  return STEP
}

/**
 * Where the `#` after an ISO 8601 stamp in UTC and one space (`2024-01-01T10:00:00.1234567Z `,
 * as GitHub's raw logs and `docker --timestamps` have it) is, else -1: normalize.ts takes such
 * a stamp off, so the line from `#` is the line the grammars see.
 */
function stamped(bytes: Uint8Array, from: number, length: number): number {
  const digit = (at: number): boolean => at < length && bytes[at] >= 48 && bytes[at] <= 57
  for (let i = 0; i < STAMP.length; i++) {
    const want = STAMP[i]
    if (want === 0 ? !digit(from + i) : from + i >= length || bytes[from + i] !== want) return -1
  }
  let p = from + STAMP.length
  if (p < length && bytes[p] === 46 /* . */) {
    p++
    if (!digit(p)) return -1
    while (digit(p)) p++
  }
  return p + 2 < length && bytes[p] === 90 /* Z */ && bytes[p + 1] === 32 && bytes[p + 2] === 35 ? p + 2 : -1
}

/** `YYYY-MM-DDTHH:MM:SS`: 0 for a digit, else the byte. */
const STAMP = Uint8Array.from('0000-00-00T00:00:00', (c) => (c === '0' ? 0 : c.charCodeAt(0)))

function nextOf(found: number, length: number): number {
  return found < 0 ? length : found
}

/** Whether `word` is at `at` (all of it before `end`). */
function same(bytes: Uint8Array, at: number, end: number, word: Uint8Array): boolean {
  if (at + word.length > end) return false
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false
  return true
}
