import { writeSync } from 'node:fs'

/**
 * Writes to standard output without `process.stdout`: creating that stream loads some twenty of
 * Node's own modules, ~5 % of a bare `node -e 0`, for the one write `plan` and `detect` make
 * (bench/plan-startup.mjs). A non-blocking pipe that is full (EAGAIN) gets the rest through the
 * stream, which waits for it; a reader that has gone (EPIPE) gets nothing more.
 */
export function print(text: string): void {
  const bytes = Buffer.from(text)
  let done = 0
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EAGAIN') process.stdout.write(bytes.subarray(done))
    else if (code !== 'EPIPE') throw error
  }
}
