/**
 * A builder a person created with a limit of its own (`--driver-opt memory=…`; the fake's
 * container then has the captured 100 MiB) and a plan that wants more (issue 17, 5): main keeps
 * the builder's limit and warns which won, unless `builder-limit: replace`; the job summary
 * says which builder was bound, to what, by which mechanism and what it had before. Through the
 * bundled main against the fake docker. `npm run bundle` first.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bindingSummary } from '../../src/core/bind/binding-summary.js'
import { actionEnv, FAKE_DOCKER_DIR, MAIN, runNode } from '../helpers/build.js'

const MiB = 1024 * 1024
let state: string
let fakeEnv: Record<string, string>
const jobEnv = { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'build', RUNNER_NAME: 'runner-1' }
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, ...fakeEnv } })
const limits = (): { Memory: number; MemorySwap: number } => {
  const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', 'buildx_buildkit_mine0')) as {
    HostConfig: { Memory: number; MemorySwap: number }
  }
  return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
}

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-bind-own-'))
  fakeEnv = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, DOCKER_CONFIG: join(state, 'docker-config') }
  docker('buildx', 'create', '--name', 'mine', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--use', '--bootstrap')
})
afterEach(() => rmSync(state, { recursive: true, force: true }))

async function main(inputs: Record<string, string>) {
  const gh = actionEnv({ 'build-memory': '200m', 'total-memory': '4g', 'export-env': 'false', ...inputs })
  const ran = await runNode(MAIN, [], { env: { ...gh.env, ...fakeEnv, ...jobEnv } })
  const summary = readFileSync(gh.env.GITHUB_STEP_SUMMARY, 'utf8')
  const outputs = gh.outputs()
  rmSync(gh.dir, { recursive: true, force: true })
  return { ran, summary, outputs }
}

describe('a builder with a limit of its own', () => {
  test('lower (the default): the plan’s 200 MiB does not raise the person’s 100 MiB; a warning says which won; the summary says it all', async () => {
    const { ran, summary, outputs } = await main({})
    expect(ran.code).toBe(0)
    expect(limits()).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
    expect(outputs).toMatchObject({ builder: 'mine', enforcement: 'builder' })
    expect(ran.stdout).toContain(
      '::warning title=Docker build memory::builder mine keeps its own limit of 100 MiB, lower than the 200 MiB planned: a limit set on the builder is never raised (builder-limit: replace raises it)'
    )
    expect(ran.stdout).toContain(
      'bound builder mine by docker update of its container buildx_buildkit_mine0 (one limit for all its build steps together): memory 100 MiB, memory+swap 100 MiB, was memory 100 MiB, memory+swap 100 MiB'
    )
    expect(summary).toContain(
      '### Builder\n\n| builder | limit | mechanism | before |\n| --- | --- | --- | --- |\n| `mine` | 100 MiB (memory+swap 100 MiB) | `docker update buildx_buildkit_mine0`: one limit for all its build steps together, given back in post | 100 MiB (memory+swap 100 MiB) |'
    )
    expect(summary).toContain('> [!WARNING]\n> builder mine keeps its own limit of 100 MiB, lower than the 200 MiB planned')
  })

  test('replace: the plan’s limit, warned; a bad value is one error', async () => {
    const { ran } = await main({ 'builder-limit': 'replace' })
    expect(ran.code).toBe(0)
    expect(limits()).toEqual({ Memory: 200 * MiB, MemorySwap: 200 * MiB })
    expect(ran.stdout).toContain(
      '::warning title=Docker build memory::builder mine had its own limit of 100 MiB; replaced by the 200 MiB planned (builder-limit: replace)'
    )
    const bad = await main({ 'builder-limit': 'raise' })
    expect(bad.ran.code).toBe(1)
    expect(bad.ran.stdout).toContain('::error::builder-limit "raise" is not lower or replace')
  })
})

describe('main cancelled mid-bind (issue 17, 2)', () => {
  test('SIGTERM while docker update hangs: the limit is put back, the warning says what was undone, and post has nothing to give back', async () => {
    const gh = actionEnv({ 'build-memory': '80m', 'total-memory': '4g', 'export-env': 'false', summary: 'false' })
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...gh.env, ...fakeEnv, ...jobEnv, FAKE_DOCKER_FAULT: 'stall:update' } })
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    // Once, as a runner cancelling a job does: a second SIGTERM sent after main has let go of its
    // handlers (the bind undone, the warning not yet printed) would kill it, which a loaded
    // machine made happen (stdout empty, the limit already put back).
    let sent = false
    const watch = setInterval(() => {
      if (!sent && existsSync(join(state, 'stalled'))) sent = child.kill('SIGTERM')
    }, 20)
    await new Promise((done) => child.on('close', done))
    clearInterval(watch)
    const saved = gh.state()
    rmSync(gh.dir, { recursive: true, force: true })
    expect(limits()).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
    expect(stdout).toMatch(
      /::warning title=Docker build memory::No builder was bound, so nothing limits the job's builds: cannot update builder container buildx_buildkit_mine0: cancelled \(SIGTERM\) during docker update; undone: builder mine set back to memory 100 MiB, memory\+swap 100 MiB, the binding record removed\./
    )
    // The intent was saved before the update, then cleared once undone: post gives nothing back.
    expect(saved['builder-binding']).toBe('')
    expect(Object.keys(JSON.parse(readFileSync(join(state, 'volumes.json'), 'utf8')) as object)).toEqual([])
  })
})

describe('bindingSummary', () => {
  test('names and reasons that came from outside are text, not Markdown or HTML', () => {
    const text = bindingSummary({ kind: 'none', builder: 'b|x', why: 'docker said <img src=x onerror=alert(1)> and [x](https://evil.example)', unsure: false })
    expect(text).toContain('No builder was bound (`b|x`): docker said &lt;img src=x onerror=alert(1)&gt; and \\[x\\](https\\://evil.example).')
    expect(text).not.toMatch(/<img|[^\\]\]\(/)
  })
})
