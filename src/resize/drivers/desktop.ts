/** Docker Desktop on macOS and Windows (Hyper-V): its settings file, and quitting and starting the app. */
import { COMMANDS, parseAppPid, type ResizePaths } from '../../core/resize/backend.js'
import { memoryLock, parseDesktopSettings, setDesktopMemory, type DesktopFormat } from '../../core/resize/desktop-settings.js'
import { formatSize as fmt, MiB } from '../../core/units.js'
import { describeFailure, launchDetached, runCommand } from '../commands.js'
import { engineMemory, MAX_STOP_MS, ResizeError, waitUntil, type Driver, type ResizeRun } from '../run.js'
import { readSettings, settingsExist } from '../settings-file.js'

export function desktopDriver(run: ResizeRun): Driver {
  const o = run.options
  const { path, format } = desktopFile(o.paths)
  return {
    name: 'Docker Desktop',
    settingsPath: path,
    edit: (text) => {
      const admin = readSettings(o.paths.desktopAdmin)
      const lock = admin === null ? null : memoryLock(admin.text, o.paths.desktopAdmin)
      if (lock) {
        throw new ResizeError(
          `${o.paths.desktopAdmin} locks ${lock}: Docker Desktop's memory is managed by your organisation; ask its admin to raise it, nothing was changed`
        )
      }
      if (text === null) throw new ResizeError(`${path} does not exist: start Docker Desktop once so it writes its settings, then retry`)
      return setDesktopMemory(text, format, Math.ceil(o.targetBytes / MiB), path)
    },
    current: (text) => {
      const mib = text === null ? null : parseDesktopSettings(text, format, path).memoryMiB
      return mib === null ? 'has no memory setting (Docker Desktop default)' : `has ${fmt(mib * MiB)}`
    },
    ...desktopControl(run)
  }
}

/** settings-store.json when it exists (what ≥ 4.35 reads, even when settings.json survived the upgrade), else settings.json. */
function desktopFile(paths: ResizePaths): { path: string; format: DesktopFormat } {
  if (settingsExist(paths.desktopStore)) return { path: paths.desktopStore, format: 'store' }
  if (settingsExist(paths.desktopLegacy)) return { path: paths.desktopLegacy, format: 'legacy' }
  return { path: paths.desktopStore, format: 'store' }
}

/** Stopping and starting the Docker Desktop app, on macOS and Windows (the WSL 2 driver uses it too). */
export function desktopControl(run: ResizeRun): Pick<Driver, 'stop' | 'start' | 'startHint' | 'commands'> {
  const o = run.options
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
