/**
 * The buildx flows that end at the engine's BuildKit cgroup, a real file of this machine: the
 * fake docker replays the captures (a docker-container builder cannot boot here), the cgroup
 * is real. Each test puts that cgroup into the state it starts from: absent, as on a fresh
 * engine, or present, as after the engine's first BuildKit step.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILDKIT_CGROUP, buildkitCgroup, buildkitLimit, UNLIMITED_V1 } from '../helpers/cgroup.js'
import { actionEnv, CLI, FAKE_DOCKER_DIR, MAIN, makeContext, runNode } from '../helpers/build.js'

let state: string
let ctx: string
let fakeEnv: Record<string, string>
let undo: () => void = () => undefined
const calls = (): string[][] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args)
const called = (prefix: string[]): string[][] => calls().filter((a) => prefix.every((p, i) => a[i] === p))
const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups']

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-build-fake-'))
  ctx = makeContext({}, false)
  fakeEnv = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_CALLS: join(state, 'calls') }
})
afterEach(() => {
  undo()
  undo = () => undefined
  rmSync(state, { recursive: true, force: true })
  rmSync(ctx, { recursive: true, force: true })
})

describe('docker-memory build with buildx 0.28 (captured) and the real BuildKit cgroup', () => {
  test.each(['absent', 'present'] as const)(
    'BuildKit cgroup %s: a builder whose container does not have the limit is removed, and the cgroup binds instead and is put back',
    async (start) => {
      undo = buildkitCgroup(start)
      // The captured container has 100 MiB, so a 200 MiB builder reads back wrong; the next
      // mechanism is the engine's BuildKit cgroup.
      const r = await runNode(CLI, ['build', '--build-memory', '200m', '--file', 'Dockerfile.fail', '--log-dir', state, '.'], { env: fakeEnv, cwd: ctx })
      expect(called(['buildx', 'create'])).toHaveLength(1)
      expect(called(['buildx', 'rm'])).toEqual([['buildx', 'rm', 'docker-memory-200m-p1']])
      expect(r.stdout).toMatch(/limit 200 MiB enforced by cgroup/)
      expect(called(['buildx', 'build'])).toEqual([
        [
          'buildx',
          'build',
          '--builder',
          'default',
          '--file',
          'Dockerfile.fail',
          '--iidfile',
          expect.stringMatching(/\/iid$/),
          '--progress',
          'plain',
          '--metadata-file',
          expect.stringMatching(/\/metadata\.json$/),
          '.'
        ]
      ])
      // The fake engine ran no step in it, so what the product made it removed again.
      expect(buildkitLimit()).toBe(start === 'absent' ? 'absent' : UNLIMITED_V1)
    }
  )

  test.each([
    ['present', `cannot write ${BUILDKIT_CGROUP}/memory.limit_in_bytes (EACCES)`],
    ['absent', `${BUILDKIT_CGROUP} does not exist and cannot be created (EACCES)`]
  ] as const)('BuildKit cgroup %s, as nobody: an explicit driver docker is refused with one line that says why, never built unbounded', async (start, why) => {
    undo = buildkitCgroup(start)
    for (const dir of [state, ctx]) chmodSync(dir, 0o777)
    const r = await runNode(CLI, ['build', '--build-memory', '200m', '--file', 'Dockerfile.fail', '--driver', 'docker', '--log-dir', state, '.'], {
      env: fakeEnv,
      cwd: ctx,
      wrap: NOBODY
    })
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n').pop()).toBe(
      `docker-memory: driver docker cannot bind the build's memory here: ${why}; use driver auto to build with what can bind`
    )
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(called(['buildx', 'build'])).toEqual([])
    expect(buildkitLimit()).toBe(start === 'absent' ? 'absent' : UNLIMITED_V1)
  })
})

describe('the action entry with buildx 0.28 (captured) and the real BuildKit cgroup', () => {
  test('an explicit driver docker that cannot bind fails the step with one error, and nothing is built', async () => {
    undo = buildkitCgroup('present')
    const gh = actionEnv({ 'build-memory': '200m', file: 'Dockerfile.fail', driver: 'docker' })
    for (const dir of [state, ctx, gh.dir]) chmodSync(dir, 0o777)
    for (const f of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) chmodSync(gh.env[f], 0o666)
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx, wrap: NOBODY })
    expect(r.code).toBe(1)
    expect(r.stdout.match(/^::error::.*$/gm)).toEqual([
      `::error::driver docker cannot bind the build's memory here: cannot write ${BUILDKIT_CGROUP}/memory.limit_in_bytes (EACCES); use driver auto to build with what can bind`
    ])
    expect(r.stdout).not.toContain('No memory limit binds this build')
    expect(gh.outputs()).not.toHaveProperty('enforcement')
    expect(called(['buildx', 'build'])).toEqual([])
    expect(buildkitLimit()).toBe(UNLIMITED_V1)
    rmSync(gh.dir, { recursive: true, force: true })
  })
})
