// The action's main step is bundled apart from the build runner and history it loads lazily
// (scripts/bundle.mjs), so each carries its own copy of this class: `instanceof` checks a mark
// shared by every copy instead of the class's identity.
const INPUT_ERROR = Symbol.for('docker-memory-action.InputError')

/**
 * A problem with what the user asked for. Its message is one line, shown as it is
 * (an `::error` in the action, `docker-memory: …` in the CLI), never with a stack trace.
 */
export class InputError extends Error {
  readonly [INPUT_ERROR] = true

  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[INPUT_ERROR] === true
  }
}
