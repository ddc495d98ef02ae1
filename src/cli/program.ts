import { Command, CommanderError } from 'commander'
import { InputError } from '../core/errors.js'
import { detectCommand } from './commands/detect.js'
import { planCommand } from './commands/plan.js'
import { resizeCommand } from './commands/resize.js'

export function program(): Command {
  return new Command('docker-memory')
    .description('Plan, enforce and explain memory limits for Docker builds in CI')
    .showSuggestionAfterError(true)
    .addCommand(detectCommand())
    .addCommand(planCommand())
    .addCommand(resizeCommand())
}

/** Runs the CLI; a bad input ends with one line on stderr and exit status 1, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  const cli = program().exitOverride()
  try {
    await cli.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own one-line message (or the help) already.
      process.exitCode = error.exitCode
    } else if (error instanceof InputError) {
      process.stderr.write(`docker-memory: ${error.message}\n`)
      process.exitCode = 1
    } else {
      process.stderr.write(`docker-memory: ${(error as Error).message}\n`)
      process.exitCode = 1
    }
  }
}
