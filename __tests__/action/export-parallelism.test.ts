import { describe, expect, test } from '@jest/globals'
import { runEntry } from '../helpers/action.js'

describe('export-parallelism (the bundled action)', () => {
  test('true: the toolchains get the job count, keeping the flags the workflow set', () => {
    const run = runEntry('dist/main.js', { 'export-parallelism': 'true', 'total-memory': '16g', cpus: '4' }, { env: { MAKEFLAGS: '--no-print-directory' } })
    expect(run.status).toBe(0)
    expect(run.env).toMatchObject({
      MAKEFLAGS: '--no-print-directory -j4',
      GOFLAGS: '-p=4',
      CARGO_BUILD_JOBS: '4',
      MAX_JOBS: '4',
      CMAKE_BUILD_PARALLEL_LEVEL: '4',
      GRADLE_OPTS: '-Dorg.gradle.workers.max=4'
    })
  })

  test('an inherited value with a line break fails the step in one line, before any output is written', () => {
    const run = runEntry('dist/main.js', { 'export-parallelism': 'true', 'total-memory': '16g' }, { env: { MAKEFLAGS: '-k\nLD_PRELOAD=/tmp/evil.so' } })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::MAKEFLAGS has a line break, which would start another variable: refusing to pass it on')
    expect(run.files.output).toBe('')
    expect(run.files.env).toBe('')
  })

  test('a bad value is an input error', () => {
    const run = runEntry('dist/main.js', { 'export-parallelism': 'sometimes' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('::error::export-parallelism "sometimes" must be true or false')
  })
})
