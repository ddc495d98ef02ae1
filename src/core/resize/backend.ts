/**
 * Which VM holds Docker's engine and where its settings live. Pure: the edge hands over the
 * platform, the environment's directories, which files exist and what `docker info` said.
 */
import { join } from 'node:path'
import { InputError } from '../errors.js'
import type { DockerFacts } from '../machine.js'

export const RESIZE_BACKENDS = ['desktop', 'colima', 'wsl'] as const
export type ResizeBackend = (typeof RESIZE_BACKENDS)[number]
export const RESIZE_PLATFORMS = ['darwin', 'win32', 'linux'] as const
export type ResizePlatform = (typeof RESIZE_PLATFORMS)[number]

export interface ResizeDirs {
  platform: ResizePlatform
  home: string
  /** Windows %APPDATA%, %ProgramData%, %ProgramFiles%, %UserProfile%. */
  appData?: string
  programData?: string
  programFiles?: string
  userProfile?: string
  colimaHome?: string
  /** `colima --profile`, from colimaProfileOf. */
  colimaProfile?: string
  /** Prefix of machine-wide paths (`/Library/…`); `/` on a real machine. */
  systemRoot?: string
}

export interface ResizePaths {
  desktopStore: string
  desktopLegacy: string
  desktopAdmin: string
  desktopExe: string
  wslconfig: string
  colimaConfig: string
  colimaProfile: string
}

export function resizePaths(d: ResizeDirs): ResizePaths {
  const root = d.systemRoot ?? '/'
  const settingsDir =
    d.platform === 'win32' ? join(d.appData ?? join(d.home, 'AppData', 'Roaming'), 'Docker') : join(d.home, 'Library', 'Group Containers', 'group.com.docker')
  const colimaProfile = d.colimaProfile && d.colimaProfile !== '' ? d.colimaProfile : 'default'
  return {
    desktopStore: join(settingsDir, 'settings-store.json'),
    desktopLegacy: join(settingsDir, 'settings.json'),
    desktopAdmin:
      d.platform === 'win32'
        ? join(d.programData ?? join(root, 'ProgramData'), 'DockerDesktop', 'admin-settings.json')
        : join(root, 'Library', 'Application Support', 'com.docker.docker', 'admin-settings.json'),
    desktopExe: join(d.programFiles ?? join(root, 'Program Files'), 'Docker', 'Docker', 'Docker Desktop.exe'),
    wslconfig: join(d.userProfile ?? d.home, '.wslconfig'),
    colimaConfig: join(d.colimaHome ?? join(d.home, '.colima'), colimaProfile, 'colima.yaml'),
    colimaProfile
  }
}

export interface BackendEvidence {
  platform: ResizePlatform
  requested: ResizeBackend | null
  docker: Pick<DockerFacts, 'backend' | 'inVm' | 'operatingSystem'> | null
  desktopSettingsExist: boolean
  colimaConfigExists: boolean
  /** Docker Desktop's own setting; null when absent (WSL 2 is the default on Windows). */
  wslEngineEnabled: boolean | null
}

export type BackendChoice = { backend: ResizeBackend; why: string } | { backend: null; why: string }

