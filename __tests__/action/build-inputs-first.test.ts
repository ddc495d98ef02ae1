/**
 * The action's build, through its bundled entry and the fake docker that replays real
 * captures: every input is checked before any output, env or summary is written, and the
 * build's own output cannot issue workflow commands.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, FAKE_DOCKER_DIR, MAIN, makeContext, runNode } from '../helpers/build.js'

let state: string
let ctx: string
let fakeEnv: Record<string, string>
let gh: ReturnType<typeof actionEnv> | null = null
const calls = (): string[][] =>
  existsSync(join(state, 'calls'))
    ? readFileSync(join(state, 'calls'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { args: string[] }).args)
    : []

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-inputs-first-'))
  ctx = makeContext({}, false)
  fakeEnv = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_CALLS: join(state, 'calls') }
})
afterEach(() => {
  for (const dir of [state, ctx, gh?.dir ?? '']) if (dir) rmSync(dir, { recursive: true, force: true })
  gh = null
})

describe('build inputs that only the plan or docker can refuse', () => {
  test.each([
    [
      'memory-swap below the limit',
      { 'build-memory': '1g', 'memory-swap': '512m' },
      'memory-swap 512 MiB is below the build memory 1 GiB; it counts memory plus swap, so it must be at least as large'
    ],
    [
      'driver remote without a builder',
      { 'build-memory': '1g', driver: 'remote' },
      'driver remote needs builder: the name of an existing remote builder (docker buildx create --driver remote …)'
    ],
    [
      'a builder too small for its BuildKit daemon',
      { 'build-memory': '32m' },
      'build memory 32 MiB is below the 64 MiB floor of the builder mechanism: the BuildKit daemon runs inside this limit and would be OOM-killed (buildx then fails with "rpc error … EOF")'
    ]
  ])('%s: one ::error line, and no output, env or summary written', async (_, inputs, message) => {
    gh = actionEnv({ file: 'Dockerfile.fail', ...inputs })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(1)
    expect(r.stdout.match(/^::error.*$/gm)).toEqual([`::error::${message}`])
    expect(r.stderr).toBe('')
    for (const file of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY']) expect([file, readFileSync(gh.env[file], 'utf8')]).toEqual([file, ''])
    expect(Object.keys(gh.state())).toEqual(['started-at', 'oom-kill-count'])
    expect(calls().filter((a) => a[0] === 'buildx' && (a[1] === 'create' || a[1] === 'build'))).toEqual([])
  })
})

describe("the build's output in the action log", () => {
  test('workflow commands a RUN step prints are stopped with a token the build cannot know', async () => {
    gh = actionEnv({ file: 'Dockerfile.piped', 'build-memory': '100m' })
    const injected = '::add-mask::dma-leak\n::stop-commands::evil\n::error::injected by the build\n'
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env, FAKE_DOCKER_BUILD_PRINT: injected }, cwd: ctx })
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    const group = lines.indexOf('::group::docker buildx build (builder)')
    const stop = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[group + 1])
    expect(stop).not.toBeNull()
    const token = (stop as RegExpExecArray)[1]
    const resume = lines.indexOf(`::${token}::`)
    expect(lines[resume + 1]).toBe('::endgroup::')
    for (const l of injected.trim().split('\n')) {
      const at = lines.indexOf(l)
      expect([l, at > group + 1 && at < resume]).toEqual([l, true])
    }
    // Once only: the build's own output does not carry the token.
    expect(lines.filter((l) => l.includes(token))).toHaveLength(2)
    expect(r.stdout.match(/^::error.*$/gm)).toEqual(['::error::injected by the build'])
  })
})
