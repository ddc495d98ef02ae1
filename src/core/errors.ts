// The error classes that code checks with `instanceof`. scripts/bundle.mjs makes this module
// one file in dist/ that every bundle loads, so each class exists once at run time, whichever
// bundle threw it and whichever caught it (__tests__/bundle/one-copy.test.ts).

/**
 * A problem with what the user asked for. Its message is one line, shown as it is
 * (an `::error` in the action, `docker-memory: …` in the CLI), never with a stack trace.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/**
 * A file that cannot be read, written or locked: the path may be the user's, the fault is the
 * machine's (missing, a FIFO, no permission, held by another run). Its message is one line with
 * the path and what to do, shown as an InputError's is; `code` is the errno code when there
 * was one (ENOENT lets a caller treat "absent" as "empty").
 */
export class FileError extends Error {
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message)
    this.name = 'FileError'
  }
}

/**
 * docker or its engine is missing, away or refused what every run needs (`docker version`,
 * `buildx history ls`): not the user's input, but a state of the machine they can fix, said in one line.
 */
export class EngineError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EngineError'
  }
}

/**
 * The message to show alone, without "failed:" and without a stack, for the errors that were
 * written for a person to read (InputError, FileError, EngineError); null for a fault nobody foresaw.
 */
export function messageForUser(error: unknown): string | null {
  return error instanceof InputError || error instanceof FileError || error instanceof EngineError ? error.message : null
}

/** A history file that is not a well-formed history (src/core/history/peaks.ts reads them). */
export class HistoryFormatError extends Error {
  constructor(
    message: string,
    /** `newer`: written by a later version, so it must not be overwritten. */
    readonly kind: 'corrupt' | 'newer'
  ) {
    super(message)
    this.name = 'HistoryFormatError'
  }
}
