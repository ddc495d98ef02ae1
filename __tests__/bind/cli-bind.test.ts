/**
 * `docker-memory bind` and `release`, for CI systems other than GitHub Actions, against the
 * fake docker replaying real captures: the same bind as the action's, a 0600 state file made
 * exclusively, and the limit given back from it. `npm run bundle` first.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, FAKE_DOCKER_DIR, runNode } from '../helpers/build.js'

const MiB = 1024 * 1024
const MEM_TOTAL = (JSON.parse(readFileSync('__tests__/fixtures/captured/docker-info-engine-20.10-cgroupv1.json', 'utf8')) as { MemTotal: number }).MemTotal
let state: string
let fakeEnv: Record<string, string>
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, ...fakeEnv } })
const limits = (): { Memory: number; MemorySwap: number } => {
  const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', 'buildx_buildkit_ci0')) as {
    HostConfig: { Memory: number; MemorySwap: number }
  }
  return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
}
const updates = (): string[] =>
  readFileSync(join(state, 'calls'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { args: string[] }).args.join(' '))
    .filter((a) => a.startsWith('update'))
const cli = (...args: string[]) => runNode(CLI, args, { env: fakeEnv })

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-cli-bind-'))
  // DOCKER_CONFIG: where buildx keeps the builder `create --use` chose, as on a runner after setup-buildx-action.
  fakeEnv = {
    PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`,
    FAKE_DOCKER_STATE: state,
    FAKE_DOCKER_CALLS: join(state, 'calls'),
    DOCKER_CONFIG: join(state, 'docker-config')
  }
  docker('buildx', 'create', '--name', 'ci', '--driver', 'docker-container', '--use')
})
afterEach(() => rmSync(state, { recursive: true, force: true }))

/** As `docker buildx use default` leaves it: the engine's own builder chosen by name. */
function useDefaultBuilder(env: Record<string, string>): void {
  mkdirSync(join(env.DOCKER_CONFIG, 'buildx'), { recursive: true })
  writeFileSync(join(env.DOCKER_CONFIG, 'buildx', 'current'), JSON.stringify({ Key: 'unix:///var/run/docker.sock', Name: 'default', Global: false }))
}

describe('docker-memory bind and release', () => {
  test('bind prints the builder as env lines and keeps a 0600 state file; release gives the limit back and removes it', async () => {
    const file = join(state, 'binding.json')
    const bound = await cli('bind', '--build-memory', '100m', '--total-memory', '4g', '--state-file', file, '--format', 'env')
    expect(bound).toMatchObject({ code: 0, stderr: '', stdout: 'DOCKER_MEMORY_BUILDER=ci\nDOCKER_MEMORY_ENFORCEMENT=builder\n' })
    expect(limits()).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
    expect(statSync(file).mode & 0o777).toBe(0o600)

    const released = await cli('release', '--state-file', file)
    expect(released).toMatchObject({ code: 0, stdout: 'restored builder ci to memory 23.5 GiB, memory+swap unlimited\n' })
    expect(limits()).toEqual({ Memory: MEM_TOTAL, MemorySwap: -1 })
    expect(updates().join('\n')).not.toMatch(/--memory 0\b/)
    expect(existsSync(file)).toBe(false)
  })

  test('a state file that exists is refused before the builder changes', async () => {
    const file = join(state, 'taken')
    writeFileSync(file, 'mine')
    const r = await cli('bind', '--build-memory', '100m', '--total-memory', '4g', '--state-file', file)
    expect(r).toMatchObject({ code: 1, stdout: '' })
    expect(r.stderr).toBe(`docker-memory: --state-file ${file} cannot be created as a new file (EEXIST): it must not exist\n`)
    expect(readFileSync(file, 'utf8')).toBe('mine')
    expect(updates()).toEqual([])
  })

  test('a named builder that does not exist: one line, no state file, nothing changed', async () => {
    const file = join(state, 'binding.json')
    const r = await cli('bind', '--builder', 'nope', '--build-memory', '100m', '--total-memory', '4g', '--state-file', file, '--format', 'json')
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'docker-memory: builder "nope" cannot be bound: buildx has no builder named nope\n' })
    expect(existsSync(file)).toBe(false)
    expect(updates()).toEqual([])
  })

  test('the current builder is the docker driver: enforcement none in JSON with the reason, and release has nothing to do', async () => {
    useDefaultBuilder(fakeEnv)
    // A machine without setup-buildx's builder: the engine's own ("default") is the current one.
    fakeEnv.FAKE_DOCKER_STATE = mkdtempSync(join(state, 'bare-'))
    const file = join(state, 'binding.json')
    const r = await cli('bind', '--build-memory', '100m', '--total-memory', '4g', '--state-file', file, '--format', 'json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      builder: 'default',
      enforcement: 'none',
      reason: expect.stringContaining("builder default is the engine's own BuildKit (docker driver)")
    })
    expect(await cli('release', '--state-file', file)).toMatchObject({ code: 0, stdout: 'nothing to release: no builder was bound\n' })
    expect(updates()).toEqual([])
  })

  test('--keep-limit leaves the limit; a file that is not a state file is one line', async () => {
    const file = join(state, 'binding.json')
    expect((await cli('bind', '--build-memory', '100m', '--total-memory', '4g', '--state-file', file)).code).toBe(0)
    expect(await cli('release', '--state-file', file, '--keep-limit')).toMatchObject({ code: 0, stdout: 'kept the limit of builder ci (keep-limit)\n' })
    expect(limits()).toEqual({ Memory: 100 * MiB, MemorySwap: 100 * MiB })
    writeFileSync(file, '{"binding":{"builder":"ci"}}')
    expect(await cli('release', '--state-file', file)).toMatchObject({
      code: 1,
      stderr: `docker-memory: --state-file ${file} is not a state file of docker-memory bind (no builder binding in it)\n`
    })
  })
})
