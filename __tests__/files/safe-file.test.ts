import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/core/errors.js'
import { decodeText } from '../../src/core/resize/encoding.js'
import { readRegularFile, readRegularFileIfExists, replaceFile, withFileLock, writeBackup } from '../../src/files/safe-file.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'files-safe-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readRegularFile', () => {
  test.each([
    ['a FIFO', (p: string) => void spawnSync('mkfifo', [p]), 'it is a FIFO, not a regular file'],
    ['a directory', (p: string) => mkdirSync(p), 'it is a directory, not a regular file'],
    ['a missing file', () => undefined, 'no such file']
  ])('%s is one InputError, at once', (_, make, why) => {
    const path = join(dir, 'x')
    make(path)
    expect(() => readRegularFile(path, 1024, 'the file')).toThrow(new InputError(`cannot read the file ${path}: ${why}`))
  })

  test('/dev/zero is refused, not read', () => {
    expect(() => readRegularFile('/dev/zero', 1024, 'the file')).toThrow('cannot read the file /dev/zero: it is a device, not a regular file')
  })

  test('a file over the cap is refused; one at the cap is read whole', () => {
    const path = join(dir, 'big')
    writeFileSync(path, Buffer.alloc(1024 * 1024, 'a'))
    expect(readRegularFile(path, 1024 * 1024, 'the file').length).toBe(1024 * 1024)
    expect(() => readRegularFile(path, 1024 * 1024 - 1, 'the file')).toThrow(/is larger than/)
  })

  test('a file in /proc, whose size reads 0, is read to its end', () => {
    expect(readRegularFile('/proc/self/status', 1024 * 1024, 'the file').toString()).toMatch(/^Name:/)
  })

  test('a missing file is null when that is allowed', () => {
    expect(readRegularFileIfExists(join(dir, 'none'), 1024, 'the file')).toBeNull()
  })
})

describe('replaceFile and writeBackup', () => {
  test('a 0640 file keeps its mode; a new file is 0600; nothing else is left in the folder', () => {
    const path = join(dir, 'f')
    writeFileSync(path, 'old')
    chmodSync(path, 0o640)
    replaceFile(path, Buffer.from('new'))
    expect(statSync(path).mode & 0o7777).toBe(0o640)
    replaceFile(join(dir, 'g'), Buffer.from('x'))
    expect(statSync(join(dir, 'g')).mode & 0o7777).toBe(0o600)
    expect(readdirSync(dir).sort()).toEqual(['f', 'g'])
  })

  test('a dangling symlink is refused, and nothing is created at its target', () => {
    const link = join(dir, 'link')
    symlinkSync(join(dir, 'nowhere'), link)
    expect(() => replaceFile(link, Buffer.from('x'))).toThrow(/is a symbolic link to nothing/)
    expect(readdirSync(dir)).toEqual(['link'])
  })

  test('two backups in the same second get two names; neither overwrites the other', () => {
    const path = join(dir, 'f')
    writeFileSync(path, 'a')
    const at = new Date('2026-11-29T12:00:00Z')
    const first = writeBackup(path, Buffer.from('one'), at)
    const second = writeBackup(path, Buffer.from('two'), at)
    expect(first).not.toBe(second)
    expect([readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]).toEqual(['one', 'two'])
  })
})

describe('withFileLock', () => {
  test('a lock held by a live process times out with a message naming it', async () => {
    const path = join(dir, 'f')
    await withFileLock(path, { timeoutMs: 1000, what: 'the first' }, async () => {
      await expect(withFileLock(path, { timeoutMs: 100, what: 'the first' }, async () => 1)).rejects.toThrow(
        new InputError(
          `${path} is locked by process ${process.pid} (the first); wait for it to finish, or remove ${path}.docker-memory.lock if no docker-memory runs`
        )
      )
    })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('decodeText', () => {
  test.each([
    ['a cp1252 byte before a newline', Buffer.from('a=caf\xe9\n', 'latin1'), 'not valid UTF-8 (byte 0xe9 at offset 5)'],
    ['a stray continuation byte', Buffer.from([0x61, 0x80, 0x62]), 'not valid UTF-8 (byte 0x80 at offset 1)'],
    ['UTF-16 big-endian', Buffer.from([0xfe, 0xff, 0, 0x61]), 'UTF-16 big-endian'],
    ['UTF-16LE of odd length', Buffer.from([0xff, 0xfe, 0x61]), 'not valid UTF-16']
  ])('%s is refused in one line', (_, bytes, message) => {
    expect(() => decodeText(bytes, 'f')).toThrow(message)
  })

  test('a UTF-8 BOM is kept for the write', () => {
    expect(decodeText(Buffer.from('\ufeff{"a":1}'), 'f')).toEqual({ text: '{"a":1}', encoding: 'utf8-bom' })
  })
})
