/**
 * The buildx flows end to end — probe → create → build → inspect → outputs → rm — against the
 * fake docker that replays real captures (a docker-container builder cannot boot here).
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, CLI, FAKE_DOCKER_DIR, MAIN, makeContext, POST, runNode } from '../helpers/build.js'

let state: string
let ctx: string
let fakeEnv: Record<string, string>
const calls = (): string[][] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args)
const builders = (): Record<string, unknown> =>
  existsSync(join(state, 'builders.json')) ? (JSON.parse(readFileSync(join(state, 'builders.json'), 'utf8')) as Record<string, unknown>) : {}
const called = (prefix: string[]): string[][] => calls().filter((a) => prefix.every((p, i) => a[i] === p))
// The result files, in a directory of the run's own.
const IID = expect.stringMatching(/\/docker-memory-result-[^/]+\/iid$/) as unknown as string
const METADATA = expect.stringMatching(/\/docker-memory-result-[^/]+\/metadata\.json$/) as unknown as string

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-build-fake-'))
  ctx = makeContext({}, false)
  fakeEnv = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_CALLS: join(state, 'calls') }
})
afterEach(() => {
  rmSync(state, { recursive: true, force: true })
  rmSync(ctx, { recursive: true, force: true })
})

describe('docker-memory build with buildx 0.28 (captured)', () => {
  test('creates a builder with the limit, verifies it, fails with the OOM, reports builder, removes the builder', async () => {
    const r = await runNode(CLI, ['build', '--build-memory', '100m', '--file', 'Dockerfile.fail', '--log-dir', state, '.'], { env: fakeEnv, cwd: ctx })
    expect(r.code).toBe(1)
    expect(called(['buildx', 'create'])).toEqual([
      [
        'buildx',
        'create',
        '--name',
        'docker-memory-100m-p1',
        '--driver',
        'docker-container',
        '--driver-opt',
        'memory=100m',
        '--driver-opt',
        'memory-swap=100m',
        '--buildkitd-config',
        expect.stringMatching(/docker-memory-buildkitd-[^/]+\/buildkitd\.toml$/),
        '--bootstrap'
      ]
    ])
    expect(called(['buildx', 'build'])).toEqual([
      [
        'buildx',
        'build',
        '--builder',
        'docker-memory-100m-p1',
        '--file',
        'Dockerfile.fail',
        '--iidfile',
        IID,
        '--progress',
        'plain',
        '--metadata-file',
        METADATA,
        '.'
      ]
    ])
    expect(r.stderr).toContain('builder container buildx_buildkit_docker-memory-100m-p10 has a memory limit of 100 MiB')
    expect(r.stdout).toMatch(/^build failed \(exit code 1\) in [\d.]+ s; limit 100 MiB enforced by builder \(whole build\)$/m)
    // The log on disk is the build's, whole.
    const logPath = /^build log: (.+)$/m.exec(r.stdout)?.[1] as string
    expect(readFileSync(logPath, 'utf8')).toContain('did not complete successfully: exit code: 137')
    expect(called(['buildx', 'rm'])).toEqual([['buildx', 'rm', 'docker-memory-100m-p1']])
    expect(builders()).toEqual({})
  })

  test('--keep-builder keeps it, and the next build with the same limit reuses it instead of creating another', async () => {
    const first = await runNode(CLI, ['build', '--build-memory', '100m', '-f', 'Dockerfile.piped', '--keep-builder', '--log-dir', state, '.'], {
      env: fakeEnv,
      cwd: ctx
    })
    expect(first.code).toBe(0)
    expect(builders()).toEqual({ 'docker-memory-100m-p1': { memory: '100m', 'memory-swap': '100m' } })
    const second = await runNode(CLI, ['build', '--build-memory', '100m', '-f', 'Dockerfile.piped', '--format', 'json', '--log-dir', state, '.'], {
      env: fakeEnv,
      cwd: ctx
    })
    expect(second.code).toBe(0)
    expect(second.stderr).toContain('reusing builder docker-memory-100m-p1')
    expect(called(['buildx', 'create'])).toHaveLength(1)
    const outcome = JSON.parse(second.stdout) as { enforcement: string; limitBytes: number; exitCode: number; builderName: string; builderOomKilled: boolean }
    expect(outcome).toMatchObject({
      enforcement: 'builder',
      limitBytes: 100 * 1024 * 1024,
      exitCode: 0,
      builderName: 'docker-memory-100m-p1',
      builderOomKilled: false
    })
  })

  test('an existing builder with its own limit is reported as it is, not changed', async () => {
    const r = await runNode(CLI, ['build', '--build-memory', '200m', '--file', 'Dockerfile.fail', '--builder', 'memtest', '--log-dir', state, '.'], {
      env: fakeEnv,
      cwd: ctx
    })
    expect(r.stderr).toContain('builder "memtest" keeps its own memory limit of 100 MiB; the plan asked for 200 MiB')
    expect(r.stdout).toMatch(/limit 100 MiB enforced by builder/)
    expect(called(['buildx', 'create'])).toEqual([])
    expect(called(['buildx', 'rm'])).toEqual([])
  })

  test('driver kubernetes: a builder with requests and limits on its pod', async () => {
    const r = await runNode(CLI, ['build', '--build-memory', '100m', '--driver', 'kubernetes', '--file', 'Dockerfile.fail', '--log-dir', state, '.'], {
      env: fakeEnv,
      cwd: ctx
    })
    expect(r.code).toBe(1)
    expect(called(['buildx', 'create'])).toEqual([
      [
        'buildx',
        'create',
        '--name',
        'docker-memory-k8s-100m',
        '--driver',
        'kubernetes',
        '--driver-opt',
        'requests.memory=100m',
        '--driver-opt',
        'limits.memory=100m',
        '--bootstrap'
      ]
    ])
    expect(called(['buildx', 'build'])).toEqual([
      [
        'buildx',
        'build',
        '--builder',
        'docker-memory-k8s-100m',
        '--file',
        'Dockerfile.fail',
        '--iidfile',
        IID,
        '--progress',
        'plain',
        '--metadata-file',
        METADATA,
        '.'
      ]
    ])
    expect(r.stdout).toMatch(/limit 100 MiB enforced by kubernetes \(whole build\)/)
    expect(builders()).toEqual({})
  })

  test('cancelled while the builder is being created: one line, and no builder left', async () => {
    let sent = false
    const r = await runNode(CLI, ['build', '--build-memory', '100m', '--file', 'Dockerfile.fail', '--log-dir', state, '.'], {
      env: { ...fakeEnv, FAKE_DOCKER_CREATE_MS: '30000' },
      cwd: ctx,
      onOutput: (soFar, child) => {
        if (!sent && soFar.includes('docker buildx create')) {
          sent = true
          // Give the runner the moment it takes to spawn the create.
          setTimeout(() => child.kill('SIGTERM'), 300)
        }
      }
    })
    expect(sent).toBe(true)
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n').pop()).toBe('docker-memory: cancelled (SIGTERM) before the build started; nothing it set up is left')
    expect(called(['buildx', 'build'])).toEqual([])
    expect(builders()).toEqual({})
  })

  test('a limit below the floor is refused with one line, before anything is created', async () => {
    const r = await runNode(CLI, ['build', '--build-memory', '32m', '--file', 'Dockerfile.fail', '.'], { env: fakeEnv, cwd: ctx })
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n').pop()).toBe(
      'docker-memory: build memory 32 MiB is below the 64 MiB floor of the builder mechanism: the BuildKit daemon runs inside this limit and would be OOM-killed (buildx then fails with "rpc error … EOF")'
    )
    expect(called(['buildx', 'create'])).toEqual([])
  })
})

describe('secrets', () => {
  const SECRET = 's3cr3t-dma-build-value'

  test('the CLI hands docker the variable of --secret-env by name, never its value in argv or the output', async () => {
    const r = await runNode(
      CLI,
      ['build', '--build-memory', '100m', '--file', 'Dockerfile.piped', '--secret-env', 'NPM_TOKEN=DMA_BUILD_SECRET', '--log-dir', state, '.'],
      {
        env: { ...fakeEnv, DMA_BUILD_SECRET: SECRET },
        cwd: ctx
      }
    )
    expect(r.code).toBe(0)
    const build = called(['buildx', 'build'])[0]
    expect(build[build.indexOf('--secret') + 1]).toBe('id=NPM_TOKEN,env=DMA_BUILD_SECRET')
    expect(readFileSync(join(state, 'calls'), 'utf8') + r.stdout + r.stderr).not.toContain(SECRET)
  })

  test('the action masks it and keeps it out of argv, outputs and state', async () => {
    const gh = actionEnv({ 'build-memory': '100m', file: 'Dockerfile.piped', secrets: `NPM_TOKEN=${SECRET}` })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`::add-mask::${SECRET}`)
    const written = readFileSync(join(state, 'calls'), 'utf8') + readFileSync(gh.env.GITHUB_OUTPUT, 'utf8') + readFileSync(gh.env.GITHUB_STATE, 'utf8')
    expect(written).not.toContain(SECRET)
    expect(r.stdout.replace(`::add-mask::${SECRET}`, '')).not.toContain(SECRET)
    rmSync(gh.dir, { recursive: true, force: true })
  })
})

describe('the action entry with buildx 0.28 (captured)', () => {
  test('builds when file is given, writes the outputs, fails the step after them, and post removes the builder', async () => {
    const gh = actionEnv({ 'build-memory': '100m', file: 'Dockerfile.fail', context: '.' })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::group::docker buildx build (builder)')
    expect(r.stdout).toMatch(/::error::docker build failed with exit code 1/)
    // The captured log shows the step Killed with exit code 137: the explanation's evidence.
    expect(gh.outputs()).toMatchObject({ 'build-memory': '100m', enforcement: 'builder', 'exit-code': '1', 'oom-killed': 'true', 'peak-memory': '' })
    expect(gh.state()['builder-to-remove']).toBe('docker-memory-100m-p1')
    expect(builders()).toHaveProperty('docker-memory-100m-p1')

    const post = await runNode(POST, [], { env: { ...fakeEnv, ...gh.env, 'STATE_builder-to-remove': 'docker-memory-100m-p1' }, cwd: ctx })
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('removed builder docker-memory-100m-p1')
    expect(builders()).toEqual({})
    rmSync(gh.dir, { recursive: true, force: true })
  })

  test('keep-builder: nothing for post to remove', async () => {
    const gh = actionEnv({ 'build-memory': '100m', file: 'Dockerfile.piped', 'keep-builder': 'true' })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(0)
    expect(gh.outputs()).toMatchObject({ enforcement: 'builder', 'exit-code': '0' })
    expect(gh.state()['builder-to-remove']).toBeUndefined()
    rmSync(gh.dir, { recursive: true, force: true })
  })

  test('a bad build input fails before any output is written', async () => {
    const gh = actionEnv({ file: 'Dockerfile.fail', driver: 'buildkit' })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(1)
    expect(r.stdout.trim()).toBe('::error::driver "buildkit" is not one of auto, docker-container, docker, kubernetes, remote, legacy')
    expect(readFileSync(gh.env.GITHUB_OUTPUT, 'utf8')).toBe('')
    rmSync(gh.dir, { recursive: true, force: true })
  })
})
