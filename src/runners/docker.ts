/**
 * The one place that runs docker, for the action and the CLI alike. `captureDocker` for short
 * commands whose output is parsed; `streamDocker` for the build, whose log goes line by line to
 * the caller and byte for byte to a file, never whole into memory.
 */
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { createInterface } from 'node:readline'

export interface Captured {
  /** null when docker ended by a signal, or did not start. */
  code: number | null
  stdout: string
  stderr: string
  /** Set when docker could not be started at all (no such command). */
  spawnError: string | null
}

export function captureDocker(args: string[], options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<Captured> {
  return new Promise((resolve) => {
    const child = spawn('docker', args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 60000 })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', (e) => resolve({ code: null, stdout, stderr, spawnError: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no docker command on PATH' : e.message }))
    child.on('close', (code) => resolve({ code, stdout, stderr, spawnError: null }))
  })
}

export interface Streamed {
  code: number | null
  signal: string | null
  /** A signal we received was forwarded to docker. */
  cancelledBy: NodeJS.Signals | null
}

export interface StreamOptions {
  env: Record<string, string>
  logPath: string
  onLine: (line: string) => void
}

const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']

/**
 * Runs docker with its output streamed. SIGINT and SIGTERM sent to us are forwarded to docker
 * (which cancels the build on the engine) instead of killing us, so the caller can clean up.
 */
export function streamDocker(args: string[], options: StreamOptions): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logPath, { flags: 'a', mode: 0o600 })
    const child = spawn('docker', args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let cancelledBy: NodeJS.Signals | null = null
    const forward = (signal: NodeJS.Signals): void => {
      cancelledBy = signal
      child.kill(signal)
    }
    for (const s of FORWARDED) process.on(s, forward)
    const done = (): void => {
      for (const s of FORWARDED) process.off(s, forward)
    }
    let open = 2
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(log, { end: false })
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', options.onLine)
      stream.on('end', () => {
        if (--open === 0) log.end()
      })
    }
    child.on('error', (e) => {
      done()
      log.end()
      reject(new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no docker command on PATH' : `docker did not start: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      done()
      log.on('close', () => resolve({ code, signal, cancelledBy }))
      if (log.closed) resolve({ code, signal, cancelledBy })
    })
  })
}
