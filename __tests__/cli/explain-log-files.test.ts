/**
 * `docker-memory explain` from the bundle, on log files: two builds in one log at their own
 * Dockerfiles, a pipe closed early, and what is not a regular file. Split from
 * core/explain/bounded-and-multi-build.test.ts, whose in-process tests the mutation run
 * uses (vitest.mutation.config.mjs); these run dist/cli.js, which no mutant changes.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { FIXTURES, OOM_LOG, PASSED_LOG } from '../core/explain/helpers.js'

const PASSED = PASSED_LOG
const OOM = OOM_LOG

describe('a log of two builds: the first killed but passed, the second OOM-killed', () => {
  test('the CLI finds each Dockerfile in the workspace, and --fail-on-oom exits 3', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'dma-explain-multi-'))
    try {
      for (const f of ['Dockerfile.piped', 'Dockerfile.fail']) copyFileSync(path.join(FIXTURES, 'captured', f), path.join(workspace, f))
      writeFileSync(path.join(workspace, 'two.log'), PASSED + OOM)
      const run = (...args: string[]) =>
        spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'explain', '--log', 'two.log', ...args], {
          cwd: workspace,
          env: { ...process.env, GITHUB_WORKSPACE: '' },
          encoding: 'utf8'
        })
      const github = run('--format', 'github')
      expect(github.status).toBe(0)
      expect(github.stdout).toMatch(
        /^::error file=Dockerfile\.fail,line=5,endLine=5::Out of memory: \[4\/4\] RUN head -c 300m \/dev\/zero \| tail > \/dev\/null\. /m
      )
      expect(github.stdout).toMatch(
        /^::warning file=Dockerfile\.piped,line=5,endLine=5::Killed but passed: \[4\/4\] RUN head -c 300m \/dev\/zero \| tail > \/dev\/null; echo "pipeline finished"\. /m
      )
      expect(github.stderr).toBe('')
      expect(run('--fail-on-oom').status).toBe(3)
      const clean = spawnSync(
        process.execPath,
        [
          path.resolve('dist/cli.js'),
          'explain',
          '--log',
          path.join(FIXTURES, 'captured/buildx-0.28-docker-container-killed-but-passed.plain.log'),
          '--file',
          'Dockerfile.fail',
          '--fail-on-oom'
        ],
        { cwd: workspace, encoding: 'utf8' }
      )
      expect(clean.status).toBe(3)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  test('explain | head ends quietly', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; node dist/cli.js explain --log ${path.join(FIXTURES, 'captured/buildx-0.28-docker-container-oom.plain.log')} --format json | head -c 10 >/dev/null`
      ],
      { encoding: 'utf8' }
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
})

describe('what is not a regular file is refused, never waited on or read whole', () => {
  test.each([
    [
      'a FIFO as --log',
      (dir: string) => ['--log', path.join(dir, 'fifo')],
      /^docker-memory: cannot read the build log .*fifo: it is a FIFO, not a regular file/
    ],
    [
      '/dev/zero as --file',
      () => ['--log', path.join(FIXTURES, 'captured/buildx-0.28-docker-container-oom.plain.log'), '--file', '/dev/zero'],
      /^docker-memory: cannot read the Dockerfile \/dev\/zero: it is a device, not a regular file/
    ],
    [
      'a FIFO as --file',
      (dir: string) => ['--log', path.join(FIXTURES, 'captured/buildx-0.28-docker-container-oom.plain.log'), '--file', path.join(dir, 'fifo')],
      /^docker-memory: cannot read the Dockerfile .*fifo: it is a FIFO, not a regular file/
    ]
  ])('%s', (_, args, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dma-explain-fifo-'))
    try {
      expect(spawnSync('mkfifo', [path.join(dir, 'fifo')]).status).toBe(0)
      const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'explain', ...args(dir)], { encoding: 'utf8', timeout: 20000 })
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(message)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
