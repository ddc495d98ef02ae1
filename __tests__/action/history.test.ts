import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'toolkit-action-history-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n')

/** The bundled action's main step, as the runner starts it: inputs and files through the environment. */
function action(env: Record<string, string>, cwd = dir): { status: number | null; stdout: string; outputs: string; state: string } {
  const outputs = join(dir, `out-${Math.random()}`)
  const state = join(dir, `state-${Math.random()}`)
  writeFileSync(outputs, '')
  writeFileSync(state, '')
  const r = spawnSync(process.execPath, [resolve('dist/main.js')], {
    cwd,
    encoding: 'utf8',
    timeout: 60000,
    env: {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: outputs,
      GITHUB_STATE: state,
      RUNNER_TEMP: dir,
      HOME: dir,
      INPUT_SUMMARY: 'false',
      'INPUT_EXPORT-ENV': 'false',
      ...env
    }
  })
  return { status: r.status, stdout: r.stdout, outputs: readFileSync(outputs, 'utf8'), state: readFileSync(state, 'utf8') }
}

describe('the action with history: true', () => {
  test('no Actions cache: a notice and the plain plan', () => {
    const r = action({ INPUT_HISTORY: 'true' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('::notice title=Docker memory history::history: the Actions cache is not available to this job: planning without history.')
    expect(r.stdout).not.toContain('::error')
    expect(r.outputs).toMatch(/^build-memory<</m)
  })

  test('an unreachable Actions cache: a notice and the plain plan, never a failure', () => {
    const r = action({
      INPUT_HISTORY: 'true',
      'INPUT_HISTORY-KEY': 'web',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      ACTIONS_RUNTIME_TOKEN: 'token',
      ACTIONS_CACHE_SERVICE_V2: 'true'
    })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(
      /::notice title=Docker memory history::history: no history found in the Actions cache \(docker-memory-history-v1-[0-9a-f]{16}-\*\)/
    )
    expect(r.stdout).not.toContain('::error')
    expect(r.outputs).toMatch(/^build-memory<</m)
  })

  test('no Dockerfile to name the build: a notice and the plain plan', () => {
    // No context or file: the step only plans, and the working directory has no Dockerfile.
    const r = action({ INPUT_HISTORY: 'true' }, mkdtempSync(join(dir, 'empty-')))
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('::notice title=Docker memory history::history: no Dockerfile at Dockerfile to name this build (ENOENT); set history-key.')
  })

  test('a malformed history-key is one error', () => {
    const r = action({ INPUT_HISTORY: 'true', 'INPUT_HISTORY-KEY': 'two words' })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^::error::history-key "two words" must be/m)
    expect(r.outputs).toBe('')
  })

  test('history off by default: no cache is asked', () => {
    const r = action({})
    expect(r.status).toBe(0)
    expect(r.stdout).not.toContain('history')
    expect(r.state).not.toContain('history-key')
  })
})
