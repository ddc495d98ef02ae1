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
