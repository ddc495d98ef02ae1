import { writeSync } from 'node:fs'

/** 64 Ki characters at a time: a long output (explain's JSON of a long log) is never also one big buffer. */
const SLICE = 64 * 1024

/** Set once fd 1 could not take a write: from then on, everything goes through the stream, in order. */
let viaStream = false

/**
 * Writes to standard output without `process.stdout`: creating that stream loads some twenty of
 * Node's own modules, ~5 % of a bare `node -e 0`, for the one write `plan` and `detect` make
 * (bench/plan-startup.mjs). A non-blocking pipe that is full (a partial write, EAGAIN) gets the
 * rest, and every later print, through the stream, which waits for the reader; a reader that has
 * gone (EPIPE) gets nothing more.
 */
export function print(text: string): void {
  if (viaStream) {
    process.stdout.write(text)
    return
  }
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + SLICE)
    // Never between the two halves of a surrogate pair, which would each become U+FFFD.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--
    const piece = text.slice(at, end)
    let written
    try {
      written = writeSync(1, piece)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EPIPE') return
      if (code !== 'EAGAIN') throw error
      written = 0
    }
    if (written < Buffer.byteLength(piece)) {
      viaStream = true
      process.stdout.write(Buffer.from(piece).subarray(written))
      process.stdout.write(text.slice(end))
      return
    }
    at = end
  }
}
