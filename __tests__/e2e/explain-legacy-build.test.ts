/**
 * Against the real engine and kernel: a build the legacy builder kills under
 * 100m, explained by the bundled CLI and by reportBuild; and the post watch seeing a kill
 * in a memory cgroup made here. These fail, never skip, without Docker or root.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { reportBuild } from '../../src/explain/report.js'
import { outcome, runnerPlan } from '../core/explain/helpers.js'

const IMAGE = 'dma-explain-e2e'
let workspace: string
let logPath: string
let startedAt: string
let durationMs: number
let buildStatus: number | null

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'dma-explain-e2e-'))
  mkdirSync(path.join(workspace, 'docker', 'app'), { recursive: true })
  copyFileSync('/bin/busybox', path.join(workspace, 'busybox'))
  writeFileSync(
    path.join(workspace, 'docker', 'app', 'Dockerfile'),
    'FROM scratch AS base\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n\nFROM base AS compile\nRUN echo compiling && \\\n    head -c 300m /dev/zero | tail > /dev/null\n'
  )
  logPath = path.join(workspace, 'build.log')
  startedAt = new Date().toISOString()
  const t0 = Date.now()
  const build = spawnSync(
    '/usr/bin/docker',
    ['build', '--no-cache', '--force-rm', '--memory', '100m', '--memory-swap', '100m', '-t', IMAGE, '-f', 'docker/app/Dockerfile', '.'],
    {
      cwd: workspace,
      env: { ...process.env, DOCKER_BUILDKIT: '0' },
      encoding: 'utf8'
    }
  )
  durationMs = Date.now() - t0
  buildStatus = build.status
  writeFileSync(logPath, build.stdout + build.stderr)
}, 120000)

afterAll(() => {
  spawnSync('docker', ['rmi', '-f', IMAGE])
  rmSync(workspace, { recursive: true, force: true })
})

describe('a real legacy-builder build killed under 100m', () => {
  test('the build was killed', () => {
    expect(buildStatus).not.toBe(0)
    expect(readFileSync(logPath, 'utf8')).toContain('returned a non-zero code: 137')
  })

  test('explain --format github prints the error at the instruction, from the workspace, and writes the summary', () => {
    const summary = path.join(workspace, 'summary.md')
    writeFileSync(summary, '')
    const out = execFileSync('node', [path.resolve('dist/cli.js'), 'explain', '--log', logPath, '--file', 'docker/app/Dockerfile', '--format', 'github'], {
      cwd: workspace,
      env: { ...process.env, GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary },
      encoding: 'utf8'
    })
    expect(out).toMatch(/^::error file=docker\/app\/Dockerfile,line=6,endLine=7::Out of memory: RUN echo compiling && /m)
    expect(readFileSync(summary, 'utf8')).toContain(
      '| RUN echo compiling &amp;&amp;     head -c 300m /dev/zero \\| tail &gt; /dev/null |  | ❌ failed · Killed |'
    )
  })

  test('reportBuild adds the kernel evidence: the process, its memory, the limit, fixes for this runner', async () => {
    const report = await reportBuild(
      outcome({ logPath, startedAt, durationMs, dockerfile: 'docker/app/Dockerfile', context: '.', exitCode: buildStatus }),
      runnerPlan(16, 4, { 'build-memory': '100m' }),
      { workspace }
    )
    expect(report.problems).toEqual([])
    const a = report.explanation.annotations[0]
    expect(a).toMatchObject({ level: 'error', file: 'docker/app/Dockerfile', startLine: 6, endLine: 7 })
    // The kernel names a cgroup from the root of its hierarchy, not of the cgroup namespace the tier runs in: any prefix.
    expect(a.message).toMatch(/^The kernel killed (tail|head) \(pid \d+\) holding [\d.]+ MiB when cgroup (\/[^ ]+)?\/docker\/[0-9a-f]{64} hit its limit/)
    expect(a.message).toContain('Limit: 100 MiB (legacy builder --memory, each RUN step on its own)')
    expect(a.message).toContain('raise build-memory to 256 MiB (build-memory: 256m), which fits because this runner has 14.4 GiB usable')
    expect(report.summary).toContain('## ❌ Docker build ran out of memory')
    expect(report.summary).toContain('Plan: balanced profile, build 100 MiB, 1 parallel job, 14.4 GiB usable of 16 GiB on 4 CPUs.')
  })
})

describe('post: the job-wide watch', () => {
  const cgroup = `/sys/fs/cgroup/memory/dma-explain-post-${process.pid}`

  afterAll(() => {
    if (existsSync(cgroup)) rmdirSync(cgroup)
  })

  test("annotates an OOM kill in this job's cgroups after main started; one elsewhere is a warning", () => {
    const startedAt = new Date(Date.now() - 1000).toISOString()
    mkdirSync(cgroup)
    writeFileSync(path.join(cgroup, 'memory.limit_in_bytes'), String(64 * 1024 * 1024))
    if (existsSync(path.join(cgroup, 'memory.memsw.limit_in_bytes'))) writeFileSync(path.join(cgroup, 'memory.memsw.limit_in_bytes'), String(64 * 1024 * 1024))
    // tail keeps a line that never ends in memory: it grows until the kernel kills it.
    const victim = spawnSync('sh', ['-c', `echo $$ > ${cgroup}/cgroup.procs && exec tail /dev/zero`], { timeout: 60000 })
    expect(victim.signal).toBe('SIGKILL')

    const summary = path.join(mkdtempSync(path.join(tmpdir(), 'dma-explain-post-')), 'summary.md')
    writeFileSync(summary, '')
    const name = path.basename(cgroup)
    // The cgroup is the job's when a step of ours named it (as a build cgroup or a builder's).
    const post = spawnSync('node', [path.resolve('dist/post.js')], {
      env: { ...process.env, 'STATE_started-at': startedAt, 'STATE_oom-watch-cgroups': `/${name}`, GITHUB_STEP_SUMMARY: summary },
      encoding: 'utf8'
    })
    expect(post.status).toBe(0)
    // The kernel names the cgroup from the hierarchy's root, which may hold this engine tier's own namespace root.
    expect(post.stdout).toMatch(
      new RegExp(
        `^::error title=Out of memory%3A tail killed::The kernel killed tail \\(pid ${victim.pid}\\) holding [\\d.]+ MiB: cgroup (/[^ ]+)?/${name} hit its memory limit`,
        'm'
      )
    )
    expect(readFileSync(summary, 'utf8')).toMatch(new RegExp(`\\| tail \\| ${victim.pid} \\| [\\d.]+ MiB \\| \`(/[^ ]+)?/${name}\` \\|`))
    rmSync(path.dirname(summary), { recursive: true, force: true })

    // A kill the build step explained at its Dockerfile line is not annotated a second time.
    const again = spawnSync('node', [path.resolve('dist/post.js')], {
      env: { ...process.env, 'STATE_started-at': startedAt, 'STATE_explained-kills': `1,${victim.pid}` },
      encoding: 'utf8'
    })
    expect(again.status).toBe(0)
    expect(again.stdout).not.toContain(`(pid ${victim.pid}`)

    // Another tenant's kill on a shared runner: no error of this job, one warning for all of them.
    const shared = spawnSync('node', [path.resolve('dist/post.js')], { env: { ...process.env, 'STATE_started-at': startedAt }, encoding: 'utf8' })
    expect(shared.status).toBe(0)
    expect(shared.stdout).not.toMatch(new RegExp(`^::error.*pid ${victim.pid}`, 'm'))
    expect(shared.stdout.match(/^::warning title=OOM watch::/gm)).toHaveLength(1)
    expect(shared.stdout).toMatch(
      new RegExp(
        `^::warning title=OOM watch::docker-memory-action: \\d+ process(es were| was) killed for memory on this machine outside this job's cgroups while it ran: .*tail \\(pid ${victim.pid} in (/[^ ]+)?/${name}\\)`,
        'm'
      )
    )
  })

  test('without a start time it warns and does not fail', () => {
    const post = spawnSync('node', [path.resolve('dist/post.js')], { env: { ...process.env, 'STATE_started-at': '' }, encoding: 'utf8' })
    expect(post.status).toBe(0)
    expect(post.stdout).toContain('::warning title=OOM watch::docker-memory-action: the main step saved no start time')
  })
})
