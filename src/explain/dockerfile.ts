import path from 'node:path'
import type { MappedDockerfile } from '../core/explain/find-instruction.js'
import { FileError } from '../core/errors.js'
import { readRegularFile } from '../files/read.js'

/** A Dockerfile larger than this is not one. */
const MAX_DOCKERFILE = 1024 * 1024

/**
 * A build's Dockerfile read and mapped to its instructions, with its path relative to the
 * workspace as annotations need it; null when it is not a readable regular file. The parser is
 * loaded here, on the first Dockerfile there is: a log explained alone never loads it.
 */
export async function readDockerfile(workspace: string, file: string): Promise<MappedDockerfile | null> {
  try {
    return await readGivenDockerfile(workspace, file)
  } catch {
    return null
  }
}

/**
 * As readDockerfile, for a Dockerfile the user named (`--file`): one FileError that says why
 * it cannot be read ("no such file", "it is a directory", larger than 1 MiB), under the name given.
 */
export async function readGivenDockerfile(workspace: string, file: string): Promise<MappedDockerfile> {
  const absolute = path.resolve(workspace, file)
  let content: string
  try {
    content = readRegularFile(absolute, MAX_DOCKERFILE, 'the Dockerfile').toString('utf8')
  } catch (error) {
    if (!(error instanceof FileError)) throw error
    throw new FileError(error.message.replace(absolute, file), error.code)
  }
  const { mapDockerfile } = await import('../core/explain/dockerfile-map.js')
  return { path: path.relative(workspace, absolute).split(path.sep).join('/'), instructions: mapDockerfile(content) }
}
