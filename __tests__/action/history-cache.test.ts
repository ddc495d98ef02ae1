import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { inJob } from '../history/cache-run.js'
import { startFakeCacheService, type FakeCacheService } from '../history/fake-cache-service.js'

const GiB = 1024 ** 3
const root = mkdtempSync(join(tmpdir(), 'toolkit-action-cache-'))
let service: FakeCacheService

beforeAll(async () => {
  service = await startFakeCacheService()
  // Earlier jobs of two builds recorded their peaks.
  await inJob(root, 'earlier-small', service.url, { record: 3 * GiB }, 'small')
  await inJob(root, 'earlier-huge', service.url, { record: 900 * GiB }, 'huge')
})
afterAll(async () => {
  await service.close()
  rmSync(root, { recursive: true, force: true })
})

/** The bundled main step in a fresh job, against the cache service; async so the service can answer. */
async function action(key: string): Promise<{ code: number; stdout: string; outputs: string }> {
  // A job of its own: home folder beside the workspace, as on a hosted runner.
  const dir = join(root, `plan-${key}`)
  mkdirSync(join(dir, 'work'), { recursive: true })
  const outputs = join(dir, 'out')
  writeFileSync(outputs, '')
  writeFileSync(join(dir, 'state'), '')
  const env = {
    PATH: process.env.PATH,
    ACTIONS_CACHE_URL: service.url,
    ACTIONS_RUNTIME_TOKEN: 'token',
    GITHUB_WORKSPACE: join(dir, 'work'),
    RUNNER_TEMP: join(dir, 'temp'),
    HOME: join(dir, 'home'),
    GITHUB_OUTPUT: outputs,
    GITHUB_STATE: join(dir, 'state'),
    INPUT_HISTORY: 'true',
    'INPUT_HISTORY-KEY': key,
    INPUT_SUMMARY: 'false',
    'INPUT_EXPORT-ENV': 'false'
  }
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [resolve('dist/main.js')], { cwd: join(dir, 'work'), env, timeout: 60000 })
    return { code: 0, stdout, outputs: readFileSync(outputs, 'utf8') }
  } catch (error) {
    const e = error as { code: number; stdout: string }
    return { code: e.code, stdout: e.stdout, outputs: readFileSync(outputs, 'utf8') }
  }
}

describe('the action plans from the peaks in the Actions cache', () => {
  test('a known peak that fits: the plan carries it, no notice', async () => {
    const r = await action('small')
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('::notice title=Docker memory history')
    const planned = JSON.parse(/^plan<<(\S+)\n([\s\S]*?)\n\1$/m.exec(r.outputs)?.[2] ?? '{}')
    expect(planned.history).toMatchObject({ key: 'small', peakBytes: 3 * GiB, fits: true })
    expect(planned.buildMemoryBytes).toBeGreaterThanOrEqual(3.75 * GiB)
  })

  test('a known peak no runner here can hold: the step fails before any build, naming what would', async () => {
    const r = await action('huge')
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^::error title=Not enough memory for this plan::this build peaked at 900 GiB before \(huge\), more than the .* this machine can give a build: it would be OOM-killed\. Fix: use a machine with at least 1.11 TiB; no GitHub-hosted runner is that large\.$/m
    )
  })
})
