import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { InputError } from '../core/errors.js'
import { BuildLogAnalyzer, type BuildLogAnalysis } from '../core/explain/build-log.js'

const CHUNK = 1024 * 1024

/**
 * Streams a build log through the analyzer. One buffer is read into again and again, so
 * memory stays the same whatever the log's size.
 */
export async function analyzeLogFile(path: string): Promise<BuildLogAnalysis> {
  let file
  try {
    // O_NONBLOCK: a FIFO with no writer opens at once and is refused below instead of hanging.
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(`cannot read the build log ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`)
  }
  try {
    if (!(await file.stat()).isFile()) throw new InputError(`cannot read the build log ${path}: it is not a regular file`)
    const analyzer = new BuildLogAnalyzer()
    const buffer = Buffer.allocUnsafe(CHUNK)
    for (;;) {
      let bytesRead: number
      try {
        ;({ bytesRead } = await file.read(buffer, 0, CHUNK, null))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new InputError(`cannot read the build log ${path}: it is a directory`)
        throw error
      }
      if (bytesRead === 0) break
      analyzer.push(buffer.subarray(0, bytesRead))
    }
    return analyzer.end()
  } finally {
    await file.close()
  }
}
