import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileError } from '../../src/core/errors.js'
import { breakStaleLock, withFileLock } from '../../src/files/lock.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'files-lock-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('withFileLock', () => {
  test('a lock held by a live process times out with a message naming it', async () => {
    const path = join(dir, 'f')
    await withFileLock(path, { timeoutMs: 1000, what: 'the first' }, async () => {
      await expect(withFileLock(path, { timeoutMs: 100, what: 'the first' }, async () => 1)).rejects.toThrow(
        new FileError(
          `${path} is locked by process ${process.pid} (the first); wait for it to finish, or remove ${path}.docker-memory.lock if no docker-memory runs`
        )
      )
    })
    expect(readdirSync(dir)).toEqual([])
  })

  /** A pid that was alive a moment ago and is not now. */
  function deadPid(): number {
    const child = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' })
    return Number(child.stdout.trim())
  }

  test("a dead run's lock is taken over at once", async () => {
    const path = join(dir, 'f')
    writeFileSync(`${path}.docker-memory.lock`, `${deadPid()}\n${hostname()}\nfeed\n`)
    await expect(withFileLock(path, { timeoutMs: 0, what: 'x' }, async () => readFileSync(`${path}.docker-memory.lock`, 'utf8'))).resolves.toMatch(
      new RegExp(`^${process.pid}\n`)
    )
    expect(readdirSync(dir)).toEqual([])
  })

  test('a lock another run took between the look and the take-over is put back', () => {
    // The race: this run read a dead holder, then a live run replaced that lock before the
    // rename aside. What is aside now is the live run's lock, and it must be linked back.
    const lock = join(dir, 'f.docker-memory.lock')
    const live = `${process.pid}\n${hostname()}\nlive\n`
    writeFileSync(lock, live)
    breakStaleLock(lock, { pid: deadPid(), host: hostname() })
    expect(readFileSync(lock, 'utf8')).toBe(live)
    expect(readdirSync(dir)).toEqual(['f.docker-memory.lock'])
  })

  test("a live holder's lock is never broken, whatever was seen", () => {
    const lock = join(dir, 'f.docker-memory.lock')
    writeFileSync(lock, `${process.pid}\n${hostname()}\nlive\n`)
    breakStaleLock(lock)
    breakStaleLock(lock, { pid: process.pid, host: hostname() })
    expect(readdirSync(dir)).toEqual(['f.docker-memory.lock'])
  })

  test('a lock held on another host is never broken from here', () => {
    const lock = join(dir, 'f.docker-memory.lock')
    writeFileSync(lock, `${deadPid()}\nsome-other-host\nx\n`)
    breakStaleLock(lock)
    expect(readdirSync(dir)).toEqual(['f.docker-memory.lock'])
  })
})
