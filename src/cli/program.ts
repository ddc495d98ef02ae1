import { Command, CommanderError } from 'commander'
// esbuild inlines package.json into the bundle, so the version printed is the one it was built from.
import packageJson from '../../package.json' with { type: 'json' }

/**
 * Each command is loaded only when it runs: `plan` must start fast (bench/plan-startup.mjs),
 * and `explain` alone pulls in the Dockerfile parser.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  detect: async () => (await import('./commands/detect.js')).detectCommand(),
  plan: async () => (await import('./commands/plan.js')).planCommand(),
  explain: async () => (await import('./commands/explain.js')).explainCommand(),
  history: async () => (await import('./commands/history.js')).historyCommand(),
  build: async () => (await import('./commands/build.js')).buildCommand(),
  resize: async () => (await import('./commands/resize.js')).resizeCommand(),
  bind: async () => (await import('./commands/bind.js')).bindCommand(),
  release: async () => (await import('./commands/bind.js')).releaseCommand()
}

export async function program(name?: string): Promise<Command> {
  const cli = new Command('docker-memory')
    .description('Plan, enforce and explain memory limits for Docker builds in CI')
    .version(packageJson.version)
    .showSuggestionAfterError(true)
  const names = name !== undefined && name in COMMANDS ? [name] : Object.keys(COMMANDS)
  for (const command of await Promise.all(names.map((n) => COMMANDS[n]()))) cli.addCommand(command)
  return cli
}

/** Runs the CLI; a bad input ends with one line on stderr and exit status 1, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    const cli = (await program(argv[2])).exitOverride()
    await cli.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own one-line message (or the help) already.
      process.exitCode = error.exitCode
    } else {
      process.stderr.write(`docker-memory: ${(error as Error).message}\n`)
      process.exitCode = 1
    }
  }
}
