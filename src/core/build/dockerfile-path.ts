/**
 * Which Dockerfile a build reads, in a module of its own: the plan names the build in the
 * history by it, and must not load the build inputs' parsers (csv-parse, shlex) to do so.
 */
import { join } from 'node:path'
import type { InputReader } from '../inputs.js'

/** The Dockerfile a build reads: `file`, else `Dockerfile` in the context, as docker does. */
export function dockerfilePath(read: InputReader): string {
  return read('file').trim() || join(read('context').trim() || '.', 'Dockerfile')
}
