import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runActionYml } from '../helpers/action.js'

// Issue 6, check 1: each sub-action runs on its own through its action.yml.
describe('sub-actions', () => {
  let ctx: string
  beforeAll(() => {
    ctx = mkdtempSync(join(tmpdir(), 'dma-sub-'))
    copyFileSync(join(ROOT, '__tests__/fixtures/captured/Dockerfile.fail'), join(ctx, 'Dockerfile.fail'))
  })
  afterAll(() => {
    rmSync(ctx, { recursive: true, force: true })
  })

  test('subaction/plan plans and publishes, and never builds even when given a context', () => {
    const run = runActionYml('subaction/plan/action.yml', { context: ctx, file: join(ctx, 'Dockerfile.fail') })
    expect(run.status).toBe(0)
    expect(Number(run.outputs['build-memory-bytes'])).toBeGreaterThan(0)
    // It binds a builder instead of building (enforcement is that binding's): no build ran.
    expect(run.outputs).not.toHaveProperty('build-log')
    expect(run.outputs).not.toHaveProperty('exit-code')
    expect(run.summary).toContain('Docker memory plan')
  })

  test('subaction/resize on a native Linux engine: the plan fits, nothing to resize', () => {
    const run = runActionYml('subaction/resize/action.yml', {})
    expect(run.status).toBe(0)
    expect(run.outputs.resized).toBe('false')
    expect(run.outputs.status).toBe('ok')
  })

  test('subaction/explain explains a saved log', () => {
    const run = runActionYml(
      'subaction/explain/action.yml',
      { log: join(ROOT, '__tests__/fixtures/captured/legacy-docker-28-client-engine-20.10-oom.log'), file: 'Dockerfile.fail' },
      { env: { GITHUB_WORKSPACE: ctx } }
    )
    expect(run.status).toBe(0)
    expect(run.outputs['oom-killed']).toBe('true')
    expect(run.stdout).toMatch(/::error file=Dockerfile.fail,line=5,endLine=5::/)
    expect(run.summary).not.toBe('')
  })

  test('subaction/explain with no log is one error', () => {
    const run = runActionYml('subaction/explain/action.yml', { log: '/nonexistent.log' })
    expect(run.status).toBe(1)
    expect(run.stdout.trim()).toBe('::error::cannot read the build log /nonexistent.log: no such file')
    expect(run.files.output).toBe('')
  })
})
