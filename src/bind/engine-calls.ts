/**
 * The docker calls of one binding transaction: each with a timeout, the transaction's
 * cancellation passed on (a stalled call is killed on SIGINT), and a failure as a BindError
 * whose message says which call failed and what docker said.
 */
import type { DockerCommand } from '../core/build/argv.js'
import { answerAsCli, apiRequestOf } from '../core/bind/engine-api.js'
import type { DockerEndpoint } from '../core/docker-endpoint.js'
import { dockerEndpoint } from '../probes/docker.js'
import { captureDocker, lastLine } from '../runners/docker.js'
import type { Captured } from '../runners/process.js'
import { askEngine, type RequestTimer } from './engine-socket.js'

export class BindError extends Error {
  constructor(
    message: string,
    /** The builder may still carry a limit this job set (the undo failed): post or `release` must still give it back. */
    readonly changed = false
  ) {
    super(message)
    this.name = 'BindError'
  }
}

export interface CallOptions {
  /** Per docker call; 60 s unless a test stalls one on purpose. */
  timeoutMs?: number
  /** How a request over the engine's socket times out (engine-socket.ts): its idle timeout unless a test stalls one. */
  timer?: RequestTimer
  /** SIGINT, SIGTERM, SIGHUP: kills the call in flight; the transaction then undoes. */
  cancel?: AbortSignal
  /** Where the engine is: by default the docker CLI's own endpoint (DOCKER_HOST, the context). */
  endpoint?: DockerEndpoint
}

export class EngineCalls {
  /** The engine's socket while it answers there; null: every call through the docker CLI. */
  private socket: string | null

  constructor(private readonly options: CallOptions) {
    // A local engine is asked over its socket; a remote or TLS one (tcp://, ssh://, a context we
    // cannot read) through the CLI, which knows how to reach it.
    const endpoint = options.endpoint ?? dockerEndpoint(process.env)
    this.socket = endpoint.path === 'socket' ? endpoint.socket : null
  }

  get cancel(): AbortSignal | undefined {
    return this.options.cancel
  }

  /** The engine's unix socket, when the transaction talks to it directly. */
  get engineSocket(): string | null {
    return this.socket
  }

  /** docker's answer as it is: for calls whose failure is an answer (a lock that exists). */
  async raw(command: DockerCommand, options: { cancellable?: boolean; timeoutMs?: number } = {}): Promise<Captured> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? 60000
    const cancel = options.cancellable === false ? undefined : this.options.cancel
    const requests = this.socket === null ? null : apiRequestOf(command)
    if (this.socket !== null && requests !== null) {
      const list = Array.isArray(requests) ? requests : [requests]
      const answers: { status: number; body: string }[] = []
      for (const request of list) {
        const a = await askEngine(this.socket, request, { timeoutMs, cancel, timer: this.options.timer })
        if (a.status !== null) {
          answers.push(a)
          continue
        }
        // Nothing listens there (a socket the CLI would not use either): the CLI says why, in its words.
        if (a.unreachable && answers.length === 0) {
          this.socket = null
          return this.raw(command, options)
        }
        return { code: null, stdout: '', stderr: `docker ${command.args[0]}: ${a.error}`, spawnError: null, missing: false, timedOut: a.timedOut }
      }
      return { ...answerAsCli(list, answers), spawnError: null, missing: false, timedOut: false }
    }
    return captureDocker(command.args, { env: command.env, timeoutMs, cancel })
  }

  /** stdout, or a BindError saying `what` and docker's last line. `cancellable: false` for undo steps, which run after a cancel. */
  async run(command: DockerCommand, what: string, options: { cancellable?: boolean; timeoutMs?: number } = {}): Promise<string> {
    const r = await this.raw(command, options)
    if (r.spawnError) throw new BindError(`${what}: ${r.spawnError}`)
    if (r.code !== 0) throw new BindError(`${what}: ${explain(r, command, this.options.cancel, options.cancellable !== false)}`)
    return r.stdout
  }

  /** Throws when cancelled, between calls. */
  check(where: string): void {
    const c = this.options.cancel
    if (c?.aborted) throw new BindError(`cancelled (${String(c.reason)}) ${where}`)
  }
}

function explain(r: Captured, command: DockerCommand, cancel: AbortSignal | undefined, cancellable: boolean): string {
  if (cancellable && cancel?.aborted) return `cancelled (${String(cancel.reason)}) during docker ${command.args[0]}`
  if (r.timedOut) return `docker ${command.args[0]} did not answer in time and was stopped`
  return lastLine(r.stderr || r.stdout) || `docker ${command.args[0]} exit code ${r.code}`
}

/** A wait that a cancel cuts short. */
export function pause(ms: number, cancel?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      cancel?.removeEventListener('abort', done)
      resolve()
    }
    cancel?.addEventListener('abort', done, { once: true })
  })
}
