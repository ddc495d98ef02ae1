import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../helpers/action.js'

const temp = mkdtempSync(join(tmpdir(), 'dma-cli-env-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('docker-memory plan --format env', () => {
  test('without --export-parallelism: DOCKER_MEMORY_* only, whatever the environment holds', () => {
    const r = runCli(['plan', '--total-memory', '16g', '--cpus', '4', '--format', 'env'], { env: { MAKEFLAGS: '$(touch pwned)' } })
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(
      'DOCKER_MEMORY_BUILD=8g\nDOCKER_MEMORY_BUILD_BYTES=8589934592\nDOCKER_MEMORY_JOBS=4\nDOCKER_MEMORY_MAX_PARALLELISM=4\nDOCKER_MEMORY_PROFILE=balanced\n'
    )
  })

  test('with it, an inherited MAKEFLAGS is kept as text: sourcing the file runs nothing', () => {
    const r = runCli(['plan', '--total-memory', '16g', '--cpus', '4', '--format', 'env', '--export-parallelism'], { env: { MAKEFLAGS: "$(touch pwned) 'x'" } })
    expect(r.status).toBe(0)
    const dir = mkdtempSync(join(temp, 'src-'))
    writeFileSync(join(dir, 'plan.env'), r.stdout)
    const sh = spawnSync('sh', ['-c', 'set -a; . ./plan.env; printf %s "$MAKEFLAGS"'], { cwd: dir, encoding: 'utf8' })
    expect(sh.stdout).toBe("$(touch pwned) 'x' -j4")
    expect(existsSync(join(dir, 'pwned'))).toBe(false)
  })

  test('a line break in an inherited value: one line on stderr, exit 1, nothing on stdout', () => {
    const r = runCli(['plan', '--total-memory', '16g', '--format', 'env', '--export-parallelism'], { env: { GOFLAGS: '-x\nLD_PRELOAD=/tmp/evil.so' } })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('docker-memory: GOFLAGS has a line break, which would start another variable: refusing to pass it on\n')
  })

  test('a plan without room for a build prints DOCKER_MEMORY_BUILD empty, never 0b', () => {
    const r = runCli(['plan', '--total-memory', '8g', '--containers', 'db=7g', '--on-insufficient', 'warn', '--format', 'env'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('DOCKER_MEMORY_BUILD=\n')
    expect(r.stdout).not.toMatch(/=0b?$/m)
  })
})
