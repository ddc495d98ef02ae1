import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { InputError } from '../../src/core/errors.js'
import { plan } from '../../src/core/plan/plan.js'
import { formatEnvFile, planEnv, planJson, planOutputs } from '../../src/core/publish.js'
import { GiB } from '../../src/core/units.js'
import { machine, request } from '../helpers/machine.js'

const temp = mkdtempSync(join(tmpdir(), 'dma-env-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const PARALLELISM = ['MAKEFLAGS', 'CMAKE_BUILD_PARALLEL_LEVEL', 'CARGO_BUILD_JOBS', 'MAX_JOBS', 'GRADLE_OPTS', 'GOFLAGS']
const ok = plan(machine({ totalGiB: 16 }), request())

/** Sources `text` the way the README says (`set -a; . file`) in a fresh directory; returns the variables asked for and the files left behind. */
function source(text: string, names: string[]): { values: string[]; dir: string } {
  const dir = mkdtempSync(join(temp, 'sh-'))
  writeFileSync(join(dir, 'plan.env'), text)
  const print = names.map((n) => `printf '%s\\0' "$${n}"`).join('; ')
  const r = spawnSync('sh', ['-c', `set -a; . ./plan.env; ${print}`], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
  expect(r.status).toBe(0)
  return { values: r.stdout.split('\0').slice(0, -1), dir }
}

describe('environment for later steps', () => {
  test('by default only DOCKER_MEMORY_*: the toolchains of unrelated steps are left alone, and nothing inherited is read', () => {
    const env = planEnv(ok, { parallelism: false, inherited: { MAKEFLAGS: '-j64', GOFLAGS: '-mod=vendor' } })
    for (const name of PARALLELISM) expect(env).not.toHaveProperty(name)
    expect(Object.keys(env).sort()).toEqual([
      'DOCKER_MEMORY_BUILD',
      'DOCKER_MEMORY_BUILD_BYTES',
      'DOCKER_MEMORY_JOBS',
      'DOCKER_MEMORY_MAX_PARALLELISM',
      'DOCKER_MEMORY_PROFILE'
    ])
    expect(planEnv(ok)).toEqual(env)
  })

  test('export-parallelism sets all six, each from the job count', () => {
    const env = planEnv(ok, { parallelism: true })
    expect(ok.jobs).toBe(4)
    expect(Object.fromEntries(PARALLELISM.map((n) => [n, env[n]]))).toEqual({
      MAKEFLAGS: '-j4',
      CMAKE_BUILD_PARALLEL_LEVEL: '4',
      CARGO_BUILD_JOBS: '4',
      MAX_JOBS: '4',
      GRADLE_OPTS: '-Dorg.gradle.workers.max=4',
      GOFLAGS: '-p=4'
    })
  })

  test('an inherited value with a line break is refused in one line, not passed on as a second variable', () => {
    const inherited = { MAKEFLAGS: '-k\nLD_PRELOAD=/tmp/evil.so' }
    expect(() => planEnv(ok, { parallelism: true, inherited })).toThrow(InputError)
    expect(() => planEnv(ok, { parallelism: true, inherited })).toThrow(
      /^MAKEFLAGS has a line break, which would start another variable: refusing to pass it on$/
    )
  })
})

describe('a plan without room for a build publishes no limit', () => {
  // 8 GiB less the 1 GiB reserve is 7 GiB; the containers take all of it.
  const starved = plan(machine({ totalGiB: 8 }), request({ containers: [{ name: 'db', bytes: 7 * GiB }], onInsufficient: 'warn' }))

  test('status insufficient, build-memory and its bytes empty, never 0b', () => {
    expect(starved.status).toBe('insufficient')
    const out = planOutputs(starved)
    expect(out['build-memory']).toBe('')
    expect(out['build-memory-bytes']).toBe('')
    expect(out.status).toBe('insufficient')
    expect(planJson(starved)).toMatchObject({ buildMemoryBytes: null, buildMemory: null })
  })

  test('DOCKER_MEMORY_BUILD is set empty, so an earlier value cannot linger', () => {
    const env = planEnv(starved, { parallelism: false })
    expect(env.DOCKER_MEMORY_BUILD).toBe('')
    expect(env.DOCKER_MEMORY_BUILD_BYTES).toBe('')
  })
})

describe('formatEnvFile: one file for `set -a; .` and for a GitLab dotenv report', () => {
  test('the planned values are plain words, unquoted, so GitLab (which keeps quotes) reads them as the shell does', () => {
    const text = formatEnvFile(planEnv(ok, { parallelism: true }))
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^[A-Z_][A-Z0-9_]*=[A-Za-z0-9_.,:/@%+=-]*$/)
  })

  test('inherited flags that would run commands when sourced are quoted and stay text', () => {
    const inherited = { MAKEFLAGS: '$(touch pwned) `touch pwned2` -k', GOFLAGS: "-mod=mod'; touch pwned3; '", GRADLE_OPTS: '-Xmx2g ${HOME} "x" \\' }
    const env = planEnv(ok, { parallelism: true, inherited })
    const { values, dir } = source(formatEnvFile(env), ['MAKEFLAGS', 'GOFLAGS', 'GRADLE_OPTS'])
    expect(values).toEqual(['$(touch pwned) `touch pwned2` -k -j4', "-mod=mod'; touch pwned3; ' -p=4", '-Xmx2g ${HOME} "x" \\ -Dorg.gradle.workers.max=4'])
    for (const f of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(dir, f))).toBe(false)
  })

  test('any one-line value reads back byte for byte when sourced', () => {
    const value = fc.string({ unit: 'binary', maxLength: 40 }).filter((v) => !/[\r\n\0]/.test(v))
    const samples = fc.sample(fc.array(value, { minLength: 1, maxLength: 40 }), { numRuns: 5, seed: 11 })
    for (const values of samples) {
      const env = Object.fromEntries(values.map((v, i) => [`V${i}`, v]))
      expect(source(formatEnvFile(env), Object.keys(env)).values).toEqual(values)
    }
  })

  test.each([
    [{ A: 'x\nB=y' }, /^A has a line break/],
    [{ A: 'x\ry' }, /^A has a line break/],
    [{ 'A B': 'x' }, /^cannot write the variable "A B": not a variable name$/]
  ])('%j is refused whole', (env, message) => {
    expect(() => formatEnvFile(env)).toThrow(message)
  })
})
