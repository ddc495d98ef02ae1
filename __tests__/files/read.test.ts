import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileError } from '../../src/core/errors.js'
import { decodeText } from '../../src/core/resize/encoding.js'
import { readRegularFile, readRegularFileIfExists } from '../../src/files/read.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'files-read-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('readRegularFile', () => {
  test.each([
    ['a FIFO', (p: string) => void spawnSync('mkfifo', [p]), 'it is a FIFO, not a regular file'],
    ['a directory', (p: string) => mkdirSync(p), 'it is a directory, not a regular file'],
    ['a missing file', () => undefined, 'no such file']
  ])('%s is one FileError, at once', (_, make, why) => {
    const path = join(dir, 'x')
    make(path)
    expect(() => readRegularFile(path, 1024, 'the file')).toThrow(new FileError(`cannot read the file ${path}: ${why}`))
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
