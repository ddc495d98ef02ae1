import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inJob } from './cache-run.js'
import { startFakeCacheService, type FakeCacheService } from './fake-cache-service.js'

const GiB = 1024 ** 3
let service: FakeCacheService
const root = mkdtempSync(join(tmpdir(), 'toolkit-cache-'))

beforeAll(async () => {
  service = await startFakeCacheService()
})
afterAll(async () => {
  await service.close()
  rmSync(root, { recursive: true, force: true })
})

describe('history in the Actions cache', () => {
  test('a first job finds nothing and records its peak; the next job, on another runner, plans from it', async () => {
    expect(await inJob(root, 'job1', service.url, 'load', 'web')).toEqual({
      peak: null,
      notice: expect.stringMatching(/^no history found in the Actions cache \(docker-memory-history-v1-[0-9a-f]{16}-\*\)/)
    })
    expect(await inJob(root, 'job1', service.url, { record: 3 * GiB }, 'web')).toEqual({ notices: [] })
    expect(service.keys()).toEqual([expect.stringMatching(/^docker-memory-history-v1-[0-9a-f]{16}-\d+$/)])
    expect(await inJob(root, 'job2', service.url, 'load', 'web')).toEqual({ peak: { key: 'web', bytes: 3 * GiB, runs: 1 }, notice: null })

    // Each job adds an entry, and a restore takes the newest, which holds every peak.
    await inJob(root, 'job3', service.url, { record: 5 * GiB }, 'web')
    await inJob(root, 'job4', service.url, { record: GiB }, 'web')
    expect(await inJob(root, 'job5', service.url, 'load', 'web')).toEqual({ peak: { key: 'web', bytes: 5 * GiB, runs: 3 }, notice: null })
    expect(service.keys()).toHaveLength(3)
  })

  test('another build key has its own entries', async () => {
    expect((await inJob(root, 'job6', service.url, 'load', 'api')).peak).toBeNull()
  })

  test('an unreachable cache service is a notice when recording, never an error', async () => {
    // The v2 service, whose client gives up on a refused connection at once (v1 retries for 20 s).
    const v2 = { ACTIONS_CACHE_URL: '', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ACTIONS_CACHE_SERVICE_V2: 'true' }
    expect(await inJob(root, 'job7', '', { record: GiB }, 'web', v2)).toEqual({ notices: ['the Actions cache did not keep the peak'] })
  })
})