export function chooseBackend(e: BackendEvidence): BackendChoice {
  const allowed: Record<ResizeBackend, ResizePlatform[]> = { desktop: ['darwin', 'win32'], colima: ['darwin', 'linux'], wsl: ['win32'] }
  if (e.requested) {
    if (!allowed[e.requested].includes(e.platform)) {
      throw new InputError(`--backend ${e.requested} does not run on ${e.platform}; it runs on ${allowed[e.requested].join(' and ')}`)
    }
    return { backend: e.requested, why: `asked for ${e.requested}` }
  }
  const desktop = e.docker?.backend === 'docker-desktop' || (e.docker === null && e.desktopSettingsExist)
  if (e.docker?.backend === 'colima' || (e.docker === null && e.colimaConfigExists && !e.desktopSettingsExist)) {
    if (e.platform === 'win32') return { backend: null, why: 'Colima does not run on Windows' }
    return { backend: 'colima', why: e.docker ? 'docker info names a Colima VM' : 'a Colima config exists and no engine answered' }
  }
  if (desktop && e.platform === 'win32') {
    return e.wslEngineEnabled === false
      ? { backend: 'desktop', why: 'Docker Desktop uses its Hyper-V VM (wslEngineEnabled is false)' }
      : { backend: 'wsl', why: 'Docker Desktop on Windows runs its engine in WSL 2, sized by .wslconfig' }
  }
  if (desktop && e.platform === 'darwin') return { backend: 'desktop', why: 'docker info names Docker Desktop' }
  if (e.docker && !e.docker.inVm) {
    return {
      backend: null,
      why: `Docker runs natively on this ${e.platform === 'linux' ? 'Linux ' : ''}machine (${e.docker.operatingSystem || e.docker.backend}): its containers use the host's memory directly and there is no VM to resize; use a runner with more memory or smaller limits`
    }
  }
  if (e.docker) return { backend: null, why: `Docker runs in ${e.docker.backend}, which docker-memory cannot resize; change its memory in its own settings` }
  return { backend: null, why: `no Docker engine answered and no Docker Desktop or Colima settings were found on ${e.platform}` }
}

/** Colima and the Desktop CLI count in whole GiB; settings files in MiB. */
export function backendUnit(backend: ResizeBackend): 'GiB' | 'MiB' {
  return backend === 'colima' ? 'GiB' : 'MiB'
}

export const COMMANDS = {
  desktopStop: ['docker', 'desktop', 'stop'],
  desktopStart: ['docker', 'desktop', 'start'],
  osascriptQuit: ['osascript', '-e', 'quit app "Docker"'],
  openDocker: ['open', '-a', 'Docker'],
  appPid: ['lsappinfo', 'info', '-only', 'pid', '-app', 'com.docker.docker'],
  wslShutdown: ['wsl', '--shutdown'],
  dockerInfo: ['docker', 'info', '--format', '{{json .}}']
} as const

export function colimaStop(profile: string): string[] {
  return ['colima', 'stop', ...(profile === 'default' ? [] : ['--profile', profile])]
}

export function colimaStart(profile: string, memoryGiB: number, cpu: number | null, diskGiB: number | null): string[] {
  return [
    'colima',
    'start',
    ...(profile === 'default' ? [] : ['--profile', profile]),
    '--memory',
    String(memoryGiB),
    ...(cpu !== null ? ['--cpu', String(cpu)] : []),
    ...(diskGiB !== null ? ['--disk', String(diskGiB)] : [])
  ]
}

/** `lsappinfo info -only pid -app …` prints `"pid"=1234`, or nothing when the app is not running. */
export function parseAppPid(stdout: string): number | null {
  const m = /"pid"\s*=\s*(\d+)/.exec(stdout)
  return m ? Number(m[1]) : null
}

/** `colima start` on a running VM logs "already running, ignoring" and exits 0. */
export function colimaAlreadyRunning(output: string): boolean {
  return /already running, ignoring/i.test(output)
}

/** GitHub's RUNNER_OS names the platform the job runs on; tests set it to run the macOS and Windows paths. */
export function platformOf(runnerOs: string | undefined, processPlatform: string): ResizePlatform {
  const byRunner: Record<string, ResizePlatform> = { macos: 'darwin', windows: 'win32', linux: 'linux' }
  const fromRunner = runnerOs ? byRunner[runnerOs.toLowerCase()] : undefined
  if (fromRunner) return fromRunner
  return (RESIZE_PLATFORMS as readonly string[]).includes(processPlatform) ? (processPlatform as ResizePlatform) : 'linux'
}

/**
 * The Colima profile to resize: $COLIMA_PROFILE when set, else the running VM's own (its
 * engine is named `colima-<profile>`), else `default`.
 */
export function colimaProfileOf(dockerName: string | null, envProfile: string | undefined): string {
  if (envProfile) return envProfile
  const m = /^colima-(.+)$/.exec(dockerName ?? '')
  return m ? m[1] : 'default'
}
