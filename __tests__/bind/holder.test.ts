/**
 * Who holds a binding (issue 17, 4): the CI's own job id, and for the CLI the job's shell past
 * the wrappers that end at once (`npx` runs the bin through `npm exec` and `sh -c`), so the
 * next job does not take a live binding for a dead one.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { ciJobId, jobProcess, processAlive, readProc, type ProcInfo } from '../../src/bind/holder.js'

describe('ciJobId', () => {
  test('each CI’s job id and runner, else null', () => {
    expect(ciJobId({ GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2', GITHUB_JOB: 'build', RUNNER_NAME: 'runner-1' })).toBe('github/7/2/build/runner-1')
    expect(ciJobId({ CI_JOB_ID: '99', CI_RUNNER_ID: '5' })).toBe('gitlab/99/5')
    expect(ciJobId({ BUILDKITE_JOB_ID: 'abc', BUILDKITE_AGENT_NAME: 'agent-1' })).toBe('buildkite/abc/agent-1')
    expect(ciJobId({ BUILD_TAG: 'jenkins-app-12', NODE_NAME: 'linux-1' })).toBe('jenkins/jenkins-app-12/linux-1')
    expect(ciJobId({})).toBeNull()
  })
})

describe('jobProcess', () => {
  // bash (the job, 100) → npm exec (200) → sh -c (300) → node (400, the CLI's parent is 300).
  const table: Record<number, ProcInfo> = {
    100: { comm: 'bash', ppid: 50 },
    50: { comm: 'gitlab-runner', ppid: 1 },
    200: { comm: 'npm exec docker', ppid: 100 },
    300: { comm: 'sh', ppid: 200 },
    400: { comm: 'node', ppid: 300 },
    500: { comm: 'sh', ppid: 100 },
    600: { comm: 'sudo', ppid: 500 }
  }
  const read = (pid: number): ProcInfo | null => table[pid] ?? null

  test('under npx: past sh -c and npm exec to the job’s shell', () => {
    expect(jobProcess(300, read)).toBe(100)
  })

  test('a shell the job runs the command in is the holder (not a wrapper’s)', () => {
    expect(jobProcess(500, read)).toBe(500)
    expect(jobProcess(600, read)).toBe(500)
  })

  test('a job shell started by a runner written in node is the job’s, not a wrapper’s', () => {
    const runner: Record<number, ProcInfo> = {
      10: { comm: 'node', ppid: 1 },
      20: { comm: 'bash', ppid: 10 },
      30: { comm: 'npm exec docker', ppid: 20 },
      40: { comm: 'sh', ppid: 30 }
    }
    expect(jobProcess(40, (pid) => runner[pid] ?? null)).toBe(20)
  })

  test('where /proc cannot be read, the parent as it is', () => {
    expect(jobProcess(4242, () => null)).toBe(4242)
  })

  test('this very process, read from /proc: node, its parent jest’s', () => {
    const me = readProc(process.pid)
    expect(me?.ppid).toBe(process.ppid)
    expect(me?.comm).toMatch(/node|jest/)
  })
})

describe('processAlive', () => {
  test('this process lives; one that ended does not', () => {
    expect(processAlive(process.pid)).toBe(true)
    const ended = spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' })
    expect(processAlive(Number(ended.stdout.trim()))).toBe(false)
    expect(processAlive(0)).toBe(false)
  })
})
