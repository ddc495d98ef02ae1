import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GiB } from '../../src/core/units.js'

// The bundled CLI, as users run it.
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'toolkit-cli-history-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = join(dir, 'history.json')

describe('docker-memory history record, then plan --history-file', () => {
  // Every test below reads a history with one 3 GiB peak for "web", whatever runs first.
  beforeAll(() => {
    expect(cli('history', 'record', '--key', 'web', '--peak', '3g', '--history-file', file).status).toBe(0)
  })

  test('record writes the peak and says what the next plan gives', () => {
    const own = join(dir, 'record.json')
    const r = cli('history', 'record', '--key', 'web', '--peak', '3g', '--history-file', own)
    expect(r).toMatchObject({ status: 0, stderr: '' })
    expect(r.stdout).toMatch(/^Recorded 3 GiB for web in .*; highest of 1 run: 3 GiB, so the next plan gives the build at least 3\.75 GiB\.\n$/)
    expect(JSON.parse(readFileSync(own, 'utf8')).builds.web.peaks[0].bytes).toBe(3 * GiB)
  })

  test('plan for that key on a 16 GiB runner gives at least 3 GiB plus headroom, and names the runner', () => {
    const r = cli('plan', '--history-file', file, '--key', 'web', '--total-memory', '16g', '--format', 'json')
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.status).toBe('ok')
    expect(json.buildMemoryBytes).toBeGreaterThanOrEqual(3.75 * GiB)
    expect(json.history).toMatchObject({ key: 'web', peakBytes: 3 * GiB, neededBuildBytes: 3.75 * GiB, fits: true, runner: { label: 'ubuntu-latest' } })
  })

  test('plan on a 6 GiB machine raises the profile to the peak plus headroom', () => {
    const r = cli('plan', '--history-file', file, '--key', 'web', '--total-memory', '6g', '--format', 'json')
    const json = JSON.parse(r.stdout)
    expect(json.buildMemoryBytes).toBe(3.75 * GiB)
    expect(json.buildMemorySource).toBe('history')
  })

  test('plan on a machine smaller than the peak fails fast, warning which runner would fit', () => {
    const r = cli('plan', '--history-file', file, '--key', 'web', '--total-memory', '2g')
    expect(r.status).toBe(2)
    expect(r.stdout).toContain('NOT ENOUGH MEMORY')
    expect(r.stdout).toMatch(
      /problem {6}this build peaked at 3 GiB before \(web\), more than the 1 GiB this machine can give a build: it would be OOM-killed; fix: use a machine with at least 4\.75 GiB; the smallest GitHub-hosted runner with that is ubuntu-latest \(4 CPUs, 16 GB\)/
    )
    expect(r.stdout).toMatch(/history {6}peak 3 GiB \(web, 1 run\) needs a build limit of 3\.75 GiB and a machine with 4\.75 GiB: does NOT fit this one/)
  })

  test('with on-insufficient warn the same plan warns and exits 0', () => {
    const r = cli('plan', '--history-file', file, '--key', 'web', '--total-memory', '2g', '--on-insufficient', 'warn')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('OOM-killed')
  })

  test('the highest of several peaks is planned for', () => {
    const other = join(dir, 'several.json')
    for (const peak of ['20g', '2g']) expect(cli('history', 'record', '--key', 'big', '--peak', peak, '--history-file', other).status).toBe(0)
    const json = JSON.parse(cli('plan', '--history-file', other, '--key', 'big', '--total-memory', '64g', '--format', 'json').stdout)
    expect(json.buildMemoryBytes).toBe(45 * GiB)
    expect(json.history).toMatchObject({ peakBytes: 20 * GiB, runs: 2, runner: { label: 'a larger runner with 8 CPUs' } })
  })

  test.each([
    ['a missing file', () => join(dir, 'missing.json'), /^docker-memory: notice: no history file \S+missing\.json yet: planning without history\n$/],
    [
      'a corrupt file',
      () => {
        writeFileSync(join(dir, 'corrupt.json'), '{"version": 1, "builds": ')
        return join(dir, 'corrupt.json')
      },
      /^docker-memory: notice: \S+corrupt\.json is not valid history \(it is not JSON\): planning without history\n$/
    ],
    [
      'an unknown key',
      () => {
        expect(cli('history', 'record', '--key', 'api', '--peak', '1g', '--history-file', join(dir, 'api.json')).status).toBe(0)
        return join(dir, 'api.json')
      },
      /^docker-memory: notice: no peak recorded for web in \S+api\.json yet: planning without history\n$/
    ]
  ])('%s gives the plain plan with a notice', (_, setup, notice) => {
    const r = cli('plan', '--history-file', setup(), '--key', 'web', '--total-memory', '16g', '--format', 'json')
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(notice)
    const json = JSON.parse(r.stdout)
    expect(json.history).toBeUndefined()
    expect(json.buildMemoryBytes).toBe(8 * GiB)
  })

  test.each([
    [
      ['history', 'record', '--key', 'web', '--peak', '3', '--history-file', file],
      'docker-memory: --peak "3" is below 1 MiB (a bare number is bytes; did you mean 3g?)\n'
    ],
    [['history', 'record', '--key', 'a b', '--peak', '3g', '--history-file', file], /^docker-memory: --key "a b" must be/],
    [['plan', '--history-file', file, '--total-memory', '16g'], 'docker-memory: --history-file needs --key KEY, the name the build was recorded under\n'],
    [['plan', '--key', 'web', '--total-memory', '16g'], 'docker-memory: --key needs --history-file FILE, the history to look the build up in\n']
  ])('%j is refused with one line', (args, message) => {
    const before = readFileSync(file, 'utf8')
    const r = cli(...args)
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    if (typeof message === 'string') expect(r.stderr).toBe(message)
    else expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })
})
