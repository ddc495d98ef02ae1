/**
 * Builds someone else ran on a builder, explained from `buildx history` alone, against the
 * fake docker replaying the real buildx 0.28 history captures. The peak is real: the fake
 * builder container reports the pid of a process the test puts in a memory cgroup of its own.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { explainBuildRecords } from '../../src/explain/build-records.js'

const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
const CGROUP = `/sys/fs/cgroup/memory/dm-history-test-${process.pid}`
const saved = { PATH: process.env.PATH, FAKE_DOCKER_STATE: process.env.FAKE_DOCKER_STATE, FAKE_DOCKER_BUILDER_PID: process.env.FAKE_DOCKER_BUILDER_PID }
let state: string
let workspace: string
let refs: string
let holder: ChildProcess

beforeAll(async () => {
  mkdirSync(CGROUP)
  // It waits to be moved into the cgroup, then uses 20 MiB there, so the cgroup has a peak.
  holder = spawn('sh', ['-c', 'read go; head -c 20m /dev/zero | tail > /dev/null; exec sleep 120'], { stdio: ['pipe', 'ignore', 'ignore'] })
  await new Promise((r) => holder.once('spawn', r))
  writeFileSync(join(CGROUP, 'cgroup.procs'), String(holder.pid))
  holder.stdin?.write('go\n')
  for (let i = 0; i < 100 && Number(readFileSync(join(CGROUP, 'memory.max_usage_in_bytes'), 'utf8')) < 20 * 1024 * 1024; i++)
    await new Promise((r) => setTimeout(r, 50))
})
afterAll(async () => {
  const gone = new Promise((r) => holder.once('exit', r))
  holder.kill('SIGKILL')
  await gone
  rmdirSync(CGROUP)
})

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dm-history-fake-'))
  workspace = mkdtempSync(join(tmpdir(), 'dm-history-ws-'))
  refs = mkdtempSync(join(tmpdir(), 'dm-history-refs-'))
  for (const f of ['Dockerfile.fail', 'Dockerfile.piped']) copyFileSync(join('__tests__/fixtures/captured', f), join(workspace, f))
  Object.assign(process.env, { PATH: `${FAKE}:${saved.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_BUILDER_PID: String(holder.pid) })
  execFileSync(
    'docker',
    ['buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--driver-opt', 'memory-swap=100m', '--bootstrap'],
    { env: process.env }
  )
})
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  for (const d of [state, workspace, refs]) rmSync(d, { recursive: true, force: true })
})

describe('explainBuildRecords', () => {
  test('a failed build at Dockerfile.fail:5 and a killed-but-passed one at Dockerfile.piped:5, with the limit and the peak', async () => {
    const { builds, problems } = await explainBuildRecords('setup', { since: '2026-11-29T15:00:00Z', workspace, logDir: state, plan: null, refsDir: refs })
    expect(problems).toEqual([])
    const peak = Number(readFileSync(join(CGROUP, 'memory.max_usage_in_bytes'), 'utf8'))
    expect(peak).toBeGreaterThan(20 * 1024 * 1024)
    expect(builds.map((b) => [b.record.id, b.explanation.annotations.map((a) => [a.level, a.title, `${a.file}:${a.startLine}`])])).toEqual([
      [
        'ir0up95m4hf3gp4wdmupy3rmb',
        [['warning', 'Killed but passed: [4/4] RUN head -c 300m /dev/zero | tail > /dev/null; echo "pipeline finished"', 'Dockerfile.piped:5']]
      ],
      ['zaxnxaxlcr9gu8gjr92uw2l26', [['error', 'Out of memory: [4/4] RUN head -c 300m /dev/zero | tail > /dev/null', 'Dockerfile.fail:5']]]
    ])
    for (const b of builds) {
      expect(b.outcome).toMatchObject({
        enforcement: 'builder',
        limitBytes: 100 * 1024 * 1024,
        builderName: 'setup',
        peakBytes: peak,
        peakSource: `${CGROUP}/memory.max_usage_in_bytes`
      })
      expect(b.explanation.annotations[0].message).toContain('Limit: 100 MiB')
      // The decision first, the bound builder and its limit, then the peak beside the limit (no samples: read once after the build).
      expect(b.summary.split('\n\n')[1]).toMatch(
        /^\*\*Builder `setup` limited to 100 MiB\*\* \(the BuildKit builder container's memory, all steps together\)\. /
      )
      expect(b.summary).toMatch(/\| `setup` \| 100 MiB \| \d+(\.\d+)? MiB \(\d+ %\) \| builder \|/)
      expect(b.summary).toContain('  title "Peak against the 100 MiB limit (MiB)"')
    }
    const failed = builds[1]
    expect(failed.log.finalError).toBe('process "/bin/sh -c head -c 300m /dev/zero | tail > /dev/null" did not complete successfully: exit code: 137')
    expect(failed.outcome).toMatchObject({ exitCode: 1, startedAt: '2026-11-29T15:06:52.363361485Z', durationMs: 1113, dockerfile: 'Dockerfile.fail' })
    expect(builds[0].outcome.exitCode).toBe(0)
  })

  test("with the action's sampler series of the builder, the summary draws the build's memory against the limit over time", async () => {
    // The fake builder container's id; the OOM build ran from 15:06:52.363 to 15:06:53.476.
    const id = 'bf9792f47fb8141c5e8ea951697f92c825e7c2f1d66602fdb44ab44893ee1d60'
    const start = Date.parse('2026-11-29T15:06:52.363Z')
    const lines = [
      [start - 1000, 5],
      [start + 100, 20],
      [start + 400, 50],
      [start + 700, 80],
      [start + 1000, 100],
      [start + 5000, 3]
    ]
    writeFileSync(join(state, `memory-${id}.tsv`), lines.map(([at, mib]) => `${at} ${mib * 1024 * 1024}\n`).join(''))
    const { builds } = await explainBuildRecords('setup', { since: '2026-11-29T15:06:52Z', workspace, logDir: state, plan: null, refsDir: refs })
    expect(builds[0].outcome.memorySamples.map((s) => s.bytes / 1024 / 1024)).toEqual([20, 50, 80, 100])
    expect(builds[0].summary).toContain('  title "Build memory against its 100 MiB limit (MiB)"')
    expect(builds[0].summary).toContain('  line [20, 50, 80, 100]')
    expect(builds[0].summary).toContain('  line [100, 100, 100, 100]')
  })

  test("with the sampler's step cgroups of the builder, the summary gives the build's RUN step its own peak; a cgroup outside the build's stretch is not its", async () => {
    const id = 'bf9792f47fb8141c5e8ea951697f92c825e7c2f1d66602fdb44ab44893ee1d60'
    const start = Date.parse('2026-11-29T15:06:52.363Z')
    const MiB = 1024 * 1024
    const steps = [
      { id: 'before', firstMs: start - 60000, lastMs: start - 50000, peakBytes: 7 * MiB, command: '/bin/sh -c head -c 300m /dev/zero | tail > /dev/null' },
      { id: 'k3v2x9q1', firstMs: start + 200, lastMs: start + 1000, peakBytes: 99 * MiB, command: '/bin/sh -c head -c 300m /dev/zero | tail > /dev/null' }
    ]
    writeFileSync(join(state, `memory-${id}.tsv.steps`), steps.map((c) => JSON.stringify(c)).join('\n') + '\n')
    try {
      const { builds } = await explainBuildRecords('setup', { since: '2026-11-29T15:06:52Z', workspace, logDir: state, plan: null, refsDir: refs })
      expect(builds[0].summary).toContain('### Each step’s peak')
      expect(builds[0].summary).toMatch(/\| \\\[\d\/\d\\\] RUN head -c 300m \/dev\/zero \\\| tail &gt; \/dev\/null \| — \| 99 MiB \(99 %\) \|/)
      expect(builds[0].summary).toContain('  bar [99]\n')
    } finally {
      rmSync(join(state, `memory-${id}.tsv.steps`))
    }
  })

  test('--since leaves out the builds before it', async () => {
    const { builds } = await explainBuildRecords('setup', { since: '2026-11-29T15:06:52Z', workspace, logDir: state, plan: null, refsDir: refs })
    expect(builds.map((b) => b.record.id)).toEqual(['zaxnxaxlcr9gu8gjr92uw2l26'])
  })

  test('the refs entry buildx wrote names the Dockerfile when the record’s Context does not', async () => {
    mkdirSync(join(workspace, 'docker/app'), { recursive: true })
    copyFileSync(join(workspace, 'Dockerfile.fail'), join(workspace, 'docker/app/Dockerfile.fail'))
    rmSync(join(workspace, 'Dockerfile.fail'))
    mkdirSync(join(refs, 'setup', 'setup0'), { recursive: true })
    writeFileSync(
      join(refs, 'setup', 'setup0', 'zaxnxaxlcr9gu8gjr92uw2l26'),
      JSON.stringify({ Target: 'default', LocalPath: workspace, DockerfilePath: join(workspace, 'docker/app/Dockerfile.fail') })
    )
    const { builds } = await explainBuildRecords('setup', { since: '2026-11-29T15:06:52Z', workspace, logDir: state, plan: null, refsDir: refs })
    expect(builds[0].explanation.annotations.map((a) => `${a.file}:${a.startLine}`)).toEqual(['docker/app/Dockerfile.fail:5'])
  })

  test('a Dockerfile nowhere to be found is said, and the build is still explained', async () => {
    rmSync(join(workspace, 'Dockerfile.fail'))
    const { builds, problems } = await explainBuildRecords('setup', { since: '2026-11-29T15:06:52Z', workspace, logDir: state, plan: null, refsDir: refs })
    expect(problems).toEqual([
      `the Dockerfile of build zaxnxaxlcr9gu8gjr92uw2l26 (tmp.H5rzl4HnJh/Dockerfile.fail) was not found in ${workspace}: annotations carry no line`
    ])
    expect(builds[0].explanation.annotations.map((a) => [a.level, a.file])).toEqual([['error', undefined]])
  })

  test('an unknown builder is one clear error', async () => {
    await expect(explainBuildRecords('nope', { since: null, workspace, logDir: state, plan: null, refsDir: refs })).rejects.toThrow(
      'cannot read the history of builder nope: ERROR: no builder "nope" found'
    )
  })
})
