/** `docker-memory explain --builder NAME [--since TIME]` (the bundle), against the fake docker replaying buildx history. */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../helpers/action.js'

const FAKE = join(process.cwd(), '__tests__/fixtures/fake-docker')
let state: string
let workspace: string
let env: Record<string, string>

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dm-cli-history-'))
  workspace = mkdtempSync(join(tmpdir(), 'dm-cli-history-ws-'))
  for (const f of ['Dockerfile.fail', 'Dockerfile.piped']) copyFileSync(join('__tests__/fixtures/captured', f), join(workspace, f))
  env = { PATH: `${FAKE}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, GITHUB_WORKSPACE: workspace, DOCKER_CONFIG: join(state, 'docker-config') }
  execFileSync(
    'docker',
    ['buildx', 'create', '--name', 'setup', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--driver-opt', 'memory-swap=100m', '--bootstrap'],
    { env: { ...process.env, ...env } }
  )
})
afterEach(() => {
  rmSync(state, { recursive: true, force: true })
  rmSync(workspace, { recursive: true, force: true })
})

describe('docker-memory explain --builder', () => {
  test('github format: an error at Dockerfile.fail:5 and a warning at Dockerfile.piped:5', () => {
    const r = runCli(['explain', '--builder', 'setup', '--since', '2026-11-29T15:00:00Z', '--format', 'github'], { env })
    expect(r.status).toBe(0)
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.startsWith('::'))
        .map((l) => l.slice(0, l.indexOf('::', 2)))
    ).toEqual(['::warning file=Dockerfile.piped,line=5,endLine=5', '::error file=Dockerfile.fail,line=5,endLine=5'])
  })

  test('json format names each build and its limit', () => {
    const r = runCli(['explain', '--builder', 'setup', '--since', '2026-11-29T15:06:52Z', '--format', 'json'], { env })
    expect(r.status).toBe(0)
    const builds = JSON.parse(r.stdout) as Array<{ ref: string; status: string; limitBytes: number; annotations: Array<{ file: string; startLine: number }> }>
    expect(builds.map((b) => [b.ref, b.status, b.limitBytes, b.annotations.map((a) => `${a.file}:${a.startLine}`)])).toEqual([
      ['setup/setup0/zaxnxaxlcr9gu8gjr92uw2l26', 'Error', 100 * 1024 * 1024, ['Dockerfile.fail:5']]
    ])
  })

  test.each([
    [['explain'], 'docker-memory: explain needs --log <file> or --builder <name>'],
    [['explain', '--builder', 'setup', '--log', 'x.log'], 'docker-memory: explain takes --log <file> or --builder <name>, not both'],
    [['explain', '--builder', 'setup', '--since', 'yesterday'], 'docker-memory: --since must be a time such as 2026-11-29T15:00:00Z, got "yesterday"'],
    [['explain', '--builder', 'nope'], 'docker-memory: cannot read the history of builder nope: ERROR: no builder "nope" found']
  ])('%j is one clear line', (args, line) => {
    const r = runCli(args, { env })
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`${line}\n`)
    expect(r.stdout).toBe('')
  })
})
