import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runActionYml } from '../helpers/action.js'

// Issue 6, check 1: the build sub-action runs on its own through its action.yml, on the real engine.
describe('sub-actions on the engine', () => {
  let ctx: string
  beforeAll(() => {
    ctx = mkdtempSync(join(tmpdir(), 'dma-sub-'))
    copyFileSync('/bin/busybox', join(ctx, 'busybox'))
    copyFileSync(join(ROOT, '__tests__/fixtures/captured/Dockerfile.fail'), join(ctx, 'Dockerfile.fail'))
  })
  afterAll(() => rmSync(ctx, { recursive: true, force: true }))

  test('subaction/build builds under a limit that binds and explains the kill at the Dockerfile line', () => {
    const run = runActionYml(
      'subaction/build/action.yml',
      { context: ctx, file: join(ctx, 'Dockerfile.fail'), 'build-memory': '100m', driver: 'legacy', tags: 'dma-sub-build' },
      // The runner's temp dir holds the build log: in this test's folder, removed with it.
      { env: { GITHUB_WORKSPACE: ctx, RUNNER_TEMP: ctx } }
    )
    expect(readdirSync(join(ctx, 'docker-memory')).filter((f) => f.endsWith('.log'))).toHaveLength(1)
    expect(run.status).toBe(1)
    expect(run.outputs.enforcement).toBe('legacy')
    expect(run.outputs['oom-killed']).toBe('true')
    expect(run.stdout).toMatch(/::error file=Dockerfile.fail,line=5,endLine=5::/)
  })
})
