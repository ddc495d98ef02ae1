/**
 * Readers of a builder's build records (buildx's "history"; in this codebase "history" is only
 * our store of peaks): what a builder remembers of its builds, whichever tool ran them
 * (docker/build-push-action, bake, a plain `docker buildx build`): `docker buildx history ls
 * --format json`, `history inspect --format json`, and the refs file buildx writes for each
 * build it starts on this host. Pure; the argv builders are their twins.
 */
import type { DockerCommand } from './argv.js'

export type BuildRecordStatus = 'Completed' | 'Error' | 'Canceled' | 'Running'

export interface BuildRecord {
  /** `<builder>/<node>/<id>`, as `history ls` prints it. */
  ref: string
  /** The last part of `ref`: what `history inspect` and `history logs` take. */
  id: string
  name: string
  status: BuildRecordStatus
  createdAt: string
  completedAt: string | null
}

export interface BuildRecordError {
  message: string
  /** The step, `[4/4] RUN head -c 300m /dev/zero | tail > /dev/null`. */
  step: string | null
  /** The step's last output lines. */
  logs: string[]
  /** BuildKit's Dockerfile excerpt: the file's base name and the `>>>` lines. */
  excerpt: { file: string; startLine: number; endLine: number } | null
}

export interface BuildRecordDetail {
  name: string
  context: string
  /** As the build named it: relative to `context` when `context` is a local path. */
  dockerfile: string | null
  status: 'completed' | 'failed' | 'canceled' | 'running'
  startedAt: string
  completedAt: string | null
  error: BuildRecordError | null
}

export interface RefsEntry {
  target: string
  localPath: string
  dockerfilePath: string
}

export class BuildRecordParseError extends Error {}

const STATUSES: readonly string[] = ['Completed', 'Error', 'Canceled', 'Running']

interface RawLs {
  ref?: string
  name?: string
  status?: string
  created_at?: string
  completed_at?: string
}

/** buildx 0.28 prints one JSON object per line; an array is taken too. */
export function parseHistoryLs(text: string): BuildRecord[] {
  const trimmed = text.trim()
  if (trimmed === '') return []
  let raws: RawLs[]
  try {
    raws = trimmed.startsWith('[')
      ? (JSON.parse(trimmed) as RawLs[])
      : trimmed
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as RawLs)
  } catch {
    throw new BuildRecordParseError(`docker buildx history ls printed something that is not JSON: "${trimmed.slice(0, 80)}"`)
  }
  return raws.map((raw) => {
    if (typeof raw?.ref !== 'string' || typeof raw.created_at !== 'string')
      throw new BuildRecordParseError('docker buildx history ls printed a build without ref or created_at')
    const status = STATUSES.includes(raw.status ?? '') ? (raw.status as BuildRecordStatus) : 'Running'
    return {
      ref: raw.ref,
      id: raw.ref.split('/').pop() as string,
      name: raw.name ?? '',
      status,
      createdAt: raw.created_at,
      completedAt: raw.completed_at ?? null
    }
  })
}

interface RawInspect {
  Name?: string
  Context?: string
  Dockerfile?: string
  Status?: string
  StartedAt?: string
  CompletedAt?: string
  Error?: { Message?: string; Name?: string; Logs?: string[]; Sources?: string }
}

export function parseHistoryInspect(json: string): BuildRecordDetail {
  let raw: RawInspect
  try {
    raw = JSON.parse(json) as RawInspect
  } catch {
    throw new BuildRecordParseError('docker buildx history inspect did not print JSON')
  }
  if (typeof raw?.StartedAt !== 'string') throw new BuildRecordParseError('docker buildx history inspect printed no StartedAt')
  const status = raw.Status === 'completed' || raw.Status === 'failed' || raw.Status === 'canceled' ? raw.Status : 'running'
  const e = raw.Error
  return {
    name: raw.Name ?? '',
    context: raw.Context ?? '.',
    dockerfile: raw.Dockerfile || null,
    status,
    startedAt: raw.StartedAt,
    completedAt: raw.CompletedAt ?? null,
    error: e
      ? {
          message: e.Message ?? '',
          step: e.Name ?? null,
          logs: e.Logs ?? [],
          excerpt: e.Sources ? parseSources(Buffer.from(e.Sources, 'base64').toString('utf8')) : null
        }
      : null
  }
}

/** `Dockerfile.fail:5` over `   5 | >>> RUN …` lines: the file and the lines marked `>>>`. */
export function parseSources(text: string): BuildRecordError['excerpt'] {
  const head = /^(\S+):(\d+)$/m.exec(text)
  if (!head) return null
  const marked = [...text.matchAll(/^\s*(\d+) \| >>> /gm)].map((m) => Number(m[1]))
  const start = marked.length > 0 ? marked[0] : Number(head[2])
  return { file: head[1], startLine: start, endLine: marked.length > 0 ? marked[marked.length - 1] : start }
}

/** `~/.docker/buildx/refs/<builder>/<node>/<id>`: `{"Target","LocalPath","DockerfilePath"}`, absolute paths. */
export function parseRefsEntry(json: string): RefsEntry {
  let raw: { Target?: string; LocalPath?: string; DockerfilePath?: string }
  try {
    raw = JSON.parse(json) as typeof raw
  } catch {
    throw new BuildRecordParseError('the buildx refs entry is not JSON')
  }
  if (typeof raw?.DockerfilePath !== 'string' || typeof raw.LocalPath !== 'string')
    throw new BuildRecordParseError('the buildx refs entry has no LocalPath or DockerfilePath')
  return { target: raw.Target ?? '', localPath: raw.LocalPath, dockerfilePath: raw.DockerfilePath }
}

/** Builds that started at or after `since` (ISO time), oldest first. */
export function buildsSince(records: BuildRecord[], since: string): BuildRecord[] {
  const from = Date.parse(since)
  return records.filter((r) => Date.parse(r.createdAt) >= from).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
}

export function historyLsCommand(builder: string): DockerCommand {
  return { args: ['buildx', 'history', 'ls', '--builder', builder, '--format', 'json'], env: {} }
}

export function historyInspectCommand(builder: string, id: string): DockerCommand {
  return { args: ['buildx', 'history', 'inspect', '--builder', builder, id, '--format', 'json'], env: {} }
}

export function historyLogsCommand(builder: string, id: string): DockerCommand {
  return { args: ['buildx', 'history', 'logs', '--builder', builder, id], env: {} }
}
