/**
 * A crash in the middle of a build (here: the code that shows the log throws) ends in one
 * rejected promise after the undo list ran: docker stopped, the secret gone, the builder
 * removed. Against the fake docker that replays real captures.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runBuild, type BuildReporter, type PreparedBuild } from '../../src/build/run-build.js'
import { chooseMechanism } from '../../src/core/enforce/mechanism.js'
import { MiB } from '../../src/core/units.js'
import { probeBuildFacts } from '../../src/probes/build-facts.js'
import { setEnv } from '../setup/env.js'
import { request } from './helpers.js'

let state: string
let secretsRoot: string
let restoreEnv: () => void

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-crash-'))
  secretsRoot = mkdtempSync(join(tmpdir(), 'dma-crash-tmp-'))
  restoreEnv = setEnv({
    PATH: `${resolve('__tests__/fixtures/fake-docker')}:${process.env.PATH}`,
    FAKE_DOCKER_STATE: state,
    FAKE_DOCKER_CALLS: join(state, 'calls'),
    FAKE_DOCKER_BUILD_PRINT: 'line one\nline two\n',
    // Far past the test's timeout: a build that was waited for instead of stopped never returns.
    FAKE_DOCKER_BUILD_MS: '600000',
    TMPDIR: secretsRoot
  })
})
afterEach(() => {
  restoreEnv()
  for (const dir of [state, secretsRoot]) rmSync(dir, { recursive: true, force: true })
})

/** The facts and the mechanism for a 100 MiB build of Dockerfile.fail, as the fake docker answers. */
async function prepare(secrets: string): Promise<PreparedBuild> {
  const r = request({ file: 'Dockerfile.fail', secrets })
  const limit = { memoryBytes: 100 * MiB, swapBytes: 100 * MiB, cpus: null }
  const facts = await probeBuildFacts()
  return { request: r, limit, facts, choice: chooseMechanism(facts, r, limit) }
}

describe('runBuild streaming a line longer than a string can be', () => {
  test('600 MiB without a newline: the line reaches the reporter cut, the log file whole, and the secret is gone', async () => {
    const restore = setEnv({ FAKE_DOCKER_HUGE_LINE_MB: '600', FAKE_DOCKER_BUILD_PRINT: undefined, FAKE_DOCKER_BUILD_MS: undefined })
    try {
      const lines: string[] = []
      const reporter: BuildReporter = {
        info: () => undefined,
        warning: () => undefined,
        startLog: () => undefined,
        logLine: (l) => lines.push(l),
        endLog: () => undefined
      }
      const run = await runBuild(await prepare('TOKEN=dma-long-line-secret'), { logDir: state, reporter, keepCreatedBuilder: false })
      expect(run.outcome.exitCode).toBe(1)
      const long = lines.find((l) => l.includes('bytes of this line cut'))
      expect(long).toMatch(/^x{32768} … \[\d+ bytes of this line cut\] … /)
      expect(statSync(run.outcome.logPath).size).toBeGreaterThan(600 * MiB)
      rmSync(run.outcome.logPath)
      expect(readdirSync(secretsRoot)).toEqual([])
    } finally {
      restore()
    }
  }, 300000)
})

describe('runBuild when this process fails mid-build', () => {
  test('the error comes back once, after docker was stopped and the secret and builder removed', async () => {
    const prepared = await prepare('TOKEN=dma-crash-secret')
    const said: string[] = []
    const reporter: BuildReporter = {
      info: (m) => said.push(m),
      warning: (m) => said.push(`warning: ${m}`),
      startLog: () => undefined,
      logLine: (l) => {
        if (l === 'line two') throw new Error('the reporter broke')
      },
      endLog: () => undefined
    }
    // docker was stopped, not waited for (it would pause 10 minutes): no clock needed.
    await expect(runBuild(prepared, { logDir: state, reporter, keepCreatedBuilder: true })).rejects.toThrow('the reporter broke')
    const calls = readFileSync(join(state, 'calls'), 'utf8')
    expect(calls).toContain('"build"')
    expect(readdirSync(secretsRoot)).toEqual([])
    expect(existsSync(join(state, 'builders.json')) ? JSON.parse(readFileSync(join(state, 'builders.json'), 'utf8')) : {}).toEqual({})
    expect(said).toContain('removed builder docker-memory-100m')
  })
})
