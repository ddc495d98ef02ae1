import { writeSync } from 'node:fs'

/** 64 Ki characters at a time: a long output (explain's JSON of a long log) is never also one big buffer. */
const SLICE = 64 * 1024

const PAUSE = new Int32Array(new SharedArrayBuffer(4))

/**
 * Writes to standard output without `process.stdout`: creating that stream loads some twenty of
 * Node's own modules, ~5 % of a bare `node -e 0`, for the one write `plan` and `detect` make
 * (bench/plan-startup.mjs). A reader that has gone (EPIPE) gets nothing more.
 */
export function print(text: string): void {
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + SLICE)
    // Never between the two halves of a surrogate pair, which would each become U+FFFD.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--
    const piece = text.slice(at, end)
    try {
      const written = whenWritable(() => writeSync(1, piece))
      if (written < Buffer.byteLength(piece)) {
        const bytes = Buffer.from(piece)
        for (let done = written; done < bytes.length;) done += whenWritable(() => writeSync(1, bytes, done))
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') return
      throw error
    }
    at = end
  }
}

/**
 * A write to fd 1, tried again a millisecond later while a non-blocking pipe is full (EAGAIN:
 * making process.stdout, as @actions/core's writes do, makes a pipe on fd 1 non-blocking): the
 * wait a blocking fd would make, where handing the rest to the stream would hold it all in
 * memory and let a later write overtake it.
 */
function whenWritable(write: () => number): number {
  for (;;) {
    try {
      return write()
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(PAUSE, 0, 0, 1)
    }
  }
}
