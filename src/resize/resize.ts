/**
 * Resizes Docker's VM as one transaction: stop, edit the one memory value, start, wait,
 * verify, and on any failure or signal after the edit put the original file back and start
 * Docker again. Every decision about the files is the pure core's (src/core/resize); each
 * backend's file and commands are its driver's (./drivers); this file keeps the order.
 */
import { alreadyLargeEnough, memoryMatches } from '../core/resize/target.js'
import { formatSize as fmt } from '../core/units.js'
import { withFileLock } from '../files/lock.js'
import { probeDocker } from '../probes/docker.js'
import { colimaDriver } from './drivers/colima.js'
import { desktopDriver } from './drivers/desktop.js'
import { wslDriver } from './drivers/wsl.js'
import { checkInterrupted, ResizeError, waitForEngine, withSignalsNoted, type Driver, type ResizeOptions, type ResizeResult, type ResizeRun } from './run.js'
import { restartState, rollBack } from './rollback.js'
import { checkWritable, readSettings, textOf, writeBackup, writeSettings, type SettingsFile } from './settings-file.js'

export { ResizeError, type ResizeOptions, type ResizeResult } from './run.js'

/** Another resize of the same file gets this long to finish before this one gives up. */
const LOCK_WAIT_MS = 2000

const DRIVERS = { desktop: desktopDriver, wsl: wslDriver, colima: colimaDriver }

export async function resizeDockerVm(options: ResizeOptions): Promise<ResizeResult> {
  return withSignalsNoted(options, (run) => resize(run, DRIVERS[options.backend](run)))
}

async function resize(run: ResizeRun, driver: Driver): Promise<ResizeResult> {
  const o = run.options
  const before = await probeDocker(15000)
  // An engine that runs natively (no VM) says nothing about the VM being resized.
  const beforeBytes = before.docker && before.docker.inVm ? before.docker.memTotalBytes : null
  if (before.docker && !before.docker.inVm)
    o.log(`The Docker engine answering now runs natively (${before.docker.operatingSystem}), not in ${driver.name}'s VM.`)
  if (beforeBytes !== null && alreadyLargeEnough(beforeBytes, o.targetBytes)) {
    o.log(`${driver.name} already gives Docker ${fmt(beforeBytes)}, enough for ${fmt(o.targetBytes)}: nothing to change.`)
    return { resized: false, beforeBytes, afterBytes: beforeBytes, backupPath: null }
  }
  // Everything that can be refused is refused here, while Docker still runs untouched; a dry
  // run stops after it and takes no lock (it writes nothing, not even a lock file).
  const refuseEarly = (): void => {
    const original = textOf(readSettings(driver.settingsPath))
    driver.edit(original)
    o.log(`${driver.name}: ${driver.settingsPath} ${driver.current(original)} → ${fmt(o.targetBytes)}.`)
  }
  if (o.dryRun) {
    refuseEarly()
    o.log(`Dry run: would back up ${driver.settingsPath}, stop ${driver.name}, change only the memory value, then run: ${driver.commands.join('; ')}.`)
    return { resized: false, beforeBytes, afterBytes: beforeBytes, backupPath: null }
  }
  // Two resizes at once would each restart Docker and the last writer would win unseen.
  return withFileLock(driver.settingsPath, { timeoutMs: LOCK_WAIT_MS, what: 'another docker-memory resize' }, async () => {
    refuseEarly()
    try {
      checkWritable(driver.settingsPath)
    } catch (e) {
      throw new ResizeError(`cannot replace ${driver.settingsPath} keeping its owner and mode (${(e as Error).message}); nothing was changed`)
    }
    return restart(run, driver, beforeBytes)
  })
}

/** Stop, then edit what the stopped app left (it may rewrite its settings while quitting), then start. */
async function restart(run: ResizeRun, driver: Driver, beforeBytes: number | null): Promise<ResizeResult> {
  if (run.interrupted) throw new ResizeError(`interrupted by ${run.interrupted} before ${driver.name} was stopped: nothing was changed`)
  run.options.log(`Stopping ${driver.name}…`)
  try {
    await driver.stop()
    checkInterrupted(run, `${driver.name} was stopping`)
  } catch (e) {
    // A signal handler sets it while driver.stop() runs: TypeScript keeps the narrowing from before the await.
    const by = run.interrupted as string | null
    const failure = by ? `interrupted by ${by} while ${driver.name} was stopping` : (e as Error).message
    throw new ResizeError(
      `${failure}. Nothing was changed (${driver.settingsPath} is untouched); ${await restartState(driver, readSettings(driver.settingsPath), run)}`
    )
  }
  let stopped: SettingsFile | null = null
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
  run.options.log(`Wrote ${driver.settingsPath}${backupPath ? ` (backup: ${backupPath})` : ''}. Starting ${driver.name}…`)
  try {
    return await startAndVerify(run, driver, next, beforeBytes, backupPath)
  } catch (e) {
    throw await rollBack(run, driver, (e as Error).message, stopped, backupPath)
  }
}

async function startAndVerify(run: ResizeRun, driver: Driver, next: string, beforeBytes: number | null, backupPath: string | null): Promise<ResizeResult> {
  const o = run.options
  await driver.start(next)
  checkInterrupted(run, `${driver.name} was starting with the new size`)
  const afterBytes = await waitForEngine(run, driver.name)
  checkInterrupted(run, `Docker was coming back with the new size`)
  if (afterBytes === null) throw new ResizeError(`Docker did not answer within ${o.timeoutMs / 1000} s after ${driver.name} was started`)
  if (!memoryMatches(afterBytes, o.targetBytes)) throw new ResizeError(`Docker came back with ${fmt(afterBytes)}, not the ${fmt(o.targetBytes)} that was set`)
  o.log(`Docker is back with ${fmt(afterBytes)} (target ${fmt(o.targetBytes)}).`)
  return { resized: true, beforeBytes, afterBytes, backupPath }
}
