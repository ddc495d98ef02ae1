/**
 * The three-step workflow through the bundled entries (setup-buildx-action → this action →
 * build-push-action), against the fake docker replaying real captures: main binds the builder
 * the job already has, post explains the builds on it from `buildx history` and gives its
 * container the limit back. `npm run bundle` first.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, FAKE_DOCKER_DIR, MAIN, POST, runNode, type Ran } from '../helpers/build.js'

const MiB = 1024 * 1024
// The engine's MemTotal in the captured docker info, which the fake replays.
const MEM_TOTAL = (JSON.parse(readFileSync('__tests__/fixtures/captured/docker-info-engine-20.10-cgroupv1.json', 'utf8')) as { MemTotal: number }).MemTotal
// The captured history's builds ran at 15:06 that day: post looks from before them, as it would from a main that ran first.
const BEFORE_CAPTURES = '2026-11-29T15:00:00Z'
let state: string
let workspace: string
let fakeEnv: Record<string, string>
const jobEnv = { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'build', RUNNER_NAME: 'runner-1' }

const calls = (prefix: string): string[] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args.join(' '))
    .filter((a) => a.startsWith(prefix))
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, ...fakeEnv } })
const limits = (): { Memory: number; MemorySwap: number } => {
  const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', 'buildx_buildkit_setup0')) as {
    HostConfig: { Memory: number; MemorySwap: number }
  }
  return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
}
const volumes = (): Record<string, unknown> =>
  existsSync(join(state, 'volumes.json')) ? (JSON.parse(readFileSync(join(state, 'volumes.json'), 'utf8')) as Record<string, unknown>) : {}
const commands = (r: Ran, kind: string): string[] => r.stdout.split('\n').filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`))

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-bind-action-'))
  workspace = mkdtempSync(join(tmpdir(), 'dma-bind-ws-'))
  for (const f of ['Dockerfile.fail', 'Dockerfile.piped']) copyFileSync(join('__tests__/fixtures/captured', f), join(workspace, f))
  // DOCKER_CONFIG: where buildx keeps the builder `create --use` chose, as on a runner after setup-buildx-action.
  fakeEnv = {
    PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`,
    FAKE_DOCKER_STATE: state,
    FAKE_DOCKER_CALLS: join(state, 'calls'),
    DOCKER_CONFIG: join(state, 'docker-config')
  }
})
afterEach(() => {
  rmSync(state, { recursive: true, force: true })
  rmSync(workspace, { recursive: true, force: true })
})

/** main with `inputs`, then post with the state main saved (its start time moved before the captured builds). */
async function mainThenPost(inputs: Record<string, string>, postInputs: Record<string, string> = inputs) {
  const gh = actionEnv({ 'build-memory': '100m', summary: 'false', 'export-env': 'false', ...inputs })
  const main = await runNode(MAIN, [], { env: { ...gh.env, ...fakeEnv, ...jobEnv }, cwd: workspace })
  const outputs = gh.outputs()
  const saved = gh.state()
  const boundLimits = existsSync(join(state, 'builders.json')) && saved['builder-binding'] ? limits() : null
  const post = actionEnv({ 'oom-watch': 'false', ...postInputs })
  const stateEnv = Object.fromEntries(Object.entries({ ...saved, 'started-at': BEFORE_CAPTURES }).map(([k, v]) => [`STATE_${k}`, v]))
  const ran = await runNode(POST, [], { env: { ...post.env, ...fakeEnv, ...jobEnv, ...stateEnv, GITHUB_WORKSPACE: workspace }, cwd: workspace })
  const summary = readFileSync(post.env.GITHUB_STEP_SUMMARY, 'utf8')
  for (const dir of [gh.dir, post.dir]) rmSync(dir, { recursive: true, force: true })
  return { main, outputs, saved, boundLimits, post: ran, summary }
}

/** As `docker buildx use default` leaves it: the engine's own builder chosen by name. */
function useDefaultBuilder(env: Record<string, string>): void {
  mkdirSync(join(env.DOCKER_CONFIG, 'buildx'), { recursive: true })
  writeFileSync(join(env.DOCKER_CONFIG, 'buildx', 'current'), JSON.stringify({ Key: 'unix:///var/run/docker.sock', Name: 'default', Global: false }))
}

