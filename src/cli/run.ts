import { Command, CommanderError } from 'commander'
// esbuild inlines package.json into the bundle, so the version printed is the one it was built from.
import packageJson from '../../package.json' with { type: 'json' }

/** The CLI's commands by name, each made when it runs. */
export type Commands = Record<string, () => Promise<Command>>

/** The program with the command `name` only, or with every command when `name` is none of them (help, typos). */
export async function programOf(commands: Commands, name?: string): Promise<Command> {
  const cli = new Command('docker-memory')
    .description('Plan, enforce and explain memory limits for Docker builds in CI')
    .version(packageJson.version)
    .showSuggestionAfterError(true)
  const names = name !== undefined && Object.hasOwn(commands, name) ? [name] : Object.keys(commands)
  for (const command of await Promise.all(names.map((n) => commands[n]()))) cli.addCommand(command)
  return cli
}

/** Runs the CLI; a bad input ends with one line on stderr and exit status 1, never a stack trace. */
export async function runCli(argv: string[], commands: Commands): Promise<void> {
  try {
    const cli = (await programOf(commands, argv[2])).exitOverride()
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
