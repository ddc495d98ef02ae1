import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseCommandFile } from './action.js'

export const REPO = resolve('.')
export const FAKE_DOCKER_DIR = join(REPO, '__tests__/fixtures/fake-docker')
export const CLI = join(REPO, 'dist/cli.js')
export const MAIN = join(REPO, 'dist/main.js')
export const POST = join(REPO, 'dist/post.js')

export interface Ran {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Runs a bundled entry point. `onOutput` sees output as it comes, to act mid-build;
 * `wrap` runs it under another command (flock).
 */
export function runNode(
  entry: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; wrap?: string[]; onOutput?: (soFar: string, child: ReturnType<typeof spawn>) => void } = {}
): Promise<Ran> {
  return new Promise((done) => {
    const argv = [...(options.wrap ?? []), process.execPath, entry, ...args]
    const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d
      options.onOutput?.(stdout + stderr, child)
    })
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
      options.onOutput?.(stdout + stderr, child)
    })
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }))
  })
}

/**
 * A build context holding the captured Dockerfiles and `extra` ones; for a real engine also a
 * static busybox, since no image can be pulled and the images are built FROM scratch.
 */
export function makeContext(extra: Record<string, string> = {}, forEngine = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'dma-build-ctx-'))
  if (forEngine) copyFileSync('/bin/busybox', join(dir, 'busybox'))
  for (const f of ['Dockerfile.fail', 'Dockerfile.piped']) copyFileSync(join(REPO, '__tests__/fixtures/captured', f), join(dir, f))
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text)
  return dir
}

export const BUSYBOX_IMAGE = 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n'

/** The files the runner gives a JavaScript action, empty, and INPUT_* variables as the runner spells them. */
export function actionEnv(inputs: Record<string, string>): {
  env: Record<string, string>
  outputs: () => Record<string, string>
  state: () => Record<string, string>
  dir: string
} {
  const dir = mkdtempSync(join(tmpdir(), 'dma-build-gh-'))
  const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' }
  const env: Record<string, string> = { RUNNER_TEMP: dir, GITHUB_ACTIONS: 'true' }
  for (const [name, file] of Object.entries(files)) {
    writeFileSync(join(dir, file), '')
    env[name] = join(dir, file)
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return { env, dir, outputs: () => parseFileCommands(join(dir, 'output')), state: () => parseFileCommands(join(dir, 'state')) }
}

/** `name<<delimiter\nvalue\ndelimiter` entries, as @actions/core writes them. */
export function parseFileCommands(path: string): Record<string, string> {
  return parseCommandFile(readFileSync(path, 'utf8'))
}
