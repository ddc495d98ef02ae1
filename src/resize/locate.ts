import os from 'node:os'
import { defaultReserve } from '../core/plan/plan.js'
import {
  backendUnit,
  chooseBackend,
  colimaProfileOf,
  resizePaths,
  type BackendChoice,
  type ResizeBackend,
  type ResizePaths,
  type ResizePlatform
} from '../core/resize/backend.js'
import { parseDesktopSettings } from '../core/resize/desktop-settings.js'
import type { DockerFacts, MachineFacts } from '../core/machine.js'
import { resizeTarget } from '../core/resize/target.js'
import { readSettings, settingsExist } from './settings-file.js'

export interface Located {
  choice: BackendChoice
  paths: ResizePaths
}

/** Reads which settings files exist on this machine and lets the core choose the backend. */
export function locateBackend(
  platform: ResizePlatform,
  requested: ResizeBackend | null,
  docker: DockerFacts | null,
  env: Record<string, string | undefined>
): Located {
  const paths = resizePaths({
    platform,
    home: env.HOME || env.USERPROFILE || os.homedir(),
    appData: env.APPDATA,
    programData: env.ProgramData ?? env.PROGRAMDATA,
    programFiles: env.ProgramFiles ?? env.PROGRAMFILES,
    userProfile: env.USERPROFILE,
    colimaHome: env.COLIMA_HOME,
    colimaProfile: colimaProfileOf(docker?.backend === 'colima' ? docker.name : null, env.COLIMA_PROFILE)
  })
  const store = settingsExist(paths.desktopStore)
  const legacy = settingsExist(paths.desktopLegacy)
  let wslEngineEnabled: boolean | null = null
  // An unreadable file is reported by the resize itself; here it only means "no opinion".
  try {
    const file = store ? readSettings(paths.desktopStore) : legacy ? readSettings(paths.desktopLegacy) : null
    if (file !== null)
      wslEngineEnabled = parseDesktopSettings(file.text, store ? 'store' : 'legacy', store ? paths.desktopStore : paths.desktopLegacy).wslEngineEnabled
  } catch {
    wslEngineEnabled = null
  }
  const choice = chooseBackend({
    platform,
    requested,
    docker,
    desktopSettingsExist: store || legacy,
    colimaConfigExists: settingsExist(paths.colimaConfig),
    wslEngineEnabled
  })
  return { choice, paths }
}

/** What a VM of `requestedBytes` becomes on this machine: capped and refused as resizeTarget says. */
export function targetFor(backend: ResizeBackend, machine: MachineFacts, requestedBytes: number): number {
  const physical = machine.memory.totalBytes
  return resizeTarget({ requestedBytes, physicalBytes: physical, reserveBytes: defaultReserve(physical), unit: backendUnit(backend) }).targetBytes
}
