import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../helpers/action.js'

// A home without a docker config: the default context, whatever this machine's user has set.
const HOME = mkdtempSync(join(tmpdir(), 'dma-detect-'))
afterAll(() => rmSync(HOME, { recursive: true, force: true }))

// detect says how Docker was asked: this machine's engine over its socket, or the CLI and why.
describe('docker-memory detect: which path asked Docker', () => {
  test.each([
    [
      'a tcp DOCKER_HOST goes to the CLI',
      { HOME, DOCKER_HOST: 'tcp://127.0.0.1:1' },
      'docker via   docker CLI (DOCKER_HOST is tcp://127.0.0.1:1, not a local socket)',
      { path: 'cli', why: 'DOCKER_HOST is tcp://127.0.0.1:1, not a local socket' }
    ]
  ])('%s', (_, env, line, via) => {
    const text = runCli(['detect'], { env })
    expect(text.status).toBe(0)
    expect(text.stdout.split('\n')).toContain(line)
    const json = runCli(['detect', '--format', 'json'], { env })
    expect(JSON.parse(json.stdout).dockerVia).toEqual(via)
  })

  test('--no-docker asks nothing, so names no path', () => {
    const r = runCli(['detect', '--no-docker', '--format', 'json'])
    expect(JSON.parse(r.stdout)).not.toHaveProperty('dockerVia')
  })
})
