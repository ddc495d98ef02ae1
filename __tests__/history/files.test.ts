/**
 * The history file under real use: many recorders at once, a damaged entry, a FIFO, a link,
 * another user's file. Through the bundled CLI, as users run it.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { GiB } from '../../src/core/units.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'files-history-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 30000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function cliAsync(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args])
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) => done({ code, stderr }))
  })
}

const keys = (file: string): string[] => Object.keys(JSON.parse(readFileSync(file, 'utf8')).builds)

describe('history record', () => {
  test('20 parallel records of 20 keys keep all 20, and leave no lock or temp file', async () => {
    const file = join(dir, 'history.json')
    const runs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cliAsync('history', 'record', '--key', `k${i}`, '--peak', `${i + 1}g`, '--history-file', file))
    )
    expect(runs.filter((r) => r.code !== 0)).toEqual([])
    expect(keys(file).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `k${i}`).sort())
    expect(readdirSync(dir)).toEqual(['history.json'])
  }, 60000)

  test('one malformed peak drops only itself; the file as it was is kept byte for byte in a .bak', () => {
    const file = join(dir, 'history.json')
    const before =
      '{ "version": 1, "builds": { "web": { "peaks": [{ "bytes": -5, "at": "2026-11-22T10:00:00.000Z" }, { "bytes": 2147483648, "at": "2026-11-22T11:00:00.000Z" }] }, "api": { "peaks": [{ "bytes": 1073741824, "at": "2026-11-22T10:00:00.000Z" }] }, "bad": 7 } }'
    writeFileSync(file, before)
    const r = cli('history', 'record', '--key', 'new', '--peak', '1g', '--history-file', file)
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(
      /^docker-memory: notice: history file .*history\.json has a malformed peak for web, no peaks for bad: left out\ndocker-memory: notice: what could not be read was kept in .*history\.json\.docker-memory-unreadable-\d{8}T\d{6}Z-[0-9a-f]{8}\.bak\n$/
    )
    const h = JSON.parse(readFileSync(file, 'utf8'))
    expect(Object.keys(h.builds)).toEqual(['web', 'api', 'new'])
    expect(h.builds.web.peaks).toEqual([{ bytes: 2 * GiB, at: '2026-11-22T11:00:00.000Z' }])
    const bak = readdirSync(dir).filter((f) => f.endsWith('.bak'))
    expect(bak).toHaveLength(1)
    expect(readFileSync(join(dir, bak[0]), 'utf8')).toBe(before)
  })

  test('a history file that is not JSON at all is kept in a .bak and started afresh', () => {
    const file = join(dir, 'history.json')
    writeFileSync(file, '{"version": 1, "bui')
    const r = cli('history', 'record', '--key', 'web', '--peak', '1g', '--history-file', file)
    expect(r.status).toBe(0)
    expect(keys(file)).toEqual(['web'])
    const bak = readdirSync(dir).filter((f) => f.endsWith('.bak'))
    expect(readFileSync(join(dir, bak[0]), 'utf8')).toBe('{"version": 1, "bui')
  })

  test('a FIFO as --history-file is one line, at once, for record and for plan', () => {
    const fifo = join(dir, 'fifo')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const record = cli('history', 'record', '--key', 'web', '--peak', '1g', '--history-file', fifo)
    expect(record.status).toBe(1)
    expect(record.stderr).toBe(`docker-memory: cannot read history file ${fifo}: it is a FIFO, not a regular file; not overwriting it\n`)
    const plan = cli('plan', '--history-file', fifo, '--key', 'web', '--total-memory', '16g')
    expect(plan.status).toBe(0)
    expect(plan.stderr).toContain(`notice: cannot read history file ${fifo}: it is a FIFO, not a regular file: planning without history`)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  test('a history file under /proc is one line, at once', () => {
    const r = cli('history', 'record', '--key', 'web', '--peak', '1g', '--history-file', '/proc/x/history.json')
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(
      'docker-memory: --history-file /proc/x/history.json: the folder /proc/x does not exist; create it (mkdir -p /proc/x) or check the path\n'
    )
  })

  test('a symlinked history file stays a link and its target gets the peak', () => {
    const real = join(dir, 'store', 'history.json')
    mkdirSync(join(dir, 'store'))
    writeFileSync(real, '{"version":1,"builds":{}}')
    const link = join(dir, 'history.json')
    symlinkSync(real, link)
    expect(cli('history', 'record', '--key', 'web', '--peak', '1g', '--history-file', link).status).toBe(0)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(keys(real)).toEqual(['web'])
  })

  test('a lock left by a process that no longer runs is taken over', () => {
    const file = join(dir, 'history.json')
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout
    writeFileSync(`${file}.docker-memory.lock`, `${dead}\n${hostname()}\nfeedbeef\n`)
    expect(cli('history', 'record', '--key', 'web', '--peak', '1g', '--history-file', file).status).toBe(0)
    expect(readdirSync(dir)).toEqual(['history.json'])
  })
})

describe('files given to build and explain', () => {
  test.each([
    ['/proc/x', 'is not a directory docker-memory can create files in (no such file)'],
    ['/dev/null/x', 'is not a directory (/dev/null is not one)']
  ])('build --log-dir %s is one line at once, before Docker is asked anything', (logDir, why) => {
    const r = cli('build', dir, '--log-dir', logDir, '--total-memory', '16g')
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`docker-memory: --log-dir ${logDir} ${why}\n`)
  })

  test('a FIFO as the Dockerfile that names a build is refused at once', () => {
    const fifo = join(dir, 'Dockerfile')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    const r = cli('build', dir, '--file', fifo, '--history-file', join(dir, 'h.json'), '--total-memory', '16g')
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`docker-memory: cannot read the Dockerfile ${fifo}: it is a FIFO, not a regular file; give --key to name the build\n`)
  })

  test.each([
    ['a FIFO', (p: string) => spawnSync('mkfifo', [p]), 'it is a FIFO, not a regular file (save the log to a file first)'],
    ['/dev/zero', () => undefined, 'it is a device, not a regular file (save the log to a file first)']
  ])('explain --log %s is refused at once', (_, make, why) => {
    const path = _ === '/dev/zero' ? '/dev/zero' : join(dir, 'log')
    make(path)
    const r = cli('explain', '--log', path)
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`docker-memory: cannot read the build log ${path}: ${why}\n`)
  })

  test('explain --file /dev/zero is refused, not read into memory', () => {
    const log = join(dir, 'build.log')
    writeFileSync(log, '#1 [internal] load build definition from Dockerfile\n#1 DONE 0.0s\n')
    const r = cli('explain', '--log', log, '--file', '/dev/zero')
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('docker-memory: cannot read the Dockerfile /dev/zero: it is a device, not a regular file\n')
  })
})
