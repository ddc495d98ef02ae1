/**
 * Reads a log's bytes into the lines worth parsing, in order, in time linear in the log's size
 * and memory independent of it. The log's last WINDOW bytes are read whole, line by line: the
 * end of a log is where a build says why it ended, in any words, and a paste is all end. Before
 * that, a 1 GiB log is mostly compiler output that decoding alone would read slower than grep:
 * those bytes stay bytes, searched for a few literal markers (`Buffer.indexOf`, memchr speed),
 * and only the lines holding one (or a step's first line, `LineFinder`) are decoded.
 */
import { MAX_LINE_BYTES } from './line-cap.js'

/** How much of the log's end is read line by line. */
export const WINDOW = 512 * 1024
/** A line this long or longer keeps only its head and its tail (what is read of a line is at its ends). */
export const LINE_CAP = MAX_LINE_BYTES
const LINE_HEAD = LINE_CAP / 4
const LINE_TAIL = LINE_CAP / 4
const ELLIPSIS = Buffer.from(' … ')
/**
 * A chunk is searched this much at a time, so no search or copy grows with the chunk. 4 MiB, not
 * 1: on a log of two million one-line steps each slice read ends with the 128 step headers before
 * it, read line by line (plain-scanner.ts, leap()), and that reading, with what it made V8
 * compile, was 13 % of explain's instructions (valgrind, 977 M → 849 M); the ring's 3 MiB more
 * put the peak at 57–60 MB, under the 64 MB that bench/explain-throughput.mjs allows.
 */
const SLICE = 4 * 1024 * 1024
/**
 * The ring holds the window and up to a SLICE more: what falls out of the window is read fast a
 * slice at a time, whatever the size of the chunks pushed (a file is read 128 KiB at a time),
 * so what is done once per buffer read fast (a leap over clean steps, plain-scanner.ts) is done
 * once per 4 MiB.
 */
const RING = WINDOW + SLICE

/** Called for each line to parse, at buf[start, end) without its newline; `step`: found as a step's line, not by a marker. */
export type Take = (start: number, end: number, step: boolean) => void

/** Finds the lines of a log's bytes to parse, in order. */
export interface LineFinder {
  /** Each line of buf to parse (every one when `every`), through `take`; buf holds whole lines. */
  scan(buf: Buffer, take: Take, every: boolean): void
  /** Markers: a cut line is parsed only when what is left of it holds one (or it was found as a step's line). */
  marks(line: Buffer): boolean
}

export interface LineSink {
  /** One line, without its end. */
  line(text: string): void
  /** Called once, with the log's first bytes, before any line: the sink picks its finder. */
  start(head: Buffer): { finder: LineFinder; newline: number }
}

export class LineReader {
  /**
   * The last bytes seen (the window and what is about to fall out of it), in a ring: each byte
   * is copied once, into memory allocated once (a copy per chunk outlived its chunk and piled
   * up until a full GC).
   */
  private readonly ring = Buffer.allocUnsafe(RING)
  private ringStart = 0
  private ringLength = 0
  private finder: LineFinder | null = null
  private newline = 10
  /** The line that goes on in the next slice: whole below LINE_CAP, else its head and tail. */
  private pending: Buffer[] = []
  private pendingLength = 0
  private pendingCut = false

  constructor(private readonly sink: LineSink) {}

  push(chunk: Uint8Array | string): void {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    // What falls out of the window, wherever the chunks were cut, is read fast: the same log
    // gives the same lines to read fast and whole however it is fed.
    if (this.ringLength + bytes.length > RING) {
      let over = this.ringLength + bytes.length - WINDOW
      const fromRing = this.fastFromRing(over)
      over -= fromRing
      if (over > 0) {
        this.fast(bytes.subarray(0, over))
        bytes = bytes.subarray(over)
      }
    }
    // Into the ring, in one or two copies.
    const at = (this.ringStart + this.ringLength) % RING
    const first = Math.min(bytes.length, RING - at)
    bytes.copy(this.ring, at, 0, first)
    if (first < bytes.length) bytes.copy(this.ring, 0, first)
    this.ringLength += bytes.length
  }

