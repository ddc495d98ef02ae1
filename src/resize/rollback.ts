/**
 * Putting Docker back after a resize failed or was interrupted: the settings file as the app
 * left it, then Docker started with it, and one sentence for the end of the error saying
 * what state the machine is in.
 */
import { formatSize as fmt } from '../core/units.js'
import { engineMemory, ResizeError, waitForEngine, type Driver, type ResizeRun } from './run.js'
import { restoreSettings, textOf, type SettingsFile } from './settings-file.js'

/** After the edit: puts the file the app left back, stops whatever half-started, starts Docker with it; the error says all of it. */
export async function rollBack(run: ResizeRun, driver: Driver, failure: string, stopped: SettingsFile | null, backupPath: string | null): Promise<ResizeError> {
  run.recovering = true
  run.options.log(`${failure}; rolling back…`)
  try {
    restoreSettings(driver.settingsPath, stopped)
  } catch (restoreError) {
    const how = backupPath ? `copy ${backupPath} over ${driver.settingsPath}` : `delete ${driver.settingsPath}`
    return new ResizeError(`${failure}. Rolling back failed too (${(restoreError as Error).message}): ${how}, then start ${driver.name} (${driver.startHint})`)
  }
  const restored = backupPath ? `${driver.settingsPath} was restored from ${backupPath}` : `${driver.settingsPath} was removed again`
  try {
    await driver.stop()
  } catch {
    // Half-started: the start below still applies the restored file, or the wait reports it.
  }
  return new ResizeError(`${failure}. Rolled back: ${restored}; ${await restartState(driver, stopped, run)}`)
}

/** Starts Docker with `file` in place and says how that went, for the end of an error. */
export async function restartState(driver: Driver, file: SettingsFile | null, run: ResizeRun): Promise<string> {
  run.recovering = true
  const running = await engineMemory()
  if (running !== null) return `Docker is running with ${fmt(running)}.`
  try {
    await driver.start(textOf(file))
  } catch (e) {
    return `starting ${driver.name} again failed too (${(e as Error).message}): start it by hand (${driver.startHint}).`
  }
  const back = await waitForEngine(run, driver.name)
  return back !== null
    ? `Docker is running again with ${fmt(back)}.`
    : `Docker did not come back within ${run.options.timeoutMs / 1000} s: start it by hand (${driver.startHint}) and check docker info.`
}
