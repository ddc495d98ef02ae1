/**
 * The build-push-action inputs added for parity, end to end through the bundles against the
 * fake docker: the CLI's flags reach buildx as build-push-action would pass them, and the
 * action builds the commit's Git context with the job's token as a secret file, never in argv.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, CLI, FAKE_DOCKER_DIR, MAIN, makeContext, runNode } from '../helpers/build.js'

let state: string
let ctx: string
let fakeEnv: Record<string, string>
const builds = (): string[][] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args)
    .filter((a) => a[0] === 'buildx' && a[1] === 'build')
const values = (args: string[], flag: string): string[] => args.filter((_, i) => args[i - 1] === flag)

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-parity-fake-'))
  ctx = makeContext({}, false)
  fakeEnv = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_CALLS: join(state, 'calls') }
})
afterEach(() => {
  rmSync(state, { recursive: true, force: true })
  rmSync(ctx, { recursive: true, force: true })
})

describe('docker-memory build', () => {
  test('passes allow, attest, cgroup-parent, no-cache-filter, ulimit, and extra-args split as a shell splits them', async () => {
    const r = await runNode(
      CLI,
      [
        'build',
        '--build-memory',
        '100m',
        '-f',
        'Dockerfile.piped',
        '--allow',
        'network.host',
        '--attest',
        'type=sbom,generator=image',
        '--cgroup-parent',
        'ci.slice',
        '--no-cache-filter',
        'deps',
        '--no-cache-filter',
        'compile',
        '--ulimit',
        'nofile=1024:1024',
        '--extra-args',
        '--label "org.x=a b"',
        '--log-dir',
        state,
        '.'
      ],
      { env: fakeEnv, cwd: ctx }
    )
    expect(r.stderr).not.toMatch(/error/i)
    expect(r.code).toBe(0)
    const [args] = builds()
    expect(values(args, '--allow')).toEqual(['network.host'])
    expect(values(args, '--attest')).toEqual(['type=sbom,generator=image'])
    expect(values(args, '--cgroup-parent')).toEqual(['ci.slice'])
    expect(values(args, '--no-cache-filter')).toEqual(['deps', 'compile'])
    expect(values(args, '--ulimit')).toEqual(['nofile=1024:1024'])
    expect(values(args, '--label')).toEqual(['org.x=a b'])
    // --no-cache-filter is not commander's negation of a --cache-filter: the cache stays on.
    expect(args).not.toContain('--no-cache')
  })
})

describe('the action', () => {
  test('with only tags builds the Git context of the commit, its token a secret file, masked and out of argv', async () => {
    const TOKEN = 'ghs_parityToken0123456789'
    const gh = actionEnv({ 'build-memory': '100m', tags: 'app:1', 'github-token': TOKEN })
    const env = {
      ...fakeEnv,
      ...gh.env,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'o/app',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'a1b2c3d'
    }
    const r = await runNode(MAIN, [], { env, cwd: ctx })
    const [args] = builds()
    expect(args.at(-1)).toBe('https://github.com/o/app.git#a1b2c3d')
    expect(values(args, '--secret')).toEqual([expect.stringMatching(/^id=GIT_AUTH_TOKEN,src=\/.+/)])
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`)
    const written = readFileSync(join(state, 'calls'), 'utf8') + readFileSync(gh.env.GITHUB_OUTPUT, 'utf8') + readFileSync(gh.env.GITHUB_STATE, 'utf8')
    expect(written).not.toContain(TOKEN)
    rmSync(gh.dir, { recursive: true, force: true })
  })

  test('a boolean input GitHub would refuse is refused before anything runs', async () => {
    const gh = actionEnv({ 'build-memory': '100m', context: '.', push: 'yes' })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::push "yes" must be true or false (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)\n')
    expect(readFileSync(gh.env.GITHUB_OUTPUT, 'utf8')).toBe('')
    rmSync(gh.dir, { recursive: true, force: true })
  })
})
