/**
 * The one place that runs other programs: docker, the resize tools, dmesg, Docker Desktop. `capture` for short
 * commands whose output is parsed; `stream` for the build, whose output goes line by line to
 * the caller and byte for byte to a file, never whole into memory. Cancellation (SIGINT,
 * SIGTERM) arrives as an AbortSignal and is passed on to the program.
 */
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { splitLines } from './lines.js'

export interface Captured {
  /** null when the program ended by a signal, was killed at the timeout, or did not start. */
  code: number | null
  stdout: string
  stderr: string
  /** Set when the program could not be started at all. */
  spawnError: string | null
  /** No such program on PATH. */
  missing: boolean
  timedOut: boolean
}

export interface CaptureOptions {
  env?: Record<string, string>
  timeoutMs?: number
  cancel?: AbortSignal
}

/** Runs a program to its end, or kills it at the timeout; never throws. */
export function capture(command: string, args: readonly string[], options: CaptureOptions = {}): Promise<Captured> {
  return new Promise((resolve) => {
    const timeoutMs = options.timeoutMs ?? 60000
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.cancel,
      windowsHide: true
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
    }, timeoutMs)
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', (e: NodeJS.ErrnoException) => {
      // An abort kills the child and is reported through 'close'; only a failed start is an error.
      if (e.code === 'ABORT_ERR') return
      clearTimeout(timer)
      const missing = e.code === 'ENOENT'
      resolve({ code: null, stdout, stderr, spawnError: missing ? `no ${command} command on PATH` : e.message, missing, timedOut: false })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, spawnError: null, missing: false, timedOut })
    })
  })
}

export interface Streamed {
  code: number | null
  signal: string | null
  /** The cancellation that stopped the program, when one did. */
  cancelledBy: NodeJS.Signals | null
}

export interface StreamOptions {
  env: Record<string, string>
  logPath: string
  onLine: (line: string) => void
  /** Aborted with the signal to pass on (SIGINT, SIGTERM). */
  cancel: AbortSignal
}

/**
 * Runs a program with stdout and stderr appended to `logPath` and split into lines for
 * `onLine`. A log that cannot be written, or an `onLine` that throws, stops the program and
 * rejects: the caller's undo then runs, instead of a crash with the program still running.
 */
export function stream(command: string, args: readonly string[], options: StreamOptions): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.logPath, { flags: 'a', mode: 0o600 })
    const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let cancelledBy: NodeJS.Signals | null = null
    let failed = false
    const fail = (error: Error): void => {
      if (failed) return
      failed = true
      child.kill('SIGTERM')
      reject(error)
    }
    // A log that cannot be written (a full disk) ends the build: its explanation would be blind.
    log.on('error', (e) => fail(new Error(`cannot write the build log ${options.logPath}: ${e.message}`)))
    const forward = (): void => {
      cancelledBy = options.cancel.reason as NodeJS.Signals
      child.kill(cancelledBy)
    }
    if (options.cancel.aborted) forward()
    else options.cancel.addEventListener('abort', forward, { once: true })
    let open = 2
    for (const output of [child.stdout, child.stderr]) {
      const lines = splitLines(options.onLine)
      const guarded = (step: () => void): void => {
        try {
          if (!failed) step()
        } catch (error) {
          fail(error as Error)
        }
      }
      output.pipe(log, { end: false })
      output.on('data', (chunk: Buffer) => guarded(() => lines.push(chunk)))
      output.on('end', () => {
        guarded(() => lines.end())
        if (--open === 0) log.end()
      })
    }
    child.on('error', (e: NodeJS.ErrnoException) => {
      options.cancel.removeEventListener('abort', forward)
      log.end()
      fail(new Error(e.code === 'ENOENT' ? `no ${command} command on PATH` : `${command} did not start: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      options.cancel.removeEventListener('abort', forward)
      const done = (): void => resolve({ code, signal, cancelledBy })
      if (log.closed) done()
      else log.on('close', done)
    })
  })
}

/** Starts a program and lets it run on after we exit (Docker Desktop.exe); why it did not start, or null. */
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

/**
 * Turns SIGINT, SIGTERM and SIGHUP (a closed terminal or ssh session) into an abort for as long as `release` is not called, instead of
 * the default of dying on the spot with a cgroup still bound or a builder half made.
 */
export function trapCancellation(): { cancel: AbortSignal; release: () => void } {
  const controller = new AbortController()
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
  const handler = (signal: NodeJS.Signals): void => controller.abort(signal)
  for (const s of signals) process.on(s, handler)
  return { cancel: controller.signal, release: () => signals.forEach((s) => process.off(s, handler)) }
}
