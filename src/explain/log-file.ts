import { createReadStream } from 'node:fs'
import { InputError } from '../core/errors.js'
import { BuildLogAnalyzer, type BuildLogAnalysis } from '../core/explain/build-log.js'

/** Streams a build log through the analyzer: memory stays the same whatever the log's size. */
export async function analyzeLogFile(path: string): Promise<BuildLogAnalysis> {
  const analyzer = new BuildLogAnalyzer()
  // Big reads: the analyzer's cost is per chunk and per marked line, not per byte.
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 })
  try {
    for await (const chunk of stream) analyzer.push(chunk as Buffer)
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    if (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES') throw new InputError(`cannot read the build log ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : 'permission denied'}`)
    throw error
  }
  return analyzer.end()
}
