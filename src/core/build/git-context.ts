/**
 * build-push-action's default context: not the workspace but the commit the workflow runs on,
 * as a Git URL BuildKit fetches itself (docker/actions-toolkit Context.gitContext), so a step
 * builds what was pushed even without actions/checkout. Pure: the action reads the
 * environment and hands the values in.
 */

export interface GitRun {
  /** GITHUB_SERVER_URL (https://github.com, or a GHES host). */
  serverUrl: string
  /** GITHUB_REPOSITORY, owner/name. */
  repository: string
  /** GITHUB_REF (refs/heads/main, refs/pull/7/merge, refs/tags/v1). */
  ref: string
  /** GITHUB_SHA. */
  sha: string
  /** DOCKER_DEFAULT_GIT_CONTEXT_PR_HEAD_REF=true: a pull request builds its head, not the merge commit. */
  pullRequestHead: boolean
}

/** The ref the context names: the commit itself, except on a pull request, whose merge ref (or head) it keeps. */
export function gitRef(run: GitRun): string {
  let ref = run.ref
  if (run.sha && ref && !ref.startsWith('refs/')) ref = `refs/heads/${ref}`
  if (run.sha && !ref.startsWith('refs/pull/')) return run.sha
  if (ref.startsWith('refs/pull/') && run.pullRequestHead) return ref.replace(/\/merge$/, '/head')
  return ref
}

/** `https://github.com/owner/repo.git#<sha>`; null outside a workflow run (no repository known). */
export function gitContext(run: GitRun | null): string | null {
  if (!run || !run.repository) return null
  return `${run.serverUrl.replace(/\/+$/, '') || 'https://github.com'}/${run.repository}.git#${gitRef(run)}`
}

/** build-push-action's `{{defaultContext}}` (Handlebars) in `context` and `build-contexts`: `{{defaultContext}}:docker` builds a subfolder of the commit. */
export function withDefaultContext(text: string, defaultContext: string): string {
  return text.replace(/\{\{\s*defaultContext\s*\}\}/g, defaultContext)
}
