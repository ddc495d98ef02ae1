/**
 * The one place that runs docker, for the action and the CLI alike. `captureDocker` for short
 * commands whose output is parsed; `streamDocker` for the build, whose log goes line by line to
 * the caller and byte for byte to a file, never whole into memory. Cancellation (SIGINT,
 * SIGTERM) arrives as an AbortSignal and is passed on to docker.
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

export function captureDocker(args: string[], options: { env?: Record<string, string>; timeoutMs?: number; cancel?: AbortSignal } = {}): Promise<Captured> {
  return new Promise((resolve) => {
    const child = spawn('docker', args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 60000, signal: options.cancel, windowsHide: true })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', (e) => {
      // An abort kills the child and is reported through 'close'; only a failed start is an error.
      if ((e as NodeJS.ErrnoException).code === 'ABORT_ERR') return
      resolve({ code: null, stdout, stderr, spawnError: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no docker command on PATH' : e.message })
    })
    child.on('close', (code) => resolve({ code, stdout, stderr, spawnError: null }))
  })
}

export interface Streamed {
  code: number | null
  signal: string | null
  /** The cancellation that stopped docker, when one did. */
  cancelledBy: NodeJS.Signals | null
}

export interface StreamOptions {
  env: Record<string, string>
  logPath: string
  onLine: (line: string) => void
  /** Aborted with the signal to pass on to docker (SIGINT, SIGTERM). */
  cancel: AbortSignal
}

export function streamDocker(args: string[], options: StreamOptions): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logPath, { flags: 'a', mode: 0o600 })
    const child = spawn('docker', args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let cancelledBy: NodeJS.Signals | null = null
    // A log that cannot be written (a full disk) ends the build: its explanation would be blind.
    log.on('error', (e) => {
      child.kill('SIGTERM')
      reject(new Error(`cannot write the build log ${options.logPath}: ${e.message}`))
    })
    // docker cancels the build on the engine when it gets the signal itself.
    const forward = (): void => {
      cancelledBy = options.cancel.reason as NodeJS.Signals
      child.kill(cancelledBy)
    }
    if (options.cancel.aborted) forward()
    else options.cancel.addEventListener('abort', forward, { once: true })
    let open = 2
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(log, { end: false })
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', options.onLine)
      stream.on('end', () => {
        if (--open === 0) log.end()
      })
    }
    child.on('error', (e) => {
      options.cancel.removeEventListener('abort', forward)
      log.end()
      reject(new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no docker command on PATH' : `docker did not start: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      options.cancel.removeEventListener('abort', forward)
      if (log.closed) resolve({ code, signal, cancelledBy })
      else log.on('close', () => resolve({ code, signal, cancelledBy }))
    })
  })
}

/**
 * Turns SIGINT and SIGTERM into an abort for as long as a build runs, instead of the
 * default of dying on the spot with a cgroup still bound or a builder half made.
 */
export function trapCancellation(): { cancel: AbortSignal; release: () => void } {
  const controller = new AbortController()
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']
  const handler = (signal: NodeJS.Signals): void => controller.abort(signal)
  for (const s of signals) process.on(s, handler)
  return { cancel: controller.signal, release: () => signals.forEach((s) => process.off(s, handler)) }
}
