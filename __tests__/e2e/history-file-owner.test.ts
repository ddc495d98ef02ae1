/**
 * A history file owned by another user keeps its owner and mode when a record replaces it (as
 * when docker-memory runs under sudo). Making a file another user's needs root, so it runs in
 * the engine tier.
 */
import { afterEach, beforeEach, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'history-owner-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test("another user's 0640 history file keeps its owner and mode", () => {
  const file = join(dir, 'history.json')
  writeFileSync(file, '{"version":1,"builds":{}}')
  chownSync(file, 1000, 1000)
  chmodSync(file, 0o640)
  const r = spawnSync(process.execPath, ['dist/cli.js', 'history', 'record', '--key', 'web', '--peak', '1g', '--history-file', file], {
    encoding: 'utf8',
    timeout: 30000
  })
  expect(r.status).toBe(0)
  const s = statSync(file)
  expect([s.uid, s.gid, s.mode & 0o7777]).toEqual([1000, 1000, 0o640])
})
