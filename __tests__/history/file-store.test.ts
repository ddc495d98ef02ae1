import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileError } from '../../src/core/errors.js'
import { parseHistory } from '../../src/core/history/peaks.js'
import { GiB } from '../../src/core/units.js'
import { fileHistoryStore } from '../../src/history/file-store.js'
import { loadKnownPeak, recordPeak } from '../../src/history/store.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'toolkit-history-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})
const fixture = (name: string): string => {
  const path = join(dir, name)
  copyFileSync(`__tests__/fixtures/history/${name}`, path)
  return path
}

describe('the history file store', () => {
  test('records into a file that does not exist yet, creating its folder', async () => {
    const path = join(dir, 'nested', 'history.json')
    const { notices } = await recordPeak('web', 3 * GiB, fileHistoryStore(path), new Date('2026-11-23T12:00:00Z'))
    expect(notices).toEqual([])
    expect(parseHistory(readFileSync(path, 'utf8')).builds.web.peaks).toEqual([{ bytes: 3 * GiB, at: '2026-11-23T12:00:00.000Z' }])
    expect(await loadKnownPeak(fileHistoryStore(path), 'web')).toEqual({ peak: { key: 'web', bytes: 3 * GiB, runs: 1 }, notice: null })
  })

  test("keeps each measured step's peak beside the build's, and the next plan reads the highest of each step", async () => {
    const path = join(dir, 'history.json')
    const step = (bytes: number): { instruction: string; platform: null; bytes: number } => ({ instruction: '[a 1/1] RUN make', platform: null, bytes })
    await recordPeak('web', GiB, fileHistoryStore(path), new Date('2026-11-23T12:00:00Z'), [step(GiB / 4)])
    await recordPeak('web', GiB, fileHistoryStore(path), new Date('2026-11-24T12:00:00Z'), [step(GiB / 2)])
    await recordPeak('web', GiB, fileHistoryStore(path), new Date('2026-11-25T12:00:00Z'))
    expect(parseHistory(readFileSync(path, 'utf8')).builds.web.peaks.map((p) => p.steps)).toEqual([[step(GiB / 4)], [step(GiB / 2)], undefined])
    expect((await loadKnownPeak(fileHistoryStore(path), 'web')).peak?.steps).toEqual([step(GiB / 2)])
  })

  test('keeps the other keys of the file', async () => {
    const path = fixture('history-v1.json')
    await recordPeak('web', GiB, fileHistoryStore(path))
    const h = parseHistory(readFileSync(path, 'utf8'))
    expect(h.builds['dockerfile-0123456789abcdef'].peaks).toHaveLength(1)
    expect(h.builds.web.peaks).toHaveLength(4)
  })

  test('leaves no temporary file behind', async () => {
    const path = join(dir, 'history.json')
    for (let i = 0; i < 3; i++) await recordPeak('web', GiB, fileHistoryStore(path))
    expect(readdirSync(dir)).toEqual(['history.json'])
  })

  test.each([
    ['missing.json', /^no history file .*missing\.json yet: planning without history$/],
    ['truncated.json', /truncated\.json is not valid history \(it is not JSON\): planning without history$/],
    ['newer.json', /newer\.json is version 2, written by a newer docker-memory: planning without history$/]
  ])('%s degrades to the plain plan with a notice', async (name, notice) => {
    const path = name === 'missing.json' ? join(dir, name) : fixture(name)
    expect(await loadKnownPeak(fileHistoryStore(path), 'web')).toEqual({ peak: null, notice: expect.stringMatching(notice) })
  })

  test('a key the file does not know is a notice too', async () => {
    const lookup = await loadKnownPeak(fileHistoryStore(fixture('history-v1.json')), 'api')
    expect(lookup).toEqual({ peak: null, notice: expect.stringMatching(/^no peak recorded for api in .* yet/) })
  })

  test('recording over a corrupt file starts it afresh, with a notice', async () => {
    const path = fixture('truncated.json')
    const { notices } = await recordPeak('web', GiB, fileHistoryStore(path))
    expect(notices).toEqual([
      expect.stringMatching(/is not valid history .*: starting it afresh/),
      expect.stringMatching(/^what could not be read was kept in .*truncated\.json\.docker-memory-unreadable-.*\.bak$/)
    ])
    expect(parseHistory(readFileSync(path, 'utf8')).builds.web.peaks).toHaveLength(1)
  })

  test('a file from a newer version is never overwritten', async () => {
    const path = fixture('newer.json')
    const before = readFileSync(path, 'utf8')
    await expect(recordPeak('web', GiB, fileHistoryStore(path))).rejects.toThrow(/version 2, written by a newer docker-memory; not overwriting it/)
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  test('a place that cannot be written is one FileError', async () => {
    // A path through a regular file fails for root too, unlike a read-only folder.
    writeFileSync(join(dir, 'file'), 'x')
    const attempt = recordPeak('web', GiB, fileHistoryStore(join(dir, 'file', 'history.json')))
    await expect(attempt).rejects.toThrow(FileError)
    await expect(attempt).rejects.toThrow(/^the folder of history file \S+history\.json, \S+file is not a directory \(\S+file is not one\)$/)
    expect(readdirSync(dir)).toEqual(['file'])
  })

  test('a history path that is a folder is a notice when planning', async () => {
    mkdirSync(join(dir, 'h'))
    const lookup = await loadKnownPeak(fileHistoryStore(join(dir, 'h')), 'web')
    expect(lookup.notice).toMatch(/cannot read history file .*h: it is a directory, not a regular file: planning without history/)
  })
})
