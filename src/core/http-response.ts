/**
 * What the engine answered to `GET /info` sent as HTTP/1.0, read until it closed the
 * connection: an HTTP/1.0 answer has no chunked body, so the body is what follows the headers
 * (up to Content-Length when given). Anything else — chunked, cut short, not HTTP — is null, and
 * the caller asks the docker CLI instead.
 */
export interface HttpResponse {
  status: number
  body: string
}

export function parseHttpResponse(raw: Uint8Array): HttpResponse | null {
  // One character per byte, so an offset in this text is one in raw.
  const bytesAsText = new TextDecoder('latin1').decode(raw)
  const headEnd = bytesAsText.indexOf('\r\n\r\n')
  if (headEnd < 0) return null
  const [statusLine, ...headerLines] = bytesAsText.slice(0, headEnd).split('\r\n')
  const status = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(statusLine)
  if (!status) return null
  const headers = new Map(headerLines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
  if (headers.has('transfer-encoding')) return null
  let body = raw.subarray(headEnd + 4)
  const length = headers.get('content-length')
  if (length !== undefined) {
    if (!/^\d+$/.test(length) || body.length < Number(length)) return null
    body = body.subarray(0, Number(length))
  }
  return { status: Number(status[1]), body: new TextDecoder().decode(body) }
}
