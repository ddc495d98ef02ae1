/**
 * Resizes Docker's VM: stop, edit the one memory value, start, wait, verify, and on any failure
 * after the edit put the original file back and start Docker again. Every decision about the
 * files is the pure core's (src/core/resize); this file runs the commands and touches disk.
 */
import { InputError } from '../core/errors.js'
import {
  COMMANDS,
  colimaAlreadyRunning,
  colimaStart,
  colimaStop,
  parseAppPid,
  type ResizeBackend,
  type ResizePaths,
  type ResizePlatform
} from '../core/resize/backend.js'
import { parseColimaConfig, setColimaMemory } from '../core/resize/colima-config.js'
import { memoryLock, parseDesktopSettings, setDesktopMemory, type DesktopFormat } from '../core/resize/desktop-settings.js'
import { alreadyLargeEnough, memoryMatches } from '../core/resize/target.js'
import { parseWslMemory, setWslMemory } from '../core/resize/wslconfig.js'
import { formatSize as fmt, GiB, MiB } from '../core/units.js'
import { probeDocker } from '../probes/docker.js'
import { describeFailure, launchDetached, runCommand } from './commands.js'
import { withFileLock } from '../files/safe-file.js'
import { checkWritable, readSettings, restoreSettings, settingsExist, writeBackup, writeSettings, type SettingsFile } from './settings-file.js'

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

/** `docker info` answers in well under a second once the daemon is up. */
const POLL_MS = 1000
/** A stop that takes longer than this is stuck, however slow the Mac. */
const MAX_STOP_MS = 120000

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

