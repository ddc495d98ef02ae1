import { execFile, spawn } from 'node:child_process'

export interface CommandResult {
  /** null when the command is missing or was killed at the timeout. */
  code: number | null
  stdout: string
  stderr: string
  missing: boolean
  timedOut: boolean
}

/** Runs a command to its end, or kills it at the timeout; never throws. */
export function runCommand(argv: readonly string[], timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(argv[0], argv.slice(1), { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      const err = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null
      resolve({
        code: err ? (typeof err.code === 'number' ? err.code : null) : 0,
        stdout: String(stdout),
        stderr: String(stderr),
        missing: err?.code === 'ENOENT',
        timedOut: err?.killed === true
      })
    })
  })
}

/** What a failed command said, in one line, for the log and the error. */
export function describeFailure(argv: readonly string[], r: CommandResult): string {
  if (r.missing) return `${argv[0]} is not installed`
  if (r.timedOut) return `${argv.join(' ')} did not finish in time`
  const lines = (r.stderr + '\n' + r.stdout).split('\n').map((l) => l.trim()).filter((l) => l !== '')
  // Tools that log progress (colima) put the reason last; prefer the line that names an error.
  const said = lines.find((l) => /error|fatal|fail|denied|not /i.test(l)) ?? lines[0]
  return `${argv.join(' ')} exited ${r.code}${said ? `: ${said}` : ''}`
}

/** Starts a GUI app's executable and lets it run on after we exit (Docker Desktop.exe). */
export function launchDetached(path: string): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(path, [], { detached: true, stdio: 'ignore', windowsHide: true })
    child.once('error', (e) => resolve(`${path} could not be started: ${e.message}`))
    child.once('spawn', () => {
      child.unref()
      resolve(null)
    })
  })
}
