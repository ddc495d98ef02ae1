import { capture, type Captured } from '../runners/process.js'

/** Docker Desktop.exe is started through the one process runner too. */
export { launchDetached } from '../runners/process.js'

export type CommandResult = Captured

/** Runs a command to its end, or kills it at the timeout; never throws. */
export function runCommand(argv: readonly string[], timeoutMs: number): Promise<CommandResult> {
  return capture(argv[0], argv.slice(1), { timeoutMs })
}

/** What a failed command said, in one line, for the log and the error. */
export function describeFailure(argv: readonly string[], r: CommandResult): string {
  if (r.missing) return `${argv[0]} is not installed`
  if (r.timedOut) return `${argv.join(' ')} did not finish in time`
  const lines = (r.stderr + '\n' + r.stdout)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  // Tools that log progress (colima) put the reason last; prefer the line that names an error.
  const said = lines.find((l) => /error|fatal|fail|denied|not /i.test(l)) ?? lines[0]
  return `${argv.join(' ')} exited ${r.code}${said ? `: ${said}` : ''}`
}
