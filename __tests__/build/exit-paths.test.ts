/**
 * Every way a build can end — a line too long for a string, a crash in the middle, SIGTERM —
 * leaves no secret on disk and no builder behind, and says one line instead of a stack trace.
 * Against the fake docker that replays real captures.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, CLI, FAKE_DOCKER_DIR, MAIN, makeContext, runNode } from '../helpers/build.js'

const SECRET = 'dma-exit-paths-secret-value'
let state: string
let ctx: string
let fakeEnv: Record<string, string>
let secretsRoot: string

const builders = (): Record<string, unknown> => (existsSync(join(state, 'builders.json')) ? JSON.parse(readFileSync(join(state, 'builders.json'), 'utf8')) : {})
/** The secret specs docker was handed, from the argv the fake docker recorded. */
const secretSpecs = (): string[] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args)
    .filter((a) => a[0] === 'buildx' && a[1] === 'build')
    .map((a) => a[a.indexOf('--secret') + 1])
/** docker reads the variable itself: its name in argv, its value nowhere we wrote. */
const secretOnlyByName = (r: { stdout: string; stderr: string }): void => {
  expect(secretSpecs()).toEqual(['id=TOKEN,env=DMA_EXIT_SECRET'])
  expect(readFileSync(join(state, 'calls'), 'utf8') + r.stdout + r.stderr).not.toContain(SECRET)
}

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-exit-paths-'))
  // Secrets go under TMPDIR: a directory of this test's own shows what is left in it.
  secretsRoot = mkdtempSync(join(tmpdir(), 'dma-exit-paths-tmp-'))
  ctx = makeContext({}, false)
  fakeEnv = {
    PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`,
    FAKE_DOCKER_STATE: state,
    FAKE_DOCKER_CALLS: join(state, 'calls'),
    TMPDIR: secretsRoot,
    DMA_EXIT_SECRET: SECRET
  }
})
afterEach(() => {
  for (const dir of [state, ctx, secretsRoot]) rmSync(dir, { recursive: true, force: true })
})

const ARGS = ['build', '--build-memory', '100m', '--file', 'Dockerfile.fail', '--secret-env', 'TOKEN=DMA_EXIT_SECRET']

describe('docker-memory build on every way out', () => {
  test('a long build-output line without a newline: the build ends as docker did, the line is cut, the log is whole', async () => {
    const r = await runNode(CLI, [...ARGS, '--log-dir', state, '.'], { env: { ...fakeEnv, FAKE_DOCKER_HUGE_LINE_MB: '16' }, cwd: ctx })
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^build failed \(exit code 1\) in [\d.]+ s; limit 100 MiB enforced by builder \(whole build\)$/m)
    // The captured log goes on after the long part, on the same line.
    expect(r.stderr).toMatch(/\nx{32768} … \[\d+ bytes of this line cut\] … x+#0 building with/)
    const logPath = /^build log: (.+)$/m.exec(r.stdout)?.[1] as string
    expect(statSync(logPath).size).toBeGreaterThan(16 * 1024 * 1024)
    rmSync(logPath)
    secretOnlyByName(r)
    // The result files' directory is gone too.
    expect(readdirSync(secretsRoot)).toEqual([])
    expect(builders()).toEqual({})
  })

  test('SIGTERM while docker builds: exit 130, one line, the secret and the builder gone', async () => {
    let sent = false
    const r = await runNode(CLI, [...ARGS, '--log-dir', state, '.'], {
      env: { ...fakeEnv, FAKE_DOCKER_BUILD_MS: '30000', FAKE_DOCKER_BUILD_PRINT: 'step running\n' },
      cwd: ctx,
      onOutput: (soFar, child) => {
        if (!sent && soFar.includes('step running')) {
          sent = true
          child.kill('SIGTERM')
        }
      }
    })
    expect(sent).toBe(true)
    expect(r.code).toBe(130)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.stderr).toContain('docker-memory: the build was cancelled (SIGTERM); docker was stopped and builder docker-memory-100m-p1 is removed')
    secretOnlyByName(r)
    expect(readdirSync(secretsRoot)).toEqual([])
    expect(builders()).toEqual({})
  })

  // The action's `secrets` (values, as build-push-action's) are the ones that go through files of ours.
  test('a secret file name planted in advance cannot receive the secret: the directory is fresh and the files exclusive', async () => {
    const gh = actionEnv({ 'build-memory': '100m', file: 'Dockerfile.fail', secrets: `TOKEN=${SECRET}` })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    rmSync(gh.dir, { recursive: true, force: true })
    expect(r.code).toBe(1)
    const [path] = secretSpecs().map((spec) => spec.replace(/^id=TOKEN,src=/, ''))
    expect(path).toMatch(new RegExp(`^${secretsRoot}/docker-memory-secrets-[A-Za-z0-9]{6}/TOKEN$`))
    expect(readdirSync(secretsRoot)).toEqual([])
  })
})
