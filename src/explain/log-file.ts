import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { FileError } from '../core/errors.js'
import { errorCode, kindOf, reason } from '../files/errno.js'
import { BuildLogAnalyzer, type BuildLogAnalysis } from '../core/explain/build-log.js'

// 128 KiB (bench/explain-throughput.mjs, a 1 GiB log from the page cache): 256 KiB reads spent
// three times the system time (0.63-0.74 s against 0.20-0.25 s) and made explain 30 % slower;
// 1 MiB reads also peaked ~2.5 MB higher; 64 KiB was no faster than 128.
const CHUNK = 128 * 1024

/** Streams a build log through the analyzer: its last build (a log the action captured holds one). */
export function analyzeLogFile(path: string): BuildLogAnalysis {
  const builds = analyzeLogFileBuilds(path)
  return builds[builds.length - 1]
}

/**
 * Every build of a log, streamed: one buffer is read into again and again, so memory stays
 * the same whatever the log's size. The reads are synchronous, as grep's are: a regular file's
 * read is a copy from the page cache, and a round trip through libuv's thread pool for each
 * one left explain waiting on the pool for a third of its time and its speed varying from run
 * to run by half.
 */
export function analyzeLogFileBuilds(path: string): BuildLogAnalysis[] {
  let fd
  try {
    // Non-blocking: a FIFO must not hang the open waiting for a writer; it is refused below.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw new FileError(`cannot read the build log ${path}: ${reason(error)}`, errorCode(error))
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new FileError(`cannot read the build log ${path}: it is a directory`, 'EISDIR')
    if (!stat.isFile()) throw new FileError(`cannot read the build log ${path}: it is ${kindOf(stat)}, not a regular file (save the log to a file first)`)
    const analyzer = new BuildLogAnalyzer()
    // Read straight into the analyzer's ring: a copy of each chunk was a tenth of a tiny-step log's time.
    while (analyzer.read((into) => readSync(fd, into, 0, into.length, null), CHUNK) > 0);
    return analyzer.endBuilds()
  } finally {
    closeSync(fd)
  }
}
