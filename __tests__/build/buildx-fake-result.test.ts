/**
 * The build step where build-push-action users use it: the image outputs (digest, imageid,
 * metadata) and the builder, through the bundled action and CLI, against the fake docker that
 * replays the buildx 0.28 captures and writes the result files a successful build writes.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, CLI, FAKE_DOCKER_DIR, MAIN, makeContext, runNode } from '../helpers/build.js'

const CONFIG = 'sha256:2937f66a9722f7f4a2df583de2f8cb97fc9196059a410e7f00072fc918930e66'
const MANIFEST = 'sha256:19ffeab6f8bc9293ac2c3fdf94ebe28396254c993aea0b5a542cfb02e0883fa3'

let state: string
let ctx: string
let fakeEnv: Record<string, string>
const builds = (): string[][] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args)
    .filter((a) => a[0] === 'buildx' && a[1] === 'build')
const flagOf = (args: string[], flag: string): string => args[args.indexOf(flag) + 1]

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-build-result-'))
  ctx = makeContext({}, false)
  fakeEnv = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_CALLS: join(state, 'calls') }
})
afterEach(() => {
  rmSync(state, { recursive: true, force: true })
  rmSync(ctx, { recursive: true, force: true })
})

describe('the action', () => {
  test('a build that succeeds: digest, imageid and metadata as build-push-action has them, and the builder', async () => {
    const gh = actionEnv({
      'build-memory': '100m',
      file: 'Dockerfile.piped',
      tags: 'ghcr.io/example/app:latest',
      'shm-size': '256m',
      network: 'host',
      provenance: 'mode=max'
    })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`image ID ${CONFIG}\ndigest ${MANIFEST}\n`)
    const outputs = gh.outputs()
    expect(outputs).toMatchObject({ enforcement: 'builder', 'exit-code': '0', builder: 'docker-memory-100m-p1', imageid: CONFIG, digest: MANIFEST })
    const metadata = JSON.parse(outputs.metadata) as Record<string, unknown>
    expect(metadata['buildx.build.ref']).toBe('docker-memory-100m-p1/docker-memory-100m-p10/ir0up95m4hf3gp4wdmupy3rmb')
    expect(metadata['containerimage.digest']).toBe(MANIFEST)
    expect(outputs.metadata.split('\n')[1]).toBe('  "buildx.build.ref": "docker-memory-100m-p1/docker-memory-100m-p10/ir0up95m4hf3gp4wdmupy3rmb",')

    const [build] = builds()
    expect(build).toEqual(expect.arrayContaining(['--shm-size', '256m', '--network', 'host', '--attest', 'type=provenance,mode=max']))
    // The result files were ours, in a directory of ours that is gone afterwards.
    const iid = flagOf(build, '--iidfile')
    expect(iid).toMatch(/\/docker-memory-result-[^/]+\/iid$/)
    expect(flagOf(build, '--metadata-file')).toBe(join(iid, '..', 'metadata.json'))
    expect(existsSync(join(iid, '..'))).toBe(false)
    rmSync(gh.dir, { recursive: true, force: true })
  })

  test('a build that fails: the builder is named, the image outputs are empty', async () => {
    const gh = actionEnv({ 'build-memory': '100m', file: 'Dockerfile.fail' })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(1)
    expect(gh.outputs()).toMatchObject({ 'exit-code': '1', builder: 'docker-memory-100m-p1', imageid: '', digest: '', metadata: '' })
    rmSync(gh.dir, { recursive: true, force: true })
  })

  test('tags alone build the workspace, as build-push-action does, instead of only planning', async () => {
    const gh = actionEnv({ 'build-memory': '100m', tags: 'app:1', push: 'false' })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    // No Dockerfile.piped: the fake builds ./Dockerfile with the captured OOM.
    expect(r.code).toBe(1)
    const [build] = builds()
    expect(build.slice(-1)).toEqual(['.'])
    expect(build).toEqual(expect.arrayContaining(['--tag', 'app:1']))
    expect(gh.outputs()).toMatchObject({ enforcement: 'builder', 'exit-code': '1' })
    rmSync(gh.dir, { recursive: true, force: true })
  })

  test('a secret file that does not exist is refused in one line, before anything is created or output', async () => {
    const gh = actionEnv({ 'build-memory': '100m', file: 'Dockerfile.piped', 'secret-files': 'aws=/nonexistent/dma-credentials' })
    const r = await runNode(MAIN, [], { env: { ...fakeEnv, ...gh.env }, cwd: ctx })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::secret-files aws: /nonexistent/dma-credentials does not exist\n')
    expect(r.stdout).not.toContain('docker buildx create')
    expect(readFileSync(gh.env.GITHUB_OUTPUT, 'utf8')).toBe('')
    rmSync(gh.dir, { recursive: true, force: true })
  })
})

describe('the CLI', () => {
  test('--format json carries the same outputs; --secret-env hands docker the variable name only', async () => {
    const SECRET = 's3cr3t-dma-parity-value'
    const r = await runNode(
      CLI,
      [
        'build',
        '--build-memory',
        '100m',
        '-f',
        'Dockerfile.piped',
        '--secret-env',
        'NPM_TOKEN=DMA_PARITY_SECRET',
        '--ssh',
        'default',
        '--add-host',
        'db:10.0.0.2',
        '--pull',
        '--format',
        'json',
        '--log-dir',
        state,
        '.'
      ],
      { env: { ...fakeEnv, DMA_PARITY_SECRET: SECRET }, cwd: ctx }
    )
    expect(r.code).toBe(0)
    const { outputs } = JSON.parse(r.stdout) as { outputs: Record<string, string> }
    expect(outputs).toMatchObject({ builder: 'docker-memory-100m-p1', imageid: CONFIG, digest: MANIFEST })
    const [build] = builds()
    expect(build).toEqual(expect.arrayContaining(['--secret', 'id=NPM_TOKEN,env=DMA_PARITY_SECRET', '--ssh', 'default', '--add-host', 'db:10.0.0.2', '--pull']))
    expect(readFileSync(join(state, 'calls'), 'utf8') + r.stdout + r.stderr).not.toContain(SECRET)
  })

  test('a bad attestation value: one line, exit 1', async () => {
    const r = await runNode(CLI, ['build', '--build-memory', '100m', '--sbom', 'maybe', '.'], { env: fakeEnv, cwd: ctx })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('docker-memory: sbom "maybe" is not true, false or key=value attributes (mode=max)\n')
  })
})
