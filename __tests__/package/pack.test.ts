import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'

const GiB = 1024 ** 3
const repo = resolve('.')
const dir = mkdtempSync(join(tmpdir(), 'toolkit-pack-'))
const consumer = join(dir, 'consumer')
let tarball: string
let packedFiles: string[]

function run(cmd: string, args: string[], env: Record<string, string> = {}, cwd = consumer): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 120000, env: { ...process.env, npm_config_update_notifier: 'false', ...env } })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  // npm pack runs prepack (the declaration build), as a publish would.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  ) as { filename: string; files: { path: string }[] }[]
  tarball = join(dir, packed[0].filename)
  packedFiles = packed[0].files.map((f) => f.path)
  execFileSync('mkdir', [consumer])
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  // Offline: the package bundles its dependencies into dist/, so it needs nothing from a registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: consumer, stdio: 'ignore' })
}, 180000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the npm package', () => {
  test('holds the bundle, the declarations and the action, not the sources', () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining(['dist/cli.js', 'dist/index.js', 'dist/main.js', 'lib/entries/library.d.ts', 'action.yml', 'README.md', 'package.json'])
    )
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toEqual([])
  })

  test('its docker-memory bin runs plan through npx', () => {
    const r = run('npx', ['--offline', 'docker-memory', 'plan', '--total-memory', '16g', '--format', 'json'])
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json).toMatchObject({ status: 'ok', totalMemoryBytes: 16 * GiB, buildMemoryBytes: 8 * GiB, buildMemory: '8g' })
  })

  test('npx runs the tarball itself', () => {
    // From the folder without the installed copy, so npx takes the package from the tarball.
    const r = run('npx', ['--yes', `./${basename(tarball)}`, 'plan', '--total-memory', '16g'], {}, dir)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Docker memory plan \(balanced\): OK\n {2}machine {6}16 GiB \(override\)/)
  })

  test('the library plans from another script', () => {
    const script = `
      import { parsePlanRequest, plan, detectMachine, buildKey } from 'docker-memory-action'
      const machine = await detectMachine({ docker: false })
      const request = parsePlanRequest((name) => ({ 'total-memory': '16g', profile: 'maximum' })[name] ?? '')
      const p = plan(machine, { ...request, knownPeak: { key: 'web', bytes: 3 * 2 ** 30, runs: 1 } })
      console.log(JSON.stringify({ build: p.build.bytes, runner: p.history.runner.label, key: buildKey({ dockerfile: 'FROM scratch' }) }))`
    const r = run(process.execPath, ['--input-type=module', '-e', script])
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({ build: 10 * GiB, runner: 'ubuntu-latest', key: expect.stringMatching(/^dockerfile-[0-9a-f]{16}$/) })
  })

  test('its types check the library example of docs/cli.md, and catch a wrong consumer', () => {
    const readmeExample = /```ts\n([\s\S]*?)```/.exec(readFileSync(join(repo, 'docs/cli.md'), 'utf8'))?.[1] ?? ''
    expect(readmeExample).toContain("from 'docker-memory-action'")
    writeFileSync(join(consumer, 'readme.ts'), readmeExample)
    const good = `import { plan, parsePlanRequest, detectMachine, type Plan } from 'docker-memory-action'
const machine = await detectMachine({ docker: false })
const p: Plan = plan(machine, parsePlanRequest(() => ''))
export const jobs: number = p.jobs\n`
    writeFileSync(join(consumer, 'bad.ts'), good.replace('export const jobs: number = p.jobs', 'export const jobs: string = p.jobs'))
    // One compiler run for both files (each run costs seconds): every error it prints names its
    // file, so the docs' example is clean exactly when all errors are bad.ts's one.
    const r = run(process.execPath, [
      join(repo, 'node_modules/typescript/bin/tsc'),
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--target',
      'es2022',
      '--skipLibCheck',
      '--typeRoots',
      join(repo, 'node_modules/@types'),
      '--types',
      'node',
      'readme.ts',
      'bad.ts'
    ])
    expect(r.status).toBe(2)
    expect(r.stdout.split('\n').filter((line) => /error TS/.test(line))).toEqual([
      expect.stringMatching(/^bad\.ts\(4,14\): error TS2322: Type 'number' is not assignable to type 'string'/)
    ])
  })

  test("the action's main step loads the Actions cache client without node_modules", () => {
    writeFileSync(join(consumer, 'out'), '')
    writeFileSync(join(consumer, 'state'), '')
    const r = run(process.execPath, ['node_modules/docker-memory-action/dist/main.js'], {
      GITHUB_OUTPUT: join(consumer, 'out'),
      GITHUB_STATE: join(consumer, 'state'),
      HOME: consumer,
      RUNNER_TEMP: consumer,
      INPUT_HISTORY: 'true',
      'INPUT_HISTORY-KEY': 'web',
      INPUT_SUMMARY: 'false',
      'INPUT_EXPORT-ENV': 'false',
      ACTIONS_RESULTS_URL: '',
      ACTIONS_CACHE_URL: ''
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('the Actions cache is not available to this job: planning without history')
  })
})