describe('a step that plans and does not build binds the builder the job already has', () => {
  test('an unlimited builder, created inactive, is bootstrapped, bound by docker update, read back; post explains its builds and restores it', async () => {
    // As docker/setup-buildx-action leaves it: no limit, current, not started yet.
    docker('buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--use')
    const r = await mainThenPost({})
    expect(r.main.code).toBe(0)
    expect(r.outputs).toMatchObject({ builder: 'setup', enforcement: 'builder', 'build-memory': '100m' })
    expect(r.main.stdout).toContain(
      'bound builder setup by docker update of its container buildx_buildkit_setup0 (one limit for all its build steps together): memory 100 MiB, memory+swap 100 MiB, was memory unlimited, memory+swap unset'
    )
    expect(r.boundLimits).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
    const binding = JSON.parse(r.saved['builder-binding']) as { containerId: string; volume: string }
    expect(r.saved['oom-watch-cgroups']).toBe(binding.containerId)

    expect(r.post.code).toBe(0)
    expect(commands(r.post, 'error')).toEqual([
      expect.stringMatching(/^::error file=Dockerfile\.fail,line=5,endLine=5::Out of memory: \[4\/4\] RUN head -c 300m .*Limit: 100 MiB/)
    ])
    expect(commands(r.post, 'warning')).toEqual([
      expect.stringMatching(/^::warning file=Dockerfile\.piped,line=5,endLine=5::Killed but passed: \[4\/4\] RUN head -c 300m .*Limit: 100 MiB/)
    ])
    expect(r.summary).toContain('Docker build ran out of memory')
    expect(r.post.stdout).toContain('restored builder setup to memory 23.5 GiB, memory+swap unlimited')
    // Set, then read back, then given back: never `--memory 0`, which lifts nothing.
    expect(calls('update')).toEqual([
      `update --memory ${100 * MiB} --memory-swap ${100 * MiB} buildx_buildkit_setup0`,
      `update --memory ${MEM_TOTAL} --memory-swap ${2 * MEM_TOTAL} buildx_buildkit_setup0`,
      'update --memory-swap -1 buildx_buildkit_setup0'
    ])
    expect(calls('buildx inspect')).toEqual(['buildx inspect --bootstrap setup'])
    // The history was read while the limit was still on: explained before restored.
    const all = calls('')
    expect(all.findIndex((c) => c.startsWith('buildx history ls'))).toBeLessThan(all.findIndex((c) => c.startsWith(`update --memory ${MEM_TOTAL}`)))
    expect(limits()).toEqual({ Memory: MEM_TOTAL, MemorySwap: -1 })
    expect(volumes()).toEqual({})
  })

  test('memory-swap is bound as given; keep-limit leaves the limit after the job', async () => {
    docker('buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--use', '--bootstrap')
    const r = await mainThenPost({ builder: 'setup', 'memory-swap': '200m', 'keep-limit': 'true' })
    expect(r.outputs).toMatchObject({ builder: 'setup', enforcement: 'builder' })
    expect(calls('update')).toEqual([`update --memory ${100 * MiB} --memory-swap ${200 * MiB} buildx_buildkit_setup0`])
    expect(r.post.stdout).toContain('kept the limit of builder setup (keep-limit)')
    expect(limits()).toEqual({ Memory: 100 * MiB, MemorySwap: 200 * MiB })
    expect(volumes()).toEqual({})
  })

  test('the current builder is the docker driver: enforcement none, a warning that says what to do, nothing changed', async () => {
    useDefaultBuilder(fakeEnv)
    const r = await mainThenPost({})
    expect(r.main.code).toBe(0)
    expect(r.outputs).toMatchObject({ builder: 'default', enforcement: 'none', 'build-memory': '100m' })
    expect(commands(r.main, 'warning')).toEqual([
      expect.stringContaining(
        "No builder was bound, so nothing limits the job's builds: builder default is the engine's own BuildKit (docker driver), which has no container of its own to update; create a docker-container builder first (docker/setup-buildx-action"
      )
    ])
    expect(r.saved['builder-binding']).toBeUndefined()
    expect(calls('update')).toEqual([])
    expect(calls('buildx history')).toEqual([])
  })

  test('no builder was ever chosen: a notice, enforcement none, and docker is not even started for it', async () => {
    const r = await mainThenPost({})
    expect(r.main.code).toBe(0)
    expect(r.outputs).toMatchObject({ builder: 'default', enforcement: 'none', 'build-memory': '100m' })
    expect(commands(r.main, 'warning')).toEqual([])
    expect(commands(r.main, 'notice')).toEqual([expect.stringContaining('no buildx builder was chosen (docker buildx use, BUILDX_BUILDER)')])
    expect(existsSync(join(state, 'calls')) ? calls('buildx') : []).toEqual([])
  })

  test('an explicit builder that does not exist: one error, no outputs, nothing changed', async () => {
    docker('buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--use', '--bootstrap')
    const gh = actionEnv({ 'build-memory': '100m', builder: 'nope' })
    const main = await runNode(MAIN, [], { env: { ...gh.env, ...fakeEnv, ...jobEnv }, cwd: workspace })
    expect(main.code).toBe(1)
    expect(main.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      '::error::builder "nope" cannot be bound: buildx has no builder named nope'
    ])
    expect(gh.outputs()).toEqual({})
    expect(readFileSync(gh.env.GITHUB_ENV, 'utf8')).toBe('')
    expect(readFileSync(gh.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('')
    expect(calls('update')).toEqual([])
    expect(volumes()).toEqual({})
    rmSync(gh.dir, { recursive: true, force: true })
  })

  test('the resize sub-action binds nothing: no post runs after it to give the limit back', async () => {
    docker('buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--use', '--bootstrap')
    const gh = actionEnv({ 'build-memory': '100m', resize: 'auto', summary: 'false' })
    const main = await runNode(join(MAIN, '../resize.js'), [], { env: { ...gh.env, ...fakeEnv, ...jobEnv }, cwd: workspace })
    expect(main.code).toBe(0)
    expect(gh.outputs()['build-memory']).toBe('100m')
    expect(gh.outputs().enforcement).toBeUndefined()
    expect(calls('update')).toEqual([])
    rmSync(gh.dir, { recursive: true, force: true })
  })
})
