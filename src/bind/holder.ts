/**
 * Who holds a binding: the job, as the CI names it, a process that lives as long as the job,
 * and an expiry. A record is stale only when all of them say the job is over
 * (src/core/bind/builder-bindings.ts isStale; docs/binding.md).
 */
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import type { Holder } from '../core/bind/builder-bindings.js'

/** Longer than a GitHub-hosted job may run (6 h); a job that runs longer renews by binding again. */
export const HOLD_MS = 6 * 60 * 60 * 1000

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it lives, as another user's process.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The CI's own name for this job and the machine running it, or null outside a CI we know. */
export function ciJobId(env: NodeJS.ProcessEnv): string | null {
  const join = (...parts: (string | undefined)[]): string => parts.map((p) => p || '-').join('/')
  if (env.GITHUB_RUN_ID) return join('github', env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.RUNNER_NAME)
  if (env.CI_JOB_ID) return join('gitlab', env.CI_JOB_ID, env.CI_RUNNER_ID)
  if (env.BUILDKITE_JOB_ID) return join('buildkite', env.BUILDKITE_JOB_ID, env.BUILDKITE_AGENT_NAME)
  if (env.BUILD_TAG) return join('jenkins', env.BUILD_TAG, env.NODE_NAME)
  return null
}

/** The action's main and post run under the runner's worker, which lives for the whole job. */
export function actionHolder(env: NodeJS.ProcessEnv, now = Date.now()): Holder {
  return { job: ciJobId(env) ?? `action/${hostname()}/${process.ppid}`, host: hostname(), pid: process.ppid, expires: now + HOLD_MS }
}

/** `docker-memory bind`: the job's shell, found past the wrappers (npx, npm exec, env, sudo) that end as soon as the command does. */
export function cliHolder(env: NodeJS.ProcessEnv, now = Date.now()): Holder {
  const pid = jobProcess(process.ppid, readProc)
  return { job: ciJobId(env) ?? `cli/${hostname()}/${pid}`, host: hostname(), pid, expires: now + HOLD_MS }
}

/** `docker-memory build` holds the builder for its own run only, apart from any bind of the same job. */
export function buildHolder(now = Date.now()): Holder {
  return { job: `build/${hostname()}/${process.pid}`, host: hostname(), pid: process.pid, expires: now + HOLD_MS }
}

// A wrapper's process ends when the command it runs does: `npx docker-memory bind` runs
// node under `sh -c` under `npm exec` (node renames itself `npm exec …`).
const WRAPPER = /^(node|nodejs|npm|npx|yarn|pnpm|corepack|env|sudo|doas|timeout|nice|nohup|time|tini)\b/
/** Package runners start the bin through `sh -c`; a shell under anything else (a runner written in node) is the job's. */
const PACKAGE_RUNNER = /^(npm|npx|yarn|pnpm|corepack)\b/

export interface ProcInfo {
  comm: string
  ppid: number
}

/**
 * Walks up from `pid` past wrappers, and past a shell that a package runner started (`sh -c`
 * of npm exec), to the first process that is neither. Where /proc cannot be read (macOS), `pid`.
 */
export function jobProcess(pid: number, read: (pid: number) => ProcInfo | null): number {
  let current = pid
  for (let depth = 0; depth < 16; depth++) {
    const info = read(current)
    if (!info || info.ppid <= 1) return current
    const parent = read(info.ppid)
    const wrapper = WRAPPER.test(info.comm)
    const shellOfWrapper = /^(sh|dash|bash)$/.test(info.comm) && parent !== null && PACKAGE_RUNNER.test(parent.comm)
    if (!wrapper && !shellOfWrapper) return current
    current = info.ppid
  }
  return current
}

/** /proc/<pid>/stat: `pid (comm) state ppid …`, comm may hold spaces and parentheses. */
export function readProc(pid: number): ProcInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const close = stat.lastIndexOf(')')
    const comm = stat.slice(stat.indexOf('(') + 1, close)
    const ppid = Number(stat.slice(close + 2).split(' ')[1])
    return Number.isInteger(ppid) ? { comm, ppid } : null
  } catch {
    return null
  }
}
