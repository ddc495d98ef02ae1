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
