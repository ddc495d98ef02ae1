import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommandFile, runCli } from '../helpers/action.js'

const GiB = 1024 ** 3
const temp = mkdtempSync(join(tmpdir(), 'dma-cli-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('docker-memory plan', () => {
  test.each([
    [16, 'conservative', 6],
    [16, 'balanced', 8],
    [16, 'maximum', 10],
    [32, 'conservative', 12],
    [32, 'balanced', 20],
    [32, 'maximum', 24],
    [64, 'conservative', 30],
    [64, 'balanced', 45],
    [64, 'maximum', 55],
    [128, 'conservative', 60],
    [128, 'balanced', 80],
    [128, 'maximum', 100]
  ])('--total-memory %ig --profile %s → %i GiB', (total, profile, build) => {
    const r = runCli(['plan', '--total-memory', `${total}g`, '--profile', profile, '--format', 'json'])
    expect(r.status).toBe(0)
    const plan = JSON.parse(r.stdout)
    expect(plan).toMatchObject({ totalMemoryBytes: total * GiB, buildMemoryBytes: build * GiB, profile })
    expect(plan.jobs).toBeGreaterThanOrEqual(1)
  })

  test('--cpus plans for another machine’s CPUs', () => {
    const plan = JSON.parse(runCli(['plan', '--total-memory', '64g', '--cpus', '32', '--format', 'json']).stdout)
    expect(plan).toMatchObject({ cpus: 32, jobs: 22 }) // 45 GiB / 2 GiB per job
  })

  test('text for people', () => {
    const r = runCli(['plan', '--total-memory', '16g'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Docker memory plan \(balanced\): OK\n/)
    expect(r.stdout).toContain('  build limit  8 GiB (profile)')
  })

  test('env: a dotenv file (GitLab dotenv reports)', () => {
    const r = runCli(['plan', '--total-memory', '16g', '--containers', 'redis=512m', '--format', 'env'])
    const lines = r.stdout.trim().split('\n')
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9_]*=\S.*$/)
    expect(lines).toContain('DOCKER_MEMORY_BUILD=8g')
    expect(lines).toContain('DOCKER_MEMORY_CONTAINER_REDIS=512m')
  })

  test('github: the same outputs and env as the action', () => {
    const dir = mkdtempSync(join(temp, 'run-'))
    const files = { GITHUB_OUTPUT: join(dir, 'o'), GITHUB_ENV: join(dir, 'e'), GITHUB_STEP_SUMMARY: join(dir, 's') }
    for (const f of Object.values(files)) writeFileSync(f, '')
    const r = runCli(['plan', '--total-memory', '32g', '--format', 'github'], { env: files })
    expect(r.status).toBe(0)
    expect(parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'))).toMatchObject({ 'build-memory': '20g', 'total-memory': '32g' })
    expect(parseCommandFile(readFileSync(files.GITHUB_ENV, 'utf8'))).toMatchObject({ DOCKER_MEMORY_BUILD: '20g' })
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toContain('flowchart TB')
  })

  test('a plan that does not fit exits 2 and says why', () => {
    const r = runCli(['plan', '--total-memory', '8g', '--build-memory', '20g'])
    expect(r.status).toBe(2)
    expect(r.stdout).toContain('NOT ENOUGH MEMORY')
    expect(r.stdout).toContain('problem      build-memory 20 GiB is more than the 7 GiB this machine can give a build')
  })

  test.each([
    [['plan', '--build-memory', 'lots'], 'docker-memory: build-memory "lots" is not a size: use a number with a unit, like 512m, 20g or 1.5g'],
    [['plan', '--profile', 'huge'], 'docker-memory: profile "huge" is not one of conservative, balanced, maximum'],
    [['plan', '--containers', 'redis'], 'docker-memory: containers line "redis" is not name=size (for example redis=512m)'],
    [
      ['plan', '--ollama-model', 'gpt-5'],
      'docker-memory: ollama-model "gpt-5" is not a known model: use auto or one of qwen2.5:7b, llama3.1:8b, mistral:7b, phi3:mini'
    ],
    [
      ['plan', '--total-memory', '64'],
      'docker-memory: total-memory "64" is below 256 MiB; no runner is that small (a bare number is bytes; did you mean 64g?)'
    ],
    [['plan', '--format', 'yaml'], "error: option '--format <format>' argument 'yaml' is invalid. Allowed choices are text, json, env, github."],
    [['plan', '--bogus'], "error: unknown option '--bogus'"]
  ])('%j: one line on stderr, exit 1, nothing on stdout', (args, message) => {
    const r = runCli(args)
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe(message)
    expect(r.stdout).toBe('')
  })

  test('a bad input with --format github writes no file', () => {
    const dir = mkdtempSync(join(temp, 'run-'))
    const output = join(dir, 'o')
    writeFileSync(output, '')
    const r = runCli(['plan', '--build-memory', '1.2.3g', '--format', 'github'], { env: { GITHUB_OUTPUT: output } })
    expect(r.status).toBe(1)
    expect(readFileSync(output, 'utf8')).toBe('')
  })
})

describe('docker-memory detect', () => {
  test('json describes this machine', () => {
    const r = runCli(['detect', '--format', 'json'])
    expect(r.status).toBe(0)
    const m = JSON.parse(r.stdout)
    expect(m.memory.totalBytes).toBeGreaterThan(GiB)
    expect(m.cpus.logical).toBeGreaterThanOrEqual(1)
    expect(m.os.platform).toBe(process.platform)
  })

  test('text', () => {
    const r = runCli(['detect', '--no-docker'])
    expect(r.stdout).toMatch(/^os {11}linux\//)
    expect(r.stdout).toContain('docker       none (not asked)')
  })
})
