/**
 * A simulated machine for the resize tests: a temporary HOME holding settings files in their
 * real formats, and the fake docker, osascript, open, lsappinfo, colima and wsl of
 * __tests__/fixtures/resize-sim first on PATH. Our code runs unchanged against it.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { engineInfo } from '../fixtures/resize-sim/engine.mjs'

export const SIM_BIN = resolve('__tests__/fixtures/resize-sim')
const CLI = resolve('dist/cli.js')
const MAIN = resolve('dist/main.js')

export interface Faults {
  noDesktopCli?: boolean
  /** `docker desktop start` fails while `stop` works. */
  noDesktopStart?: boolean
  refuseQuit?: boolean
  ignoreSigterm?: boolean
  rewriteOnStop?: boolean
  /** The settings folder becomes unwritable while the app quits. */
  lockSettingsOnStop?: boolean
  /** `colima stop` exits 0 but the VM keeps running. */
  stopIgnored?: boolean
  /** How many of the next launches never bring the engine up. */
  failLaunches?: number
  startDelayMs?: number
  stopDelayMs?: number
  /** `colima stop` / `colima start` wait until the test clears the faults (a gate, not a delay). */
  stopHeld?: boolean
  startHeld?: boolean
}

export type SimMode = 'desktop' | 'wsl' | 'colima'

export class Sim {
  readonly root = mkdtempSync(join(tmpdir(), 'rsz-sim-'))
  readonly home = join(this.root, 'home')
  readonly state = join(this.root, 'state')
  readonly appData = join(this.root, 'AppData', 'Roaming')
  readonly programFiles = join(this.root, 'Program Files')
  readonly programData = join(this.root, 'ProgramData')

  constructor(
    readonly platform: 'darwin' | 'win32' | 'linux',
    readonly mode: SimMode
  ) {
    mkdirSync(this.home, { recursive: true })
    mkdirSync(this.state, { recursive: true })
    mkdirSync(this.desktopDir, { recursive: true })
    const exeDir = join(this.programFiles, 'Docker', 'Docker')
    mkdirSync(exeDir, { recursive: true })
    symlinkSync(join(SIM_BIN, 'Docker Desktop.exe'), join(exeDir, 'Docker Desktop.exe'))
    writeFileSync(join(this.state, 'state.json'), JSON.stringify({ platform, mode }))
  }

  get desktopDir(): string {
    return this.platform === 'win32' ? join(this.appData, 'Docker') : join(this.home, 'Library', 'Group Containers', 'group.com.docker')
  }
  get store(): string {
    return join(this.desktopDir, 'settings-store.json')
  }
  get legacy(): string {
    return join(this.desktopDir, 'settings.json')
  }
  get wslconfig(): string {
    return join(this.home, '.wslconfig')
  }
  colimaConfig(profile = 'default'): string {
    return join(this.home, '.colima', profile, 'colima.yaml')
  }

  get env(): Record<string, string> {
    return {
      PATH: `${SIM_BIN}:${process.env.PATH}`,
      HOME: this.home,
      USERPROFILE: this.home,
      APPDATA: this.appData,
      ProgramFiles: this.programFiles,
      ProgramData: this.programData,
      SIM_STATE: this.state,
      CI: 'true',
      // The simulated engine answers only through the fake docker: its API socket is absent,
      // so the probe falls back to the CLI instead of asking this machine's real engine.
      DOCKER_HOST: `unix://${join(this.root, 'docker.sock')}`,
      // Where the fake docker's server listens (the unit tier's global setup), so that it answers
      // the fake commands (tools.mjs: the engine polls, open, lsappinfo…) without a node start each;
      // unset, each is a process.
      ...(process.env.FAKE_DOCKER_SERVER === undefined ? {} : { FAKE_DOCKER_SERVER: process.env.FAKE_DOCKER_SERVER })
    }
  }

  write(path: string, text: string): void {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, text)
  }

  read(path: string): string {
    return readFileSync(path, 'utf8')
  }

  faults(f: Faults): void {
    writeFileSync(join(this.state, 'faults.json'), JSON.stringify(f))
  }

  calls(): string[] {
    const log = join(this.state, 'calls.log')
    return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
  }

  simState(): Record<string, unknown> {
    return JSON.parse(readFileSync(join(this.state, 'state.json'), 'utf8')) as Record<string, unknown>
  }

  private tool(name: string, args: string[]): SpawnSyncReturns<string> {
    return spawnSync(join(SIM_BIN, name), args, { env: this.env, encoding: 'utf8' })
  }

  /** MemTotal the fake engine reports now (what its `docker info` prints), or null when it does not answer. */
  memTotal(): number | null {
    return engineInfo(this.simState())?.MemTotal ?? null
  }

  /** Boots the simulated Docker as the user had it before our tool ran. */
  async boot(colimaArgs: string[] = []): Promise<void> {
    if (this.mode === 'colima') this.tool('colima', ['start', ...colimaArgs])
    else if (this.platform === 'win32')
      spawn(join(this.programFiles, 'Docker', 'Docker', 'Docker Desktop.exe'), [], { env: this.env, detached: true, stdio: 'ignore' }).unref()
    else this.tool('open', ['-a', 'Docker'])
    for (let i = 0; i < 1000 && this.memTotal() === null; i++) await new Promise((r) => setTimeout(r, 10))
    if (this.memTotal() === null) throw new Error('the simulated Docker did not boot')
    rmSync(join(this.state, 'calls.log'), { force: true })
  }

  cli(args: string[], extraEnv: Record<string, string> = {}): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [CLI, ...args], { env: { ...this.env, ...extraEnv }, encoding: 'utf8', timeout: 110000 })
  }

  /** Runs the action's main entry with INPUT_* variables; returns its outputs. */
  action(
    inputs: Record<string, string>,
    runnerOs: string,
    extraEnv: Record<string, string> = {}
  ): { status: number | null; stdout: string; outputs: Record<string, string> } {
    const outputFile = join(this.root, 'github-output')
    writeFileSync(outputFile, '')
    writeFileSync(join(this.root, 'github-state'), '')
    const env: Record<string, string> = {
      ...this.env,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STATE: join(this.root, 'github-state'),
      RUNNER_OS: runnerOs,
      GITHUB_ACTIONS: 'true',
      ...extraEnv
    }
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
    const r = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 110000 })
    const outputs: Record<string, string> = {}
    for (const m of readFileSync(outputFile, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
    return { status: r.status, stdout: r.stdout + r.stderr, outputs }
  }

  /**
   * Makes the settings folder refuse new files. Root ignores file modes, so as root the
   * immutable flag stands in for them; any other user gets a read-only folder.
   */
  lockDesktopDir(): void {
    const r = process.getuid?.() === 0 ? spawnSync('chattr', ['+i', this.desktopDir]) : spawnSync('chmod', ['a-w', this.desktopDir])
    if (r.status !== 0) throw new Error(`could not lock ${this.desktopDir}: ${String(r.stderr)}`)
  }

  cleanup(): void {
    if (existsSync(this.desktopDir)) {
      if (process.getuid?.() === 0) spawnSync('chattr', ['-i', this.desktopDir])
      chmodSync(this.desktopDir, 0o755)
    }
    const { appPid } = this.simState() as { appPid?: number | null }
    if (appPid) {
      try {
        process.kill(appPid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    rmSync(this.root, { recursive: true, force: true })
  }
}