interface Driver {
  name: string
  settingsPath: string
  /** The edited text; throws InputError when the file cannot be parsed or is locked. */
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
 * A resize in progress. SIGINT or SIGTERM (Ctrl-C, a cancelled job) must not leave Docker
 * stopped: the signal is only noted, the step under way ends early, and the run goes on to
 * its rollback and restart, then says what state it left.
 */
interface Run {
  o: ResizeOptions
  interrupted: NodeJS.Signals | null
  /** Set once the run puts things back: waits then go to their end even after a signal. */
  recovering: boolean
}

/** Another resize of the same file gets this long to finish before this one gives up. */
const LOCK_WAIT_MS = 2000

export async function resizeDockerVm(o: ResizeOptions): Promise<ResizeResult> {
  const run: Run = { o, interrupted: null, recovering: false }
  const onSignal = (signal: NodeJS.Signals): void => {
    if (run.interrupted === null) o.log(`Got ${signal}: stopping the resize and putting Docker back…`)
    else o.log(`Got ${signal} again: still putting Docker back, it will not be left stopped.`)
    run.interrupted ??= signal
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await resize(run)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** Throws when a signal came during the step that just ended, so the run turns to putting Docker back. */
function checkInterrupted(run: Run, during: string): void {
  if (run.interrupted !== null) throw new ResizeError(`interrupted by ${run.interrupted} while ${during}`)
}

async function resize(run: Run): Promise<ResizeResult> {
  const o = run.o
  const driver = makeDriver(run)
  const before = await probeDocker(15000)
  // An engine that runs natively (no VM) is not the backend being resized: its memory says
  // nothing about that VM's.
  const beforeBytes = before.docker && before.docker.inVm ? before.docker.memTotalBytes : null
  if (before.docker && !before.docker.inVm)
    o.log(`The Docker engine answering now runs natively (${before.docker.operatingSystem}), not in ${driver.name}'s VM.`)

  if (beforeBytes !== null && alreadyLargeEnough(beforeBytes, o.targetBytes)) {
    o.log(`${driver.name} already gives Docker ${fmt(beforeBytes)}, enough for ${fmt(o.targetBytes)}: nothing to change.`)
    return { resized: false, beforeBytes, afterBytes: beforeBytes, backupPath: null }
  }
  // Everything that can be refused is refused now, while Docker still runs untouched.
  const original = readSettings(driver.settingsPath)
  driver.edit(textOf(original))

  o.log(`${driver.name}: ${driver.settingsPath} ${driver.current(textOf(original))} → ${fmt(o.targetBytes)}.`)
  if (o.dryRun) {
    o.log(`Dry run: would back up ${driver.settingsPath}, stop ${driver.name}, change only the memory value, then run: ${driver.commands.join('; ')}.`)
    return { resized: false, beforeBytes, afterBytes: beforeBytes, backupPath: null }
  }
  // Two resizes at once would each restart Docker and the last writer would win unseen.
  return withFileLock(driver.settingsPath, { timeoutMs: LOCK_WAIT_MS, what: 'another docker-memory resize' }, () => restart(run, driver, beforeBytes))
}

function textOf(file: SettingsFile | null): string | null {
  return file === null ? null : file.text
}

/** Stop, edit, start, verify; on any failure or signal, roll back and start Docker again. */
async function restart(run: Run, driver: Driver, beforeBytes: number | null): Promise<ResizeResult> {
  const o = run.o
  try {
    checkWritable(driver.settingsPath)
  } catch (e) {
    throw new ResizeError(`cannot replace ${driver.settingsPath} keeping its owner and mode (${(e as Error).message}); nothing was changed`)
  }
  const original = readSettings(driver.settingsPath)
  driver.edit(textOf(original))

  if (run.interrupted) throw new ResizeError(`interrupted by ${run.interrupted} before ${driver.name} was stopped: nothing was changed`)
  o.log(`Stopping ${driver.name}…`)
  try {
    await driver.stop()
    checkInterrupted(run, `${driver.name} was stopping`)
  } catch (e) {
    // A signal handler sets it while driver.stop() runs: TypeScript keeps the narrowing from before the await.
    const by = run.interrupted as string | null
    const failure = by ? `interrupted by ${by} while ${driver.name} was stopping` : (e as Error).message
    throw new ResizeError(`${failure}. Nothing was changed (${driver.settingsPath} is untouched); ${await restartState(driver, original, run)}`)
  }

  // The app may rewrite its settings while quitting, so the edit starts from what it left.
  let stopped: SettingsFile | null = original
  let next: string
  try {
    stopped = readSettings(driver.settingsPath)
    next = driver.edit(textOf(stopped))
  } catch (e) {
    throw new ResizeError(`${(e as Error).message}. ${await restartState(driver, stopped, run)}`)
  }
  let backupPath: string | null = null
  try {
    if (stopped !== null) backupPath = writeBackup(driver.settingsPath, stopped.bytes, new Date())
    writeSettings(driver.settingsPath, next, stopped?.encoding ?? 'utf8')
  } catch (e) {
    // The write is atomic: when it fails, the settings file is still the one the app left.
    throw new ResizeError(
      `could not write ${driver.settingsPath} (${(e as Error).message}); it was left as it was. ${await restartState(driver, stopped, run)}`
    )
  }
  o.log(`Wrote ${driver.settingsPath}${backupPath ? ` (backup: ${backupPath})` : ''}. Starting ${driver.name}…`)
  return startResized(run, driver, { beforeBytes, stopped, next, backupPath })
}

async function startResized(
  run: Run,
  driver: Driver,
  s: { beforeBytes: number | null; stopped: SettingsFile | null; next: string; backupPath: string | null }
): Promise<ResizeResult> {
  const { o } = run
  const { beforeBytes, stopped, next, backupPath } = s
  try {
    await driver.start(next)
    checkInterrupted(run, `${driver.name} was starting with the new size`)
    const afterBytes = await waitForEngine(run, driver.name)
    checkInterrupted(run, `Docker was coming back with the new size`)
    if (afterBytes === null) throw new ResizeError(`Docker did not answer within ${o.timeoutMs / 1000} s after ${driver.name} was started`)
    if (!memoryMatches(afterBytes, o.targetBytes)) {
      throw new ResizeError(`Docker came back with ${fmt(afterBytes)}, not the ${fmt(o.targetBytes)} that was set`)
    }
    o.log(`Docker is back with ${fmt(afterBytes)} (target ${fmt(o.targetBytes)}).`)
    return { resized: true, beforeBytes, afterBytes, backupPath }
  } catch (e) {
    const failure = (e as Error).message
    run.recovering = true
    o.log(`${failure}; rolling back…`)
    try {
      restoreSettings(driver.settingsPath, stopped)
    } catch (restoreError) {
      const how = backupPath ? `copy ${backupPath} over ${driver.settingsPath}` : `delete ${driver.settingsPath}`
      throw new ResizeError(`${failure}. Rolling back failed too (${(restoreError as Error).message}): ${how}, then start ${driver.name} (${driver.startHint})`)
    }
    const restored = backupPath ? `${driver.settingsPath} was restored from ${backupPath}` : `${driver.settingsPath} was removed again`
    try {
      await driver.stop()
    } catch {
      // Half-started: the start below still applies the restored file, or the wait reports it.
    }
    throw new ResizeError(`${failure}. Rolled back: ${restored}; ${await restartState(driver, stopped, run)}`)
  }
}

/** Starts Docker with `text` in place and says how that went, for the end of an error. */
async function restartState(driver: Driver, file: SettingsFile | null, run: Run): Promise<string> {
  run.recovering = true
  const text = textOf(file)
  const running = await engineMemory()
  if (running !== null) return `Docker is running with ${fmt(running)}.`
  try {
    await driver.start(text)
  } catch (e) {
    return `starting ${driver.name} again failed too (${(e as Error).message}): start it by hand (${driver.startHint}).`
  }
  const back = await waitForEngine(run, driver.name)
  return back !== null
    ? `Docker is running again with ${fmt(back)}.`
    : `Docker did not come back within ${run.o.timeoutMs / 1000} s: start it by hand (${driver.startHint}) and check docker info.`
}

async function engineMemory(): Promise<number | null> {
  const probe = await probeDocker(15000)
  return probe.docker?.memTotalBytes ?? null
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Polls `docker info` until it answers or the timeout passes, logging progress. */
async function waitForEngine(run: Run, name: string): Promise<number | null> {
  const o = run.o
  const started = Date.now()
  let lastLog = started
  for (;;) {
    const mem = await engineMemory()
    if (mem !== null) return mem
    const elapsed = Date.now() - started
    if (elapsed >= o.timeoutMs || cutShort(run)) return null
    // Progress at least every 15 s, so a slow CI Mac shows it is waiting, not hung.
    if (Date.now() - lastLog >= Math.min(15000, Math.max(1000, o.timeoutMs / 4))) {
      o.log(`Waiting for ${name} to start Docker (${Math.round(elapsed / 1000)} s of ${o.timeoutMs / 1000} s)…`)
      lastLog = Date.now()
    }
    await sleep(Math.min(POLL_MS, Math.max(0, o.timeoutMs - elapsed)))
  }
}

/** A signal ends the forward steps' waits early; the waits that put Docker back run to their end. */
function cutShort(run: Run): boolean {
  return run.interrupted !== null && !run.recovering
}

/** Polls until `stopped()` is true, the timeout passes or a signal cuts it short. */
async function waitUntil(run: Run, stopped: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await stopped()) return true
    if (Date.now() >= end || cutShort(run)) return false
    await sleep(POLL_MS)
  }
}

function makeDriver(run: Run): Driver {
  const o = run.o
  if (o.backend === 'colima') return colimaDriver(o)
  const desktop = desktopControl(run)
  if (o.backend === 'wsl') {
    const path = o.paths.wslconfig
    return {
      name: 'Docker Desktop (WSL 2)',
      settingsPath: path,
      edit: (text) => {
        if (text !== null) parseWslMemory(text, path)
        return setWslMemory(text ?? '', o.targetBytes, path)
      },
      current: (text) => {
        const bytes = text === null ? null : parseWslMemory(text, path)
        return bytes === null ? 'sets no [wsl2] memory (WSL gives half of the RAM)' : `has [wsl2] memory=${fmt(bytes)}`
      },
      stop: async () => {
        await desktop.stop()
        const r = await runCommand(COMMANDS.wslShutdown, 120000)
        if (r.code !== 0) throw new ResizeError(`${describeFailure(COMMANDS.wslShutdown, r)}; WSL must shut down to read .wslconfig again`)
      },
      start: () => desktop.start(null),
      startHint: desktop.startHint,
      commands: [...desktop.commands.slice(0, 1), COMMANDS.wslShutdown.join(' '), ...desktop.commands.slice(1)]
    }
  }
  const { path, format } = desktopFile(o.paths)
  return {
    name: 'Docker Desktop',
    settingsPath: path,
    edit: (text) => {
      const admin = readSettings(o.paths.desktopAdmin)
      const lock = admin === null ? null : memoryLock(admin.text, o.paths.desktopAdmin)
      if (lock) {
        throw new InputError(
          `${o.paths.desktopAdmin} locks ${lock}: Docker Desktop's memory is managed by your organisation; ask its admin to raise it, nothing was changed`
        )
      }
      if (text === null) throw new InputError(`${path} does not exist: start Docker Desktop once so it writes its settings, then retry`)
      return setDesktopMemory(text, format, Math.ceil(o.targetBytes / MiB), path)
    },
    current: (text) => {
      const mib = text === null ? null : parseDesktopSettings(text, format, path).memoryMiB
      return mib === null ? 'has no memory setting (Docker Desktop default)' : `has ${fmt(mib * MiB)}`
    },
    ...desktop
  }
}

/** settings-store.json when it exists (what ≥ 4.35 reads, even when settings.json survived the upgrade), else settings.json. */
function desktopFile(paths: ResizePaths): { path: string; format: DesktopFormat } {
  if (settingsExist(paths.desktopStore)) return { path: paths.desktopStore, format: 'store' }
  if (settingsExist(paths.desktopLegacy)) return { path: paths.desktopLegacy, format: 'legacy' }
  return { path: paths.desktopStore, format: 'store' }
}

/** Stopping and starting the Docker Desktop app, on macOS and Windows. */
function desktopControl(run: Run): Pick<Driver, 'stop' | 'start' | 'startHint' | 'commands'> {
  const o = run.o
  const stopTimeout = Math.min(o.timeoutMs, MAX_STOP_MS)
  const mac = o.platform === 'darwin'
  let cliWorks = false
  const appPid = async (): Promise<number | null> => (mac ? parseAppPid((await runCommand(COMMANDS.appPid, 15000)).stdout) : null)
  const stopped = async (): Promise<boolean> => (await engineMemory()) === null && (await appPid()) === null
  const tried: string[] = []

  return {
    stop: async () => {
      const cli = await runCommand(COMMANDS.desktopStop, stopTimeout)
      if (cli.code === 0) {
        cliWorks = true
        if (await waitUntil(run, stopped, stopTimeout)) return
        tried.push(`${COMMANDS.desktopStop.join(' ')} returned but Docker Desktop still runs`)
      } else {
        tried.push(describeFailure(COMMANDS.desktopStop, cli))
      }
      if (mac) {
        o.log(`${tried[tried.length - 1]}; asking the app to quit…`)
        const quit = await runCommand(COMMANDS.osascriptQuit, 60000)
        if (quit.code === 0 && (await waitUntil(run, stopped, stopTimeout))) return
        tried.push(quit.code === 0 ? 'osascript quit returned but the app still runs' : describeFailure(COMMANDS.osascriptQuit, quit))
        // Last resort: the app's own process, found by its bundle id, never a kill by name.
        const pid = await appPid()
        if (pid !== null) {
          o.log(`${tried[tried.length - 1]}; sending SIGTERM to Docker Desktop's process ${pid}…`)
          try {
            process.kill(pid, 'SIGTERM')
          } catch (e) {
            tried.push(`kill ${pid}: ${(e as Error).message}`)
          }
          if (await waitUntil(run, stopped, stopTimeout)) return
          tried.push(`process ${pid} ignored SIGTERM for ${stopTimeout / 1000} s`)
        }
      }
      throw new ResizeError(`Docker Desktop did not quit (${tried.join('; ')}): quit it yourself, then retry`)
    },
    start: async () => {
      if (cliWorks) {
        const r = await runCommand(COMMANDS.desktopStart, o.timeoutMs)
        if (r.code === 0) return
        o.log(`${describeFailure(COMMANDS.desktopStart, r)}; launching the app instead…`)
      }
      if (mac) {
        const r = await runCommand(COMMANDS.openDocker, 60000)
        if (r.code !== 0) throw new ResizeError(describeFailure(COMMANDS.openDocker, r))
        return
      }
      const failed = await launchDetached(o.paths.desktopExe)
      if (failed) throw new ResizeError(failed)
    },
    startHint: mac ? COMMANDS.openDocker.join(' ') : `"${o.paths.desktopExe}"`,
    commands: [
      `${COMMANDS.desktopStop.join(' ')}${mac ? ` (else ${COMMANDS.osascriptQuit.join(' ')}, else SIGTERM to the app's pid)` : ''}`,
      `${COMMANDS.desktopStart.join(' ')} (else ${mac ? COMMANDS.openDocker.join(' ') : `"${o.paths.desktopExe}"`})`,
      `${COMMANDS.dockerInfo.join(' ')} until it answers (${o.timeoutMs / 1000} s)`
    ]
  }
}

function colimaDriver(o: ResizeOptions): Driver {
  const path = o.paths.colimaConfig
  const profile = o.paths.colimaProfile
  const gib = Math.ceil(o.targetBytes / GiB)
  const startArgv = (text: string | null): string[] => {
    const c = parseColimaConfig(text ?? '', path)
    return colimaStart(profile, c.memoryGiB, c.cpu, c.diskGiB)
  }
  return {
    name: `Colima (profile ${profile})`,
    settingsPath: path,
    edit: (text) => {
      if (text === null) throw new InputError(`${path} does not exist: is the Colima profile "${profile}" right? (set COLIMA_PROFILE)`)
      return setColimaMemory(text, gib, path)
    },
    current: (text) => `has memory: ${parseColimaConfig(text ?? '', path).memoryGiB} GiB`,
    stop: async () => {
      const argv = colimaStop(profile)
      const r = await runCommand(argv, Math.min(o.timeoutMs, MAX_STOP_MS))
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r))
      if ((await engineMemory()) !== null) throw new ResizeError(`${argv.join(' ')} returned but Docker still answers, so the VM did not stop`)
    },
    start: async (text) => {
      const argv = startArgv(text)
      const r = await runCommand(argv, o.timeoutMs)
      if (r.code !== 0) throw new ResizeError(describeFailure(argv, r))
      // Exit 0 without a restart: the VM never stopped, so the new size was not applied.
      if (colimaAlreadyRunning(r.stdout + r.stderr))
        throw new ResizeError(`${argv.join(' ')} said the VM was already running, so the new memory was not applied`)
    },
    startHint: colimaStart(profile, 0, null, null)
      .slice(0, profile === 'default' ? 2 : 4)
      .join(' '),
    commands: [
      colimaStop(profile).join(' '),
      `${colimaStart(profile, gib, null, null).join(' ')} (keeping cpu and disk from ${path})`,
      `${COMMANDS.dockerInfo.join(' ')} until it answers`
    ]
  }
}
