/**
 * `--progress=rawjson`: one JSON object per line, `vertexes` (steps: started, completed,
 * cached, error) and `logs` (a step's output, base64). Anything an event holds is checked
 * before use: a malformed event is skipped, never fatal.
 */
import type { Grammar, LogContext } from './grammar.js'
import { readSignal } from './tool-messages.js'
import { DEFINITION } from '../state.js'

interface RawVertex {
  digest: string
  name?: string
  started?: string
  completed?: string
  cached?: boolean
  error?: string
}

export const rawjson: Grammar = (line, ctx) => {
  if (line.charCodeAt(0) !== 123 /* { */) return false
  let event: unknown
  try {
    event = JSON.parse(line)
  } catch {
    return false
  }
  if (typeof event !== 'object' || event === null) return true
  const { vertexes, logs, stream, error } = event as { vertexes?: unknown; logs?: unknown; stream?: unknown; error?: unknown }
  // The engine API's stream (docker-py, docker-compose v1, IDEs): the legacy builder's lines in JSON.
  if (typeof stream === 'string' || typeof error === 'string') {
    for (const text of `${typeof stream === 'string' ? stream : ''}${typeof error === 'string' ? `\n${error}` : ''}`.split('\n')) ctx.feed(text)
    return true
  }
  const valid = Array.isArray(vertexes) ? vertexes.filter(isVertex) : []
  if (valid.some((v) => startsNextBuild(v, ctx))) ctx.startBuild()
  for (const v of valid) vertex(v, ctx)
  const b = ctx.build
  for (const l of Array.isArray(logs) ? (logs as unknown[]) : []) {
    if (!isLogEvent(l)) continue
    const step = b.steps.get(l.vertex)
    if (!step) continue
    const text = Buffer.from(l.data, 'base64').toString('utf8')
    for (const out of text.split('\n')) {
      const signal = readSignal(out.trim())
      if (signal) b.signal(step, signal)
    }
  }
  return true
}

/** A second build definition of the same target: the next build's events. */
function startsNextBuild(v: RawVertex, ctx: LogContext): boolean {
  const definition = v.name ? DEFINITION.exec(v.name) : null
  return definition !== null && !ctx.build.steps.has(v.digest) && ctx.build.definitions.has(definition[1] ?? '')
}

function vertex(v: RawVertex, ctx: LogContext): void {
  const b = ctx.build
  let step = b.steps.get(v.digest)
  if (!step) step = b.addStep(v.digest, v.name ?? v.digest, Date.parse(v.started ?? '') || 0)
  if (v.cached) step.result = 'cached'
  if (v.started && !b.started.has(v.digest)) {
    // Vertexes are announced in reverse; list them in the order they ran.
    b.started.add(v.digest)
    b.steps.delete(v.digest)
    b.steps.set(v.digest, step)
    step.span.start = Date.parse(v.started) || step.span.start
  }
  if (v.started && v.completed) {
    step.durationMs = Math.max(0, Date.parse(v.completed) - Date.parse(v.started)) || 0
    step.span.end = Date.parse(v.completed) || null
    if (step.result === 'running') step.result = 'done'
    if (step.instruction.startsWith('exporting')) b.succeeded = true
  }
  if (v.error) b.stepError(step, v.error)
}

function isVertex(v: unknown): v is RawVertex {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  const optional = (key: string, type: string): boolean => o[key] === undefined || o[key] === null || typeof o[key] === type
  return (
    typeof o.digest === 'string' &&
    optional('name', 'string') &&
    optional('started', 'string') &&
    optional('completed', 'string') &&
    optional('cached', 'boolean') &&
    optional('error', 'string')
  )
}

function isLogEvent(l: unknown): l is { vertex: string; data: string } {
  return typeof l === 'object' && l !== null && typeof (l as { vertex?: unknown }).vertex === 'string' && typeof (l as { data?: unknown }).data === 'string'
}
