import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordBuildPeak } from '../../src/history/build-peak.js'
import { actionsCacheHistoryStore } from '../../src/history/actions-cache-store.js'
import { setEnv } from '../setup/env.js'

const GiB = 1024 ** 3
let stdout: string
let restoreEnv: () => void
// The store's file and its lock live under the home folder: a home of the test's own.
let home: string

beforeEach(() => {
  restoreEnv = setEnv({ ACTIONS_RESULTS_URL: undefined, ACTIONS_CACHE_URL: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_CACHE_SERVICE_V2: undefined })
  home = mkdtempSync(join(tmpdir(), 'dma-build-peak-home-'))
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreEnv()
  rmSync(home, { recursive: true, force: true })
})

describe('recording a peak from the action', () => {
  test('without an Actions cache: a notice that the peak was not kept, and the job goes on', async () => {
    const notices: string[] = []
    await recordBuildPeak({ key: 'web', store: actionsCacheHistoryStore('web', home), peak: null }, 3 * GiB, (m) => notices.push(m))
    expect(notices).toEqual(['the Actions cache is not available to this job: the peak was not kept'])
    expect(stdout).toBe('')
    expect(process.exitCode ?? 0).toBe(0)
    // Nothing kept: no history file, no lock, not even the folder, in the runner's home.
    expect(existsSync(join(home, '.docker-memory-history'))).toBe(false)
  })
})
