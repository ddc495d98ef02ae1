import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordActionPeak } from '../../src/action/history.js'
import { parseHistory } from '../../src/core/history.js'

const GiB = 1024 ** 3
let dir: string
let stdout: string
const saved = { ...process.env }

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'toolkit-record-'))
  process.env.RUNNER_TEMP = dir
  for (const name of ['ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_SERVICE_V2']) delete process.env[name]
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = { ...saved }
  rmSync(dir, { recursive: true, force: true })
})

describe('recording a peak from the action', () => {
  test('without an Actions cache the peak stays on the runner and a notice says it was not kept', async () => {
    await recordActionPeak('web', 3 * GiB)
    expect(parseHistory(readFileSync(join(dir, 'docker-memory-history', 'history.json'), 'utf8')).builds.web.peaks[0].bytes).toBe(3 * GiB)
    expect(stdout).toContain('::notice title=Docker memory history::history: the Actions cache is not available to this job: the peak was not kept.')
  })

  test('an unreachable cache is a notice, never a failure', async () => {
    Object.assign(process.env, { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 'token', ACTIONS_CACHE_SERVICE_V2: 'true' })
    await recordActionPeak('web', 3 * GiB)
    expect(stdout).toContain('::notice title=Docker memory history::history: the Actions cache did not keep the peak')
    expect(process.exitCode ?? 0).toBe(0)
  })
})