  /**
   * Reads the log's next bytes straight into the ring (no copy, where push() copies a chunk):
   * `read` fills the buffer it is given, at most `max` bytes, and says how many it read (0: the
   * log's end). Returns that count.
   */
  read(read: (into: Buffer) => number, max: number): number {
    // Room for `max` where there is some to make: what lies past the window. A `max` above a SLICE
    // leaves the ring full, and the next call makes room.
    if (RING - this.ringLength < max) this.fastFromRing(Math.max(0, this.ringLength - WINDOW))
    const at = (this.ringStart + this.ringLength) % RING
    const count = read(this.ring.subarray(at, at + Math.min(max, RING - at, RING - this.ringLength)))
    this.ringLength += count
    return count
  }

  /** Reads fast the ring's first `length` bytes at most, and drops them: how many it read. */
  private fastFromRing(length: number): number {
    const fromRing = Math.min(length, this.ringLength)
    for (const part of this.ringParts(fromRing)) this.fast(part)
    this.ringStart = (this.ringStart + fromRing) % RING
    this.ringLength -= fromRing
    return fromRing
  }

  /** The rest: the window, every line of it. */
  end(): void {
    this.started()
    if (this.ringLength > WINDOW) this.fastFromRing(this.ringLength - WINDOW)
    const rest = Buffer.concat([this.takeLine(), ...this.ringParts(this.ringLength)])
    this.ringLength = 0
    this.finder!.scan(
      rest,
      (start, end) => {
        let bytes: Buffer = rest.subarray(start, end)
        if (bytes.length >= LINE_CAP) bytes = cut(rest, start, end)
        // A line ended by CR alone, or redrawn by CRs (a tty progress bar): each part is a line.
        const text = bytes.toString('utf8')
        if (text.includes('\r')) for (const part of text.split('\r')) this.sink.line(part)
        else this.sink.line(text)
      },
      true
    )
  }

  /** The ring's first `length` bytes, as one or two pieces. */
  private ringParts(length: number): Buffer[] {
    const first = Math.min(length, RING - this.ringStart)
    const parts = [this.ring.subarray(this.ringStart, this.ringStart + first)]
    if (first < length) parts.push(this.ring.subarray(0, length - first))
    return parts
  }

  private fast(bytes: Buffer): void {
    this.started()
    for (let at = 0; at < bytes.length; at += SLICE) this.fastSlice(bytes.subarray(at, Math.min(bytes.length, at + SLICE)))
  }

  private started(): void {
    if (this.finder) return
    const head = Buffer.concat(this.ringParts(Math.min(this.ringLength, 64 * 1024)))
    const { finder, newline } = this.sink.start(head)
    this.finder = finder
    this.newline = newline
  }

  private fastSlice(bytes: Buffer): void {
    const first = bytes.indexOf(this.newline)
    if (first < 0) return this.hold(bytes)
    let body = bytes
    if (this.pendingLength > 0) {
      this.hold(bytes.subarray(0, first + 1))
      this.scan(this.takeLine())
      body = bytes.subarray(first + 1)
    }
    const last = body.lastIndexOf(this.newline)
    if (last >= 0) this.scan(body.subarray(0, last + 1))
    this.hold(body.subarray(last + 1))
  }

  /** Keeps a piece of the unfinished line (a copy: the slice's buffer is reused). */
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

  private takeLine(): Buffer {
    // A cut line keeps its newline at the end of its tail.
    const line = this.pendingCut ? Buffer.concat([this.pending[0], ELLIPSIS, this.pending[1]]) : Buffer.concat(this.pending)
    this.pending = []
    this.pendingLength = 0
    this.pendingCut = false
    return line
  }

  /** Parses the found lines of buf, whole lines each ending with a newline. */
  private scan(whole: Buffer): void {
    this.finder!.scan(
      whole,
      (start, end, step) => {
        let bytes: Buffer = whole.subarray(start, end)
        if (end - start >= LINE_CAP) {
          bytes = cut(whole, start, end)
          // As a line held across slices is: only what its head and tail hold is read.
          if (!step && !this.finder!.marks(bytes)) return
        }
        let text = bytes.toString('utf8')
        if (text.endsWith('\r')) text = text.slice(0, -1)
        this.sink.line(text)
      },
      false
    )
  }
}

/** A line too long to keep whole: its head and its tail. */
function cut(buf: Buffer, start: number, end: number): Buffer {
  return Buffer.concat([buf.subarray(start, start + LINE_HEAD), ELLIPSIS, buf.subarray(end - LINE_TAIL, end)])
}
