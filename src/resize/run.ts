/**
 * What every step of a resize shares: the options, the run's signal state, the error it ends
 * with, the driver a backend gives, and the waits (for Docker to stop, for it to answer).
 */
import type { ResizeBackend, ResizePaths, ResizePlatform } from '../core/resize/backend.js'
import { probeDocker } from '../probes/docker.js'

export interface ResizeOptions {
  platform: ResizePlatform
  backend: ResizeBackend
  paths: ResizePaths
  targetBytes: number
  /** How long Docker may take to stop, and again to come back. */
  timeoutMs: number
  dryRun: boolean
  log: (line: string) => void
}

export interface ResizeResult {
  resized: boolean
  /** The engine's MemTotal before and after; null when it did not answer. */
  beforeBytes: number | null
  afterBytes: number | null
  /** Where the settings were before the edit, for the user to go back by hand. */
  backupPath: string | null
}

/** A failure while Docker was being restarted; the message says what happened and the state left behind. */
export class ResizeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ResizeError'
  }
}

/**
 * A resize in progress. SIGINT or SIGTERM (Ctrl-C, a cancelled job) must not leave Docker
 * stopped: the signal is only noted, the step under way ends early, and the run goes on to
 * its rollback and restart, then says what state it left.
 */
export interface ResizeRun {
  options: ResizeOptions
  interrupted: NodeJS.Signals | null
  /** Set once the run puts things back: waits then go to their end even after a signal. */
  recovering: boolean
}

/** Runs `fn` with SIGINT and SIGTERM noted in the run instead of ending the process (see ResizeRun). */
export async function withSignalsNoted<T>(options: ResizeOptions, fn: (run: ResizeRun) => Promise<T>): Promise<T> {
  const run: ResizeRun = { options, interrupted: null, recovering: false }
  const onSignal = (signal: NodeJS.Signals): void => {
    if (run.interrupted === null) options.log(`Got ${signal}: stopping the resize and putting Docker back…`)
    else options.log(`Got ${signal} again: still putting Docker back, it will not be left stopped.`)
    run.interrupted ??= signal
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await fn(run)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** One backend (Docker Desktop, Docker Desktop on WSL 2, Colima): its settings file and how it stops and starts. */
export interface Driver {
  name: string
  settingsPath: string
  /** The edited text; throws (InputError, ResizeError) when the file cannot be parsed or may not be changed. */
  edit(text: string | null): string
  /** Human-readable current setting. */
  current(text: string | null): string
  stop(): Promise<void>
  start(text: string | null): Promise<void>
  /** The command a person would run to start Docker by hand. */
  startHint: string
  commands: string[]
}

/**
 * Waits between polls: short at first, because a VM that is already stopping or starting often
 * answers within a few hundred milliseconds, then once a second (`docker info` answers in well
 * under a second once the daemon is up, so polling faster than that only adds load).
 */
const FIRST_POLL_MS = 100
const MAX_POLL_MS = 1000
function pollDelay(attempt: number): number {
  return Math.min(MAX_POLL_MS, FIRST_POLL_MS * 2 ** attempt)
}
/** A stop that takes longer than this is stuck, however slow the Mac. */
export const MAX_STOP_MS = 120000

/** Throws when a signal came during the step that just ended, so the run turns to putting Docker back. */
export function checkInterrupted(run: ResizeRun, during: string): void {
  if (run.interrupted !== null) throw new ResizeError(`interrupted by ${run.interrupted} while ${during}`)
}

/** The memory of the engine that answers now; null when none does. */
export async function engineMemory(): Promise<number | null> {
  const probe = await probeDocker(15000)
  return probe.docker?.memTotalBytes ?? null
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A signal ends the forward steps' waits early; the waits that put Docker back run to their end. */
function cutShort(run: ResizeRun): boolean {
  return run.interrupted !== null && !run.recovering
}

/** Polls `docker info` until it answers or the timeout passes, logging progress. */
export async function waitForEngine(run: ResizeRun, name: string): Promise<number | null> {
  const o = run.options
  const started = Date.now()
  let lastLog = started
  for (let attempt = 0; ; attempt++) {
    const mem = await engineMemory()
    if (mem !== null) return mem
    const elapsed = Date.now() - started
    if (elapsed >= o.timeoutMs || cutShort(run)) return null
    // Progress at least every 15 s, so a slow CI Mac shows it is waiting, not hung.
    if (Date.now() - lastLog >= Math.min(15000, Math.max(1000, o.timeoutMs / 4))) {
      o.log(`Waiting for ${name} to start Docker (${Math.round(elapsed / 1000)} s of ${o.timeoutMs / 1000} s)…`)
      lastLog = Date.now()
    }
    await sleep(Math.min(pollDelay(attempt), Math.max(0, o.timeoutMs - elapsed)))
  }
}

/** Polls until `stopped()` is true, the timeout passes or a signal cuts it short. */
export async function waitUntil(run: ResizeRun, stopped: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs
  for (let attempt = 0; ; attempt++) {
    if (await stopped()) return true
    if (Date.now() >= end || cutShort(run)) return false
    await sleep(pollDelay(attempt))
  }
}
