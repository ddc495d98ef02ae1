import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { InputError } from '../core/errors.js'
import { BuildLogAnalyzer, type BuildLogAnalysis } from '../core/explain/build-log.js'

// 256 KiB: with 1 MiB reads, explain on a 1 GiB log peaked ~2.5 MB higher and ran no faster
// (bench/explain-throughput.mjs); at 64 KiB the reads' own cost shows.
const CHUNK = 256 * 1024

/** Streams a build log through the analyzer: its last build (a log the action captured holds one). */
export async function analyzeLogFile(path: string): Promise<BuildLogAnalysis> {
  const builds = await analyzeLogFileBuilds(path)
  return builds[builds.length - 1]
}

/**
 * Every build of a log, streamed: one buffer is read into again and again, so memory stays
 * the same whatever the log's size.
 */
export async function analyzeLogFileBuilds(path: string): Promise<BuildLogAnalysis[]> {
  let file
  try {
    // Non-blocking: a FIFO must not hang the open waiting for a writer; it is refused below.
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      `cannot read the build log ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`
    )
  }
  try {
    const stat = await file.stat()
    if (stat.isDirectory()) throw new InputError(`cannot read the build log ${path}: it is a directory`)
    if (!stat.isFile()) throw new InputError(`cannot read the build log ${path}: not a regular file (save the log to a file first)`)
    const analyzer = new BuildLogAnalyzer()
    const buffer = Buffer.allocUnsafe(CHUNK)
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null)
      if (bytesRead === 0) break
      analyzer.push(buffer.subarray(0, bytesRead))
    }
    return analyzer.endBuilds()
  } finally {
    await file.close()
  }
}
