import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDockerInfo } from '../../src/core/docker-info.js'
import { parseHttpResponse } from '../../src/core/http-response.js'

const capture = (name: string): Buffer => readFileSync(join(import.meta.dirname, '../fixtures/engine-api', name))

describe("the engine's answer to GET /info sent as HTTP/1.0", () => {
  test('engine 20.10: status 200, the body is the info JSON, read to the connection close', () => {
    const res = parseHttpResponse(capture('info-http1.0-engine-20.10.txt'))
    expect(res?.status).toBe(200)
    expect(parseDockerInfo(res!.body)).toMatchObject({ backend: 'engine', serverVersion: '20.10.24+dfsg1', ncpu: 2, cgroupVersion: '1' })
  })

  test.each([
    ['a chunked body (the same engine asked in HTTP/1.1)', capture('info-http1.1-chunked-engine-20.10.txt')],
    ['headers never ended', Buffer.from('HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n')],
    ['not HTTP', Buffer.from('SSH-2.0-OpenSSH_9.2\r\n\r\n')],
    ['a body cut short of its Content-Length', Buffer.from('HTTP/1.0 200 OK\r\nContent-Length: 10\r\n\r\n{"ID":')],
    ['a Content-Length that is no number', Buffer.from('HTTP/1.0 200 OK\r\nContent-Length: ten\r\n\r\n{}')]
  ])('%s: null, so the docker CLI is asked instead', (_name, raw) => {
    expect(parseHttpResponse(raw)).toBeNull()
  })

  test.each([
    [
      'an error status keeps its body',
      'HTTP/1.0 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n{"message":"starting"}\n',
      500,
      '{"message":"starting"}\n'
    ],
    ['a body past Content-Length is not the answer', 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}garbage', 200, '{}'],
    ['UTF-8 in the body', 'HTTP/1.0 200 OK\r\n\r\n{"Name":"bûilder"}', 200, '{"Name":"bûilder"}']
  ])('%s', (_name, raw, status, body) => {
    expect(parseHttpResponse(Buffer.from(raw))).toEqual({ status, body })
  })
})
