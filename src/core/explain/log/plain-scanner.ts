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
 *
 * A long stretch of clean steps past a build's first KEEP_ALL (a generated log of millions of
 * one-line steps) is not walked either: even one search per line is slower than grep. Once the
 * last lines were such steps and no step is open, the scan leaps to a little before the next
 * `ERROR` or `Killed` (LEAP_STOPS) or the buffer's end, and counts the steps it leapt over from
 * BuildKit's numbering (steps are numbered as first shown): see `leap()` for what it checks and
 * what a leap cannot keep.
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
  /** Whether the scan may leap over steps now: past KEEP_ALL, no step open, none held. */
  canLeap(): boolean
  /** The scan leapt to step n's header: steps nextNumber() to n - 1 are counted, not read. */
  leapt(n: number): void
}

/** A CI prefix before `#n ` is at most this long (`2024-01-01T10:00:00.1234567Z ` and tags). */
const PREFIX = 120
/** Past this, a header is parsed as text (its name is kept whole, up to the line cap). */
const FAST_HEADER = 4096
/** After this many output lines in a row the scan jumps to the next marker or the next step's header. */
const RUN = 8
/** After this many clean steps in a row read as bytes the scan may leap (leap()). */
const CLEAN = 16
/** A leap over less than this is not worth its checks. */
const MIN_LEAP = 32 * 1024
/**
 * Step headers read line by line before a leap's target: the last RECENT_STEPS clean steps
 * (state.ts) are kept as the scan of every line keeps them, with some to spare.
 */
const READ_BEFORE = 128
/** A leap walks back at most this many lines for them. */
const MAX_BACK = 4096
/**
 * Within a leap, one line every SAMPLE bytes must be a step line numbered at least as high as
 * the one before: a second build (numbered from `#1` again) cannot climb back past a build's
 * first KEEP_ALL step numbers in SAMPLE bytes (a step's header alone is 9 bytes or more).
 */
const SAMPLE = 8 * 1024
/**
 * What a leap stops before: the plain markers (finders.ts) of what goes wrong inside a build,
 * not those of clean steps' ends (DONE, CACHED, CANCELED: past KEEP_ALL a canceled step is one
 * of the clean ones) nor those of a build's last lines (the error excerpt's `>>>`, the lost
 * builder's `Unavailable`): a leap never crosses a build's end, as the numbers after it do not
 * rise (leap()), and within a build they are a step's output, which no grammar reads for them.
 */
const LEAP_STOPS = ['ERROR', 'Killed'].map((m) => Buffer.from(m))

export class PlainScanner implements LineFinder {
  private readonly markers: LineFinder

  constructor(
    private readonly newline: number,
    private readonly steps: StepLines,
    /** Whether long stretches of clean steps may be leapt over (off: every step line is read). */
    private readonly leaps = true
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
    let nextTab = -1
    // At the log's end a CR splits a line in two (line-reader.ts): no line with one is read as
    // bytes there. In the middle a line is read whole, a CR at its end trimmed as text is.
    let nextCR = every ? -1 : length
    this.crEnd = !every
    let from = 0
    let run = 0
    // Clean steps read as bytes in a row, and where the last leap's checks failed: no other
    // leap is tried before there.
    let clean = 0
    let noLeapUntil = every || !this.leaps ? length : 0
    const stops = LEAP_STOPS.map(() => -1)
    try {
      while (from < length) {
        let kind = OTHER
        let stamp = -1
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
            if (++clean >= CLEAN && from >= noLeapUntil) {
              from = this.leap(buf, bytes, from, stops)
              noLeapUntil = this.leapTarget
              clean = 0
            }
            continue
          }
          if (next === OUTPUT_LINE) kind = OUTPUT
        } else {
          // `2024-01-01T10:00:00.1234567Z #12 DONE 0.1s`: GitHub's raw logs stamp every line;
          // `gh run view --log` puts the job's and the step's names before (ghColumns()).
          let hash = bytes[from] >= 48 && bytes[from] <= 57 ? stamped(bytes, from, length) : -1
          if (hash < 0) {
            if (nextTab < from) nextTab = nextOf(buf.indexOf(9, from), length)
            if (nextTab - from < GH_COLUMNS) hash = ghColumns(bytes, from, length)
          }
          stamp = hash
          if (hash > 0) {
            let next = this.quick(buf, bytes, hash, nextCR)
            if (next === NEEDS_CR) {
              nextCR = nextOf(buf.indexOf(13, from), length)
              next = this.quick(buf, bytes, hash, nextCR)
            }
            if (next >= 0) {
              from = next
              run = 0
              if (++clean >= CLEAN && from >= noLeapUntil) {
                from = this.leap(buf, bytes, from, stops)
                noLeapUntil = this.leapTarget
                clean = 0
              }
              continue
            }
          }
        }
        let end = buf.indexOf(newline, from)
        if (end < 0) end = length
        let hash = from
        if (kind === OUTPUT) run++
        else if (bytes[from] === 35 /* # */) kind = stepKind(bytes, from, end)
        else if (stamp > 0) {
          // A stamped `#12 CACHED` is read as bytes as an unstamped one is (the stamp, and gh's
          // columns, are no part of what is parsed).
          kind = stepKind(bytes, stamp, end)
          hash = stamp
          if (kind !== OTHER && kind !== OUTPUT && kind !== SHA && kind !== STATUS) kind = STEP
        } else if (!every) {
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
            clean++
            continue
          }
        }
        clean = 0
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
  /** No leap is tried again before this: the line the last leap() aimed before (or a little further on). */
  private leapTarget = 0

