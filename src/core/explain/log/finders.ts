/**
 * Which lines of a log's long middle are parsed (see line-reader.ts): those holding a rare
 * marker of the log's format, and, in plain logs, each step's first line.
 */
import type { LineFinder } from './line-reader.js'
import { normalizeLine } from './normalize.js'
import type { LogFormat } from './types.js'

// Each marker is a rare string, so a search for it runs at memory speed. Node's search slows
// down fourfold for needles of 8 bytes or more and with a common first byte: the markers are
// short and start rare (`ANCELED` finds CANCELED, `Unavail` the daemon's `code = Unavailable`).
const MARKERS: Record<LogFormat, Buffer[]> = {
  plain: ['DONE', 'ACHED', 'ERROR', 'ANCELED', 'Killed', '>>>', 'Unavail'].map((m) => Buffer.from(m)),
  legacy: ['Step ', 'Running', 'Killed', 'non-zer', 'Success', 'ERROR', 'Unavail'].map((m) => Buffer.from(m)),
  rawjson: ['vertexe', '"logs"', 'ERROR', '>>>', 'Unavail'].map((m) => Buffer.from(m))
}

export function markerFinder(format: LogFormat, newline: number): LineFinder {
  const markers = MARKERS[format]
  return {
    find(buf, starts) {
      for (const marker of markers) {
        let at = buf.indexOf(marker)
        while (at >= 0) {
          starts.push((at === 0 ? 0 : buf.lastIndexOf(newline, at) + 1) * 2)
          const end = buf.indexOf(newline, at)
          if (end < 0) break
          at = buf.indexOf(marker, end + 1)
        }
      }
    },
    marks: (line) => markers.some((m) => line.includes(m))
  }
}

/**
 * BuildKit numbers steps in the order it shows them, and a step's first line is its header:
 * the finder looks for the first line of the next numbers (`#12 `), forward from the last one
 * found, so that a log of two million one-line steps is searched once, not once per step.
 */
export class PlainStepFinder implements LineFinder {
  nextStep = 0
  private readonly markers: LineFinder

  constructor(private readonly newline: number) {
    this.markers = markerFinder('plain', newline)
  }

  private readonly needleBuffer = Buffer.alloc(24)

  /** `#k ` as bytes, in one buffer reused (a search per step header). */
  private needle(k: number): Buffer {
    const n = this.needleBuffer.write(`#${k} `, 'latin1')
    return this.needleBuffer.subarray(0, n)
  }

  marks(line: Buffer): boolean {
    return this.markers.marks(line)
  }

  find(buf: Buffer, starts: number[]): void {
    this.markers.find(buf, starts)
    if (this.nextStep === 0) this.nextStep = Math.max(0, Number(/#(\d+) /.exec(buf.toString('latin1', 0, Math.min(buf.length, 64 * 1024)))?.[1] ?? 1) - 1)
    // Numbers can come slightly out of order (#2 before #1) or be skipped, so a few are tried;
    // but each miss is a search of the whole slice, and most slices are output of known steps:
    // when the slice's last line is of a step already seen, only the next number is tried.
    const end = buf.length - 1
    const lastStart = buf.lastIndexOf(this.newline, end - 1) + 1
    const lastNumber = Number(/#(\d+) /.exec(buf.toString('latin1', lastStart, Math.min(end, lastStart + 160)))?.[1] ?? -1)
    let from = 0
    for (;;) {
      let found = -1
      const tries = lastNumber >= 0 && lastNumber < this.nextStep ? 1 : 3
      for (let k = this.nextStep; k < this.nextStep + tries && found < 0; k++) {
        found = this.stepLine(buf, this.needle(k), from)
        if (found >= 0) this.nextStep = k + 1
      }
      if (found < 0) return
      starts.push(found * 2 + 1)
      from = found
    }
  }

  /** The start of the line where step `needle` begins: forward from `from`, else a little before it. */
  private stepLine(buf: Buffer, needle: Buffer, from: number): number {
    // `#12 ` in a line's text is looked past, a few times: a step's first line comes before its output.
    let tries = 16
    for (let at = buf.indexOf(needle, from); at >= 0 && tries-- > 0; at = buf.indexOf(needle, at + 1)) {
      const line = this.stepLineAt(buf, at, needle.length)
      if (line >= 0) return line
    }
    // Out of order: the step began shortly before the one found last.
    const back = Math.max(0, from - 4096)
    const before = buf.subarray(back, from)
    tries = 16
    for (let at = before.indexOf(needle); at >= 0 && tries-- > 0; at = before.indexOf(needle, at + 1)) {
      const line = this.stepLineAt(buf, back + at, needle.length)
      if (line >= 0) return line
    }
    return -1
  }

  /** Where the line starts when `#k ` at `at` begins it (after a CI's prefix) and is no output line (`#k 12.3 …`). */
  private stepLineAt(buf: Buffer, at: number, length: number): number {
    const next = buf[at + length]
    if (next === undefined || (next >= 48 && next <= 57)) return -1
    const start = at === 0 ? 0 : buf.lastIndexOf(this.newline, at - 1) + 1
    if (start === at) return start
    if (at - start > 120) return -1
    return normalizeLine(`${buf.toString('utf8', start, at)}#`) === '#' ? start : -1
  }
}
