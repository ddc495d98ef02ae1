/**
 * Splits a byte stream into lines in one pass, each byte looked at once. A line longer than
 * `maxBytes` keeps its head and its tail and says how much was cut between them, so a build
 * that prints hundreds of megabytes without a newline costs `maxBytes` of memory, not a string
 * longer than V8 allows (which ended `build` with a stack trace).
 */
import { MAX_LINE_BYTES } from '../core/explain/log/line-cap.js'

export { MAX_LINE_BYTES }

export interface LineSplitter {
  push(chunk: Buffer): void
  /** The last line, when the stream did not end with a newline. */
  end(): void
}

export function splitLines(onLine: (line: string) => void, maxBytes = MAX_LINE_BYTES): LineSplitter {
  const half = Math.floor(maxBytes / 2)
  let head: Buffer[] = []
  let headBytes = 0
  // The tail is kept only once the head is full: the last `half` bytes seen since.
  let tail: Buffer = Buffer.alloc(0)
  let cut = 0

  const add = (piece: Buffer): void => {
    const room = half - headBytes
    if (room > 0) {
      head.push(piece.subarray(0, room))
      headBytes += Math.min(room, piece.length)
      piece = piece.subarray(room)
    }
    if (piece.length === 0) return
    const joined = piece.length >= half ? piece : Buffer.concat([tail, piece])
    const keep = joined.subarray(Math.max(0, joined.length - half))
    cut += tail.length + piece.length - keep.length
    tail = Buffer.from(keep)
  }
  const line = (text: string): void => onLine(text.endsWith('\r') ? text.slice(0, -1) : text)
  const emit = (): void => {
    let text = Buffer.concat(head).toString('utf8')
    if (cut > 0) text += ` … [${cut} bytes of this line cut] … `
    text += tail.toString('utf8')
    head = []
    headBytes = 0
    tail = Buffer.alloc(0)
    cut = 0
    line(text)
  }
  return {
    push(chunk) {
      let from = 0
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        // Most lines: whole in this chunk and not too long, decoded straight from it (no
        // subarray, no concat: a build printing millions of lines made V8 grow its young
        // generation for their garbage, bench/build-log-memory.mjs).
        if (headBytes === 0 && nl - from <= maxBytes) line(chunk.toString('utf8', from, nl))
        else {
          add(chunk.subarray(from, nl))
          emit()
        }
        from = nl + 1
      }
      if (from < chunk.length) add(chunk.subarray(from))
    },
    end() {
      if (headBytes > 0 || tail.length > 0) emit()
    }
  }
}
