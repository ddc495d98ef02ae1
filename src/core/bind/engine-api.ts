/**
 * The binding transaction's docker commands as the engine API requests the docker CLI sends for
 * them, and the engine's answers as the CLI would print them: on a local engine the
 * transaction talks to its socket (milliseconds a call) instead of starting the CLI (~100 ms a
 * call, eight or more a bind: bench/plan-startup.mjs), and the rest of the transaction reads
 * the same answers either way. A command not listed here (buildx) runs through the CLI. Pure.
 */
import type { DockerCommand } from '../build/argv.js'

export interface ApiRequest {
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  /** JSON body of a POST. */
  body?: unknown
  /** How the CLI prints the answer (see `answerAsCli`). */
  print: 'json' | 'id' | 'name' | 'volume-names' | 'volume-list' | 'nothing'
  /** The name or id the command was about, for the CLI's words. */
  subject: string
}

/** What the CLI would have printed: its exit code, stdout and stderr. */
export interface CliAnswer {
  code: number
  stdout: string
  stderr: string
}

const enc = encodeURIComponent

/** The API request for a command of the transaction; null when only the CLI runs it. */
export function apiRequestOf(command: DockerCommand): ApiRequest | ApiRequest[] | null {
  const a = command.args
  const last = a[a.length - 1] ?? ''
  if (a[0] === 'inspect' && a[1] === '--type' && a[2] === 'container' && a[3] === '--format' && a[4] === '{{json .}}' && a.length === 6)
    return { method: 'GET', path: `/containers/${enc(last)}/json`, print: 'json', subject: last }
  if (a[0] === 'info' && a[1] === '--format' && a[2] === '{{json .}}' && a.length === 3) return { method: 'GET', path: '/info', print: 'json', subject: '' }
  if (a[0] === 'rm' && a.length === 2) return { method: 'DELETE', path: `/containers/${enc(last)}`, print: 'name', subject: last }
  if (a[0] === 'create') {
    const o = options(a.slice(1, -1))
    if (!o || o.name === undefined || o.flags.some((f) => f !== '--name' && f !== '--label' && f !== '--network')) return null
    const body = { Image: last, Labels: o.labels, HostConfig: o.network ? { NetworkMode: o.network } : {} }
    return { method: 'POST', path: `/containers/create?name=${enc(o.name)}`, body, print: 'id', subject: o.name }
  }
  if (a[0] === 'update') {
    const o = options(a.slice(1, -1))
    if (!o || o.flags.some((f) => f !== '--memory' && f !== '--memory-swap')) return null
    const body: Record<string, number> = {}
    if (o.memory !== undefined) body.Memory = Number(o.memory)
    if (o.memorySwap !== undefined) body.MemorySwap = Number(o.memorySwap)
    if (Object.values(body).some((n) => !Number.isInteger(n))) return null
    return { method: 'POST', path: `/containers/${enc(last)}/update`, body, print: 'name', subject: last }
  }
  if (a[0] !== 'volume') return null
  if (a[1] === 'create') {
    const o = options(a.slice(2, -1))
    if (!o || o.flags.some((f) => f !== '--label')) return null
    return { method: 'POST', path: '/volumes/create', body: { Name: last, Labels: o.labels }, print: 'name', subject: last }
  }
  if (a[1] === 'rm' && a.length === 3) return { method: 'DELETE', path: `/volumes/${enc(last)}`, print: 'name', subject: last }
  if (a[1] === 'ls' && a[2] === '--quiet' && a[3] === '--filter' && a.length === 5 && a[4].startsWith('label=')) {
    const filters = JSON.stringify({ label: [a[4].slice('label='.length)] })
    return { method: 'GET', path: `/volumes?filters=${enc(filters)}`, print: 'volume-names', subject: '' }
  }
  if (a[1] === 'inspect' && a.length > 2) return a.slice(2).map((v) => ({ method: 'GET', path: `/volumes/${enc(v)}`, print: 'volume-list', subject: v }))
  return null
}

interface Options {
  flags: string[]
  name?: string
  network?: string
  memory?: string
  memorySwap?: string
  labels: Record<string, string>
}

/** `--flag value` pairs only; null for anything else, which the CLI then runs itself. */
function options(args: string[]): Options | null {
  const o: Options = { flags: [], labels: {} }
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]]
    if (value === undefined || !flag.startsWith('--')) return null
    o.flags.push(flag)
    if (flag === '--label') {
      const eq = value.indexOf('=')
      if (eq < 0) return null
      o.labels[value.slice(0, eq)] = value.slice(eq + 1)
    } else if (flag === '--name') o.name = value
    else if (flag === '--network') o.network = value
    else if (flag === '--memory') o.memory = value
    else if (flag === '--memory-swap') o.memorySwap = value
  }
  return o
}

/**
 * The engine's answers (one per request) as the CLI prints them: the body's JSON, an id or a
 * name on success; `Error response from daemon: <message>` and exit code 1 on an error status
 * (the words the transaction reads: `Conflict`, `No such container`, `no such volume`).
 */
export function answerAsCli(requests: ApiRequest[], answers: { status: number; body: string }[]): CliAnswer {
  const errors: string[] = []
  const found: unknown[] = []
  let stdout = ''
  requests.forEach((r, i) => {
    const { status, body } = answers[i]
    if (status < 200 || status > 299) {
      errors.push(`Error response from daemon: ${messageOf(body) || `HTTP ${status}`}`)
      return
    }
    if (r.print === 'json') stdout += `${body.trim()}\n`
    else if (r.print === 'id') {
      const id = (parse(body) as { Id?: unknown } | null)?.Id
      stdout += `${typeof id === 'string' ? id : ''}\n`
    } else if (r.print === 'name') stdout += `${r.subject}\n`
    else if (r.print === 'volume-names') {
      const volumes = (parse(body) as { Volumes?: { Name?: string }[] | null } | null)?.Volumes ?? []
      stdout += volumes.map((v) => `${v.Name ?? ''}\n`).join('')
    } else if (r.print === 'volume-list') found.push(parse(body))
  })
  if (requests.some((r) => r.print === 'volume-list')) stdout = `${JSON.stringify(found, null, 4)}\n`
  return { code: errors.length > 0 ? 1 : 0, stdout, stderr: errors.map((e) => `${e}\n`).join('') }
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return null
  }
}

function messageOf(body: string): string {
  const m = (parse(body) as { message?: unknown } | null)?.message
  return typeof m === 'string' ? m : body.trim().slice(0, 300)
}
