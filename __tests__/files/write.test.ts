import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { replaceFile, writeBackup } from '../../src/files/write.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'files-write-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

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
