/** What a grammar is given: the build being read, and a way to start the next one. */
import type { BuildState } from '../state.js'
import type { LogFormat } from '../types.js'

export interface LogContext {
  readonly build: BuildState
  readonly format: LogFormat
  /** The log goes on with another build: what was read so far is one build. */
  startBuild(): BuildState
  /** Lines found inside a line (the engine API's JSON stream): read as the log's own. */
  feed(text: string): void
}

/**
 * One log grammar: takes a line (without CI prefixes, see normalize.ts) when it is its own and
 * says so; lines no grammar takes are a step's output (see tool-messages.ts).
 */
export type Grammar = (line: string, ctx: LogContext) => boolean
