/**
 * Post records the peak of the builds on the builder main bound (reached after main read the
 * cgroup's marks: src/core/bind/builder-marks.ts), as a build of our own does:
 * the bundled main and post against the fake docker (real captures) and a stand-in for the
 * Actions cache service. The peak is real: the fake builder container reports the pid of a
 * process the test puts in a memory cgroup of its own, hence root.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatSize } from '../../src/core/units.js'
import { actionEnv, FAKE_DOCKER_DIR, MAIN, POST, runNode } from '../helpers/build.js'
import { inJob } from '../history/cache-run.js'
import { startFakeCacheService, type FakeCacheService } from '../history/fake-cache-service.js'

const MiB = 1024 * 1024
const CGROUP = `/sys/fs/cgroup/memory/dm-bind-peak-test-${process.pid}`
let holder: ChildProcess
let service: FakeCacheService
let root: string

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dma-bind-peak-'))
  service = await startFakeCacheService()
  mkdirSync(CGROUP)
  // Moved into the cgroup, it uses as many MiB there as each line it reads says: the builds of a job.
  holder = spawn('sh', ['-c', 'while read n; do head -c "${n}m" /dev/zero | tail > /dev/null; done'], { stdio: ['pipe', 'ignore', 'ignore'] })
  await new Promise((r) => holder.once('spawn', r))
  execFileSync('sh', ['-c', `echo ${holder.pid} > ${CGROUP}/cgroup.procs`])
})

/** The holder's cgroup peaks at `mib` MiB: its high-water mark rises after main read it, as a job's builds raise it (post counts from main's reading). */
async function build(mib: number): Promise<void> {
  holder.stdin?.write(`${mib}\n`)
  for (let i = 0; i < 200 && Number(readFileSync(join(CGROUP, 'memory.max_usage_in_bytes'), 'utf8')) < mib * MiB; i++)
    await new Promise((r) => setTimeout(r, 50))
}
let nextBuildMiB = 20
afterAll(async () => {
  const gone = new Promise((r) => holder.once('exit', r))
  holder.kill('SIGKILL')
  await gone
  rmdirSync(CGROUP)
  await service.close()
  rmSync(root, { recursive: true, force: true })
})

/** main binds the builder `setup`, then post runs with the state main saved, `startedAt` moved before the captured builds. */
async function mainThenPost(
  job: string,
  startedAt: string,
  extraEnv: Record<string, string> = {},
  beforePost: (runnerTemp: string) => void = () => {}
): Promise<{ ran: Awaited<ReturnType<typeof runNode>>; peak: number }> {
  // DOCKER_CONFIG: where buildx keeps the builder `create --use` chose, as on a runner after setup-buildx-action.
  const fakeEnv = {
    PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`,
    FAKE_DOCKER_STATE: join(root, job, 'docker'),
    FAKE_DOCKER_BUILDER_PID: String(holder.pid),
    DOCKER_CONFIG: join(root, job, 'docker-config'),
    // The fake docker is the engine here: the binding, which talks to a local engine's socket, must not reach this tier's real one.
    DOCKER_HOST: `unix://${join(root, 'no-engine.sock')}`,
    ...extraEnv
  }
  mkdirSync(join(root, job), { recursive: true })
  execFileSync('docker', ['buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--use', '--bootstrap'], {
    env: { ...process.env, ...fakeEnv }
  })
  const workspace = join(root, job, 'work')
  mkdirSync(workspace)
  for (const f of ['Dockerfile.fail', 'Dockerfile.piped']) copyFileSync(join('__tests__/fixtures/captured', f), join(workspace, f))
  const env = {
    ...fakeEnv,
    HOME: join(root, job, 'home'),
    GITHUB_WORKSPACE: workspace,
    ACTIONS_CACHE_URL: service.url,
    ACTIONS_RUNTIME_TOKEN: 'token',
    GITHUB_RUN_ID: '9',
    GITHUB_JOB: job
  }
  const inputs = { 'build-memory': '100m', history: 'true', 'history-key': job, summary: 'false', 'export-env': 'false' }
  const main = actionEnv(inputs)
  expect((await runNode(MAIN, [], { env: { ...main.env, ...env }, cwd: workspace })).code).toBe(0)
  expect(main.outputs()).toMatchObject({ builder: 'setup', enforcement: 'builder' })
  await build(nextBuildMiB)
  nextBuildMiB += 4
  const state = { ...main.state(), 'started-at': startedAt }
  const post = actionEnv({ ...inputs, 'oom-watch': 'false' })
  beforePost(post.env.RUNNER_TEMP)
  const ran = await runNode(POST, [], {
    env: { ...post.env, ...env, ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])) },
    cwd: workspace
  })
  const peak = Number(readFileSync(join(CGROUP, 'memory.max_usage_in_bytes'), 'utf8'))
  for (const d of [main.dir, post.dir]) rmSync(d, { recursive: true, force: true })
  return { ran, peak }
}

describe('post with history: true', () => {
  test('records the bound builder’s peak under the key main planned with', async () => {
    // The captured history's builds (a failed one, a killed-but-passed one) ran at 15:06 that day.
    const { ran, peak } = await mainThenPost('web', '2026-11-29T15:00:00Z')
    expect(ran.code).toBe(0)
    expect(ran.stdout).toContain(`builder setup peaked at ${formatSize(peak)}`)
    expect(ran.stdout).toMatch(/^::notice title=Docker memory history::history: recorded the peak .+ for web in the Actions cache/m)
    expect(ran.stdout).toContain('restored builder setup')
    // The next job's plan reads it back.
    const next = await inJob(root, 'next', service.url, 'load', 'web')
    expect(next.peak).toMatchObject({ bytes: peak, runs: 1 })
  })

  test('a build that passed untouched (nothing to explain) still records the builder’s peak and its steps’ peaks', async () => {
    // The captured passing build (buildx 0.36) ran from 08:10:00.240 to 08:10:01.358; the sampler saw its RUN step's cgroup.
    const start = Date.parse('2026-12-03T08:10:00.240Z')
    const container = 'bf9792f47fb8141c5e8ea951697f92c825e7c2f1d66602fdb44ab44893ee1d60'
    const step = {
      id: 'p4ss3d',
      firstMs: start + 600,
      lastMs: start + 1000,
      peakBytes: 21 * MiB,
      command: '/bin/sh -c head -c 20m /dev/zero | tail > /dev/null; echo "held 20 MiB"'
    }
    const { ran, peak } = await mainThenPost('app', '2026-12-03T08:00:00Z', { FAKE_DOCKER_HISTORY: 'passed' }, (temp) => {
      mkdirSync(join(temp, 'docker-memory'), { recursive: true })
      writeFileSync(join(temp, 'docker-memory', `memory-${container}.tsv.steps`), JSON.stringify(step) + '\n')
    })
    expect(ran.code).toBe(0)
    expect(ran.stdout).toContain("builder setup: 0 builds since this job's plan showed memory trouble, 1 passed untouched")
    expect(ran.stdout).not.toMatch(/^::(error|warning)/m)
    expect(ran.stdout).toContain(`builder setup peaked at ${formatSize(peak)}`)
    const next = await inJob(root, 'next-app', service.url, 'load', 'app')
    expect(next.peak).toMatchObject({
      bytes: peak,
      runs: 1,
      steps: [{ instruction: '[3/3] RUN head -c 20m /dev/zero | tail > /dev/null; echo "held 20 MiB"', platform: null, bytes: 21 * MiB }]
    })
  })
})
