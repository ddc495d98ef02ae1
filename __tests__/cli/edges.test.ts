import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The edges a user meets first, each with the one line a user would want (issue 19): the bundled
 * CLI, as users run it, with `--no-docker` so the machine's engine plays no part.
 */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'toolkit-cli-edges-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('sizes', () => {
  test.each([
    [
      ['--build-memory', '0'],
      'build-memory "0" is below the 16 MiB a build step needs to start (0 is no size; Docker would read a limit of 0 as no limit at all: give one such as 4g, or leave build-memory empty to plan from the profile)'
    ],
    [['--build-memory', '8'], 'build-memory "8" is below the 16 MiB a build step needs to start (a bare number is bytes; did you mean 8g?)'],
    [['--total-memory', '16'], 'total-memory "16" is below 256 MiB; no runner is that small (a bare number is bytes; did you mean 16g?)']
  ])('plan %j: one line, exit 1', (flags, message) => {
    expect(cli('plan', '--no-docker', ...flags)).toEqual({ status: 1, stdout: '', stderr: `docker-memory: ${message}\n` })
  })

  test.each(['16Gi', '16gib', '16GiB', '16g', '16G', '16384Mi', '16384m'])('%s is 16 GiB, as Kubernetes and docker/go-units read it', (size) => {
    const r = cli('plan', '--no-docker', '--total-memory', '64g', '--build-memory', size, '--format', 'json')
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).buildMemoryBytes).toBe(16 * 1024 ** 3)
  })
})

describe('files', () => {
  test('explain --file that does not exist: "no such file", under the name given', () => {
    const log = join(dir, 'build.log')
    writeFileSync(log, '#1 [internal] load build definition from Dockerfile\n')
    expect(cli('explain', '--log', log, '--file', 'docker/missing/Dockerfile')).toEqual({
      status: 1,
      stdout: '',
      stderr: 'docker-memory: cannot read the Dockerfile docker/missing/Dockerfile: no such file\n'
    })
  })

  test.each([
    ['plan', '--no-docker', '--key', 'web'],
    ['history', 'record', '--key', 'web', '--peak', '3g'],
    ['history', 'show']
  ])('%s %s with a --history-file in a folder that does not exist: refused, nothing created', (...args) => {
    const folder = join(dir, 'typo')
    const file = join(folder, 'history.json')
    expect(cli(...args, '--history-file', file)).toEqual({
      status: 1,
      stdout: '',
      stderr: `docker-memory: --history-file ${file}: the folder ${folder} does not exist; create it (mkdir -p ${folder}) or check the path\n`
    })
    expect(existsSync(folder)).toBe(false)
  })
})

describe('history show', () => {
  const file = join(dir, 'history.json')

  test('an empty history, then each build with its highest peak and what the next plan gives it', () => {
    expect(cli('history', 'show', '--history-file', file)).toEqual({
      status: 0,
      stdout: `${file} holds no builds yet.\n`,
      stderr: `docker-memory: notice: no history file ${file} yet\n`
    })
    for (const [key, peak] of [
      ['web', '3g'],
      ['web', '2g'],
      ['api', '1g']
    ])
      expect(cli('history', 'record', '--key', key, '--peak', peak, '--history-file', file).status).toBe(0)
    const r = cli('history', 'show', '--history-file', file)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\n` +
          '  api: highest 1 GiB of 1 run \\(last 1 GiB at \\d{4}-[^)]+\\); the next plan gives it at least 1.5 GiB\n' +
          '  web: highest 3 GiB of 2 runs \\(last 2 GiB at \\d{4}-[^)]+\\); the next plan gives it at least 3.75 GiB\n$'
      )
    )
    const json = JSON.parse(cli('history', 'show', '--history-file', file, '--key', 'web', '--format', 'json').stdout)
    expect(json.builds).toEqual([
      expect.objectContaining({
        key: 'web',
        highestBytes: 3 * 1024 ** 3,
        neededBuildBytes: 3.75 * 1024 ** 3,
        peaks: [expect.objectContaining({ bytes: 3 * 1024 ** 3 }), expect.objectContaining({ bytes: 2 * 1024 ** 3 })]
      })
    ])
    expect(cli('history', 'show', '--history-file', file, '--key', 'db')).toEqual({ status: 1, stdout: '', stderr: `docker-memory: no build db in ${file}\n` })
  })
})
