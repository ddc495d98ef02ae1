/**
 * One engine API request over the engine's unix socket, as HTTP/1.0 (the engine answers and
 * closes: no client library, no chunked bodies; src/core/http-response.ts), the way the plan's
 * probe asks `/info` (src/probes/docker.ts). Stopped at its timeout or on a cancel, as a docker
 * CLI call of the transaction is killed: the request may still have been acted on, which the
 * transaction's undo allows for.
 */
import { connect } from 'node:net'
import { parseHttpResponse } from '../core/http-response.js'
import type { ApiRequest } from '../core/bind/engine-api.js'

export type SocketAnswer =
  /** `raw`: the body's bytes, when asked for (`bytes`). */
  | { status: number; body: string; raw?: Uint8Array }
  /** `unreachable`: nothing listens there (ENOENT, ECONNREFUSED): the CLI may know better. */
  | { status: null; error: string; timedOut: boolean; cancelled: boolean; unreachable: boolean }

/**
 * Starts a request's timeout: `expire` is called once `ms` pass; the function returned stops it.
 * By default the socket's own idle timeout; a test passes its own to end a request it stalled
 * on purpose as soon as it holds it, instead of waiting out a timeout long enough for load.
 */
export type RequestTimer = (ms: number, expire: () => void) => () => void

export function askEngine(
  socketPath: string,
  request: ApiRequest,
  options: { timeoutMs: number; cancel?: AbortSignal; bytes?: boolean; timer?: RequestTimer }
): Promise<SocketAnswer> {
  return new Promise((resolve) => {
    const body = request.body === undefined ? '' : JSON.stringify(request.body)
    const head = [`${request.method} ${request.path} HTTP/1.0`, 'Host: docker']
    if (request.body !== undefined) head.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`)
    const chunks: Buffer[] = []
    let connected = false
    let settled = false
    const finish = (answer: SocketAnswer): void => {
      if (settled) return
      settled = true
      stopTimer()
      options.cancel?.removeEventListener('abort', onCancel)
      socket.destroy()
      resolve(answer)
    }
    const fail = (error: string, how: { timedOut?: boolean; cancelled?: boolean; unreachable?: boolean } = {}): void =>
      finish({ status: null, error, timedOut: how.timedOut ?? false, cancelled: how.cancelled ?? false, unreachable: how.unreachable ?? false })
    const onCancel = (): void => fail('cancelled', { cancelled: true })
    const socket = connect(socketPath, () => {
      connected = true
      // Not end(): an engine may take a half-closed connection for a client that has gone.
      socket.write(`${head.join('\r\n')}\r\n\r\n${body}`)
    })
    const idle: RequestTimer = (ms, expire) => {
      socket.setTimeout(ms, expire)
      return () => socket.setTimeout(0)
    }
    const stopTimer = (options.timer ?? idle)(options.timeoutMs, () => fail('did not answer in time', { timedOut: true }))
    if (options.cancel?.aborted) return onCancel()
    options.cancel?.addEventListener('abort', onCancel, { once: true })
    socket.on('data', (d: Buffer) => chunks.push(d))
    socket.on('error', (e: NodeJS.ErrnoException) =>
      fail(`${e.code ?? e.message} (${socketPath})`, { unreachable: !connected && ['ENOENT', 'ECONNREFUSED', 'ENOTSOCK'].includes(e.code ?? '') })
    )
    socket.on('end', () => {
      const all = Buffer.concat(chunks)
      const res = parseHttpResponse(all)
      if (res === null) fail(`${request.method} ${request.path}: not an HTTP/1.0 answer`)
      else finish(options.bytes ? { ...res, raw: bodyBytes(all) } : res)
    })
  })
}

/** The bytes after the head (parseHttpResponse checked it is an HTTP/1.0 answer without chunks). */
function bodyBytes(all: Buffer): Uint8Array {
  const start = all.indexOf('\r\n\r\n') + 4
  const length = /\r\ncontent-length: *(\d+)/i.exec(all.subarray(0, start).toString('latin1'))
  return all.subarray(start, length ? start + Number(length[1]) : all.length)
}