  /**
   * Where to read on after a leap over the clean steps at `from`, or `from` (no leap). The
   * target is the line of the next LEAP_STOPS needle (`at` holds each one's next place, searched
   * again once passed) or buf's end. The scan goes on from a step header READ_BEFORE headers before the
   * target, or from the header of the target line's step when that one is further back: the
   * last clean steps and the step a marker names are read as the scan of every line reads
   * them. The steps from nextNumber() to that header's number are counted (StepLines.leapt).
   *
   * Checked, else no leap: no step open or held (canLeap: a step's end within the leap would be
   * missed); that header's number above nextNumber(); a sampled line every SAMPLE bytes a step
   * line numbered no lower than the last (a second build starts again at `#1`, or at `#0`).
   * Not kept, only counted: a step that begins in the stretch and is not named again before
   * the target in the same buffer (one that never ends, or fails much later), and what a line
   * of the stretch that no stop holds says (a step's other lines: `naming to`, a layer's
   * progress, output). Line positions count each step leapt over as two lines (leapt()).
   */
  private leap(buf: Buffer, bytes: Uint8Array, from: number, at: number[]): number {
    const length = bytes.length
    const newline = this.newline
    let target = length
    for (let i = 0; i < LEAP_STOPS.length; i++) {
      if (at[i] < from) at[i] = nextOf(buf.indexOf(LEAP_STOPS[i], from), length)
      if (at[i] < target) target = at[i]
    }
    if (target < length) target = buf.lastIndexOf(newline, target) + 1
    this.leapTarget = target
    if (target - from < MIN_LEAP) return from
    // A step open now may end soon: tried again a little further on.
    if (!this.steps.canLeap()) {
      this.leapTarget = Math.min(target, from + MIN_LEAP)
      return from
    }
    // Back READ_BEFORE headers from the target.
    let back = target
    for (let headers = 0, lines = 0; headers < READ_BEFORE; lines++) {
      if (lines === MAX_BACK || back - 2 < from) return from
      back = buf.lastIndexOf(newline, back - 2) + 1
      if (back <= from) return from
      if (headerNumber(bytes, back, length) > 0) headers++
    }
    // The target line's step, when it begins in the stretch: read from its header.
    const next = this.steps.nextNumber()
    const named = stepNumber(bytes, target, length)
    if (named >= next) {
      const found = buf.indexOf(this.needle.subarray(0, this.needle.write(`#${named} `, 'latin1')), from)
      if (found >= 0 && found < back) {
        back = buf.lastIndexOf(newline, found - 1) + 1
        if (back <= from) return from
      }
    }
    const n = headerNumber(bytes, back, length)
    if (n <= next || back - from < MIN_LEAP) return from
    let last = next - 1
    for (let s = from + SAMPLE; s < back; s += SAMPLE) {
      const line = buf.indexOf(newline, s) + 1
      if (line <= 0 || line >= back) break
      const sampled = stepNumber(bytes, line, length)
      if (sampled < last || sampled > n) return from
      last = sampled
    }
    this.steps.leapt(n)
    return back
  }

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

/** The number of the step whose line starts at `from` (`#12 …`, maybe stamped), else -1. */
function stepNumber(bytes: Uint8Array, from: number, length: number): number {
  const space = numberEnd(bytes, from, length)
  return space < 0 ? -1 : readNumber(bytes, space)
}

/** stepNumber() of a step's header (`#12 [build 2/4] RUN make`), else -1. */
function headerNumber(bytes: Uint8Array, from: number, length: number): number {
  const space = numberEnd(bytes, from, length)
  return space < 0 || space + 1 >= length || bytes[space + 1] !== 91 /* [ */ ? -1 : readNumber(bytes, space)
}

/** Where the space after `#<n>` at the line's start (after a stamp) is, else -1. */
function numberEnd(bytes: Uint8Array, from: number, length: number): number {
  let p = from
  if (p < length && bytes[p] !== 35 /* # */) {
    p = stamped(bytes, from, length)
    if (p < 0) p = ghColumns(bytes, from, length)
    if (p < 0) return -1
  }
  const first = ++p
  // A step's number: no leading zero, at most 9 digits.
  if (p >= length || bytes[p] < 49 || bytes[p] > 57) return -1
  while (p < length && bytes[p] >= 48 && bytes[p] <= 57) p++
  return p - first <= 9 && p < length && bytes[p] === 32 ? p : -1
}

/** The digits before `space`. */
function readNumber(bytes: Uint8Array, space: number): number {
  let n = 0
  let scale = 1
  for (let p = space - 1; bytes[p] !== 35 /* # */; p--, scale *= 10) n += (bytes[p] - 48) * scale
  return n
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

/**
 * Where the `#` after the GitHub CLI's columns and a stamped() stamp is, else -1: `gh run view
 * --log` (and `--log-failed`) writes `<job>\t<step>\t` before each line of GitHub's raw log
 * (cli/cli pkg/cmd/run/view), a step file's first line with its BOM before the stamp. Two
 * columns, neither empty, within GH_COLUMNS bytes, then the stamp: normalize.ts takes off that
 * shape alone, so the line from `#` is the line the grammars see.
 */
function ghColumns(bytes: Uint8Array, from: number, length: number): number {
  const limit = Math.min(length, from + GH_COLUMNS)
  let tabs = 0
  let p = from
  for (; p < limit; p++) {
    const b = bytes[p]
    if (b === 9 /* \t */) {
      if (p === from || bytes[p - 1] === 9) return -1
      if (++tabs === 2) break
    } else if (b === 10 || b === 13) return -1
  }
  if (tabs < 2) return -1
  p++
  if (p + 2 < length && bytes[p] === 0xef && bytes[p + 1] === 0xbb && bytes[p + 2] === 0xbf) p += 3
  return stamped(bytes, p, length)
}

/** gh's two columns are at most this long (a job's and a step's names, as their authors wrote them). */
const GH_COLUMNS = 1024

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
