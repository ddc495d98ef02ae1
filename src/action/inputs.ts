/**
 * Every input of the main step, read once and checked before anything is written: a bad
 * input is one error and an empty GITHUB_OUTPUT, GITHUB_ENV and summary.
 */
import * as core from '@actions/core'
import { InputError } from '../core/errors.js'
import { parseBuildRequest, parseDriver, wantsBuild, type BuildRequest } from '../core/build/request.js'
import { gitContext } from '../core/build/git-context.js'
import { parseBoolean, parsePlanRequest, PLAN_DEFAULTS, type InputReader } from '../core/inputs.js'
import type { PlanRequest } from '../core/plan/plan.js'
import { parseSize } from '../core/units.js'
import type { BindRequest } from '../bind/bind-plan.js'
import type { BuilderLimitMode } from '../core/bind/builder-bindings.js'
import { parseResizeInput, parseResizeTimeout, type ResizeInput } from '../core/resize/request.js'

export interface ActionInputs {
  plan: PlanRequest
  exportEnv: boolean
  exportParallelism: boolean
  summary: boolean
  oomWatch: boolean
  resize: ResizeInput
  resizeTimeoutMs: number
  /** null when the step does not build (no `context` or `file`, or a sub-action that only plans). */
  build: BuildRequest | null
  /**
   * The builder to bind in place: a step that plans and does not build. null when it builds (the
   * build binds its own) and in the resize sub-action, which has no post to give the limit back.
   */
  bind: BindRequest | null
  /** `keep-limit`, checked here so a bad value fails before anything is bound; post, which gives the limit back, reads it again. */
  keepLimit: boolean
  /** null without `history: true`. */
  history: { key: string } | null
  /** The raw inputs, for what names the build (its Dockerfile, target, platforms). */
  read: InputReader
}

export type ActionMode = 'plan-and-build' | 'plan-only' | 'resize-only'

export function readActionInputs(mode: ActionMode): ActionInputs {
  const read: InputReader = (name) => core.getInput(name)
  const plan = parsePlanRequest(read)
  const build = mode === 'plan-and-build' && wantsBuild(read) ? parseBuildRequest(read, { gitContext: runGitContext() }) : null
  // A step that does not build checks it too: a typo must not wait for the day the step builds.
  if (build === null) parseDriver(read('driver'))
  const swap = read('memory-swap').trim()
  const bind =
    build === null && mode !== 'resize-only'
      ? {
          builder: read('builder').trim() || null,
          memorySwapBytes: swap === '' ? null : parseSize(swap, 'memory-swap'),
          mode: parseBuilderLimit(read('builder-limit'))
        }
      : null
  for (const s of build?.secrets ?? []) core.setSecret(s.value)
  return {
    plan,
    exportEnv: parseBoolean(read('export-env') || PLAN_DEFAULTS['export-env'], 'export-env'),
    exportParallelism: parseBoolean(read('export-parallelism') || PLAN_DEFAULTS['export-parallelism'], 'export-parallelism'),
    summary: parseBoolean(read('summary') || PLAN_DEFAULTS.summary, 'summary'),
    oomWatch: oomWatch(read),
    resize: parseResizeInput(read('resize')),
    resizeTimeoutMs: parseResizeTimeout(read('resize-timeout') || '600', 'resize-timeout'),
    build,
    bind,
    keepLimit: parseBoolean(read('keep-limit') || 'false', 'keep-limit'),
    history: parseBoolean(read('history') || 'false', 'history') ? { key: read('history-key') } : null,
    read
  }
}

/** build-push-action's default context for this run (the commit, as a Git URL), from the runner's variables. */
export function runGitContext(env: NodeJS.ProcessEnv = process.env): string | null {
  return gitContext({
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    repository: env.GITHUB_REPOSITORY ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    pullRequestHead: env.DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF === 'true'
  })
}

function parseBuilderLimit(text: string): BuilderLimitMode {
  const mode = text.trim() || 'lower'
  if (mode !== 'lower' && mode !== 'replace') throw new InputError(`builder-limit "${text}" is not lower or replace`)
  return mode
}

/** `oom-watch` (action.yml's default: true): main checks it with the other inputs, post reads it to know whether to watch. */
export function oomWatch(read: InputReader = (name) => core.getInput(name)): boolean {
  return parseBoolean(read('oom-watch') || 'true', 'oom-watch')
}

/** The explain sub-action's inputs: a saved log, and the Dockerfile it was built from. */
export function readExplainInputs(): { logPath: string; file: string | null } {
  const logPath = core.getInput('log')
  if (logPath === '') throw new InputError('log is required: the path of the saved build log')
  return { logPath, file: core.getInput('file') || null }
}
