/**
 * The engine API stands in for the docker CLI only for the exact commands the transaction
 * sends: any other shape (another flag, a flag without its value, a label without `=`, a
 * size the API would read otherwise, one argument more) goes to the CLI, which knows it. And
 * each answer is printed as the CLI prints it, an error in the daemon's words or its status.
 */
import { describe, expect, test } from '@jest/globals'
import { answerAsCli, apiRequestOf, type ApiRequest } from '../../src/core/bind/engine-api.js'

const req = (...args: string[]) => apiRequestOf({ args, env: {} })

describe('apiRequestOf, whole requests', () => {
  test('inspect, info, rm', () => {
    expect(req('inspect', '--type', 'container', '--format', '{{json .}}', 'a b')).toEqual({
      method: 'GET',
      path: '/containers/a%20b/json',
      print: 'json',
      subject: 'a b'
    })
    expect(req('info', '--format', '{{json .}}')).toEqual({ method: 'GET', path: '/info', print: 'json', subject: '' })
    expect(req('rm', 'c/1')).toEqual({ method: 'DELETE', path: '/containers/c%2F1', print: 'name', subject: 'c/1' })
  })

  test('create: name, labels, network; without a network an empty HostConfig', () => {
    expect(req('create', '--name', 'lock 1', '--label', 'a=b=c', '--network', 'none', 'img')).toEqual({
      method: 'POST',
      path: '/containers/create?name=lock%201',
      body: { Image: 'img', Labels: { a: 'b=c' }, HostConfig: { NetworkMode: 'none' } },
      print: 'id',
      subject: 'lock 1'
    })
    expect(req('create', '--name', 'x', '--label', 'empty=', 'img')).toMatchObject({ body: { Image: 'img', Labels: { empty: '' }, HostConfig: {} } })
  })

  test('update: memory alone or with swap, in bytes', () => {
    expect(req('update', '--memory', '104857600', 'c0')).toEqual({
      method: 'POST',
      path: '/containers/c0/update',
      body: { Memory: 104857600 },
      print: 'name',
      subject: 'c0'
    })
    expect(req('update', '--memory-swap', '-1', 'c0')).toMatchObject({ body: { MemorySwap: -1 } })
  })

  test('volumes: create with labels, rm, ls by one label, inspect each', () => {
    expect(req('volume', 'create', '--label', 'k=v', 'v1')).toEqual({
      method: 'POST',
      path: '/volumes/create',
      body: { Name: 'v1', Labels: { k: 'v' } },
      print: 'name',
      subject: 'v1'
    })
    expect(req('volume', 'rm', 'v 1')).toEqual({ method: 'DELETE', path: '/volumes/v%201', print: 'name', subject: 'v 1' })
    expect(req('volume', 'ls', '--quiet', '--filter', 'label=k=v')).toEqual({
      method: 'GET',
      path: `/volumes?filters=${encodeURIComponent('{"label":["k=v"]}')}`,
      print: 'volume-names',
      subject: ''
    })
    expect(req('volume', 'inspect', 'v1')).toEqual([{ method: 'GET', path: '/volumes/v1', print: 'volume-list', subject: 'v1' }])
  })
})

describe('apiRequestOf: any other shape is the CLI’s', () => {
  test.each<string[]>([
    ['inspect', '--type', 'image', '--format', '{{json .}}', 'x'],
    ['inspect', '--kind', 'container', '--format', '{{json .}}', 'x'],
    ['inspect', '--type', 'container', '--output', '{{json .}}', 'x'],
    ['inspect', '--type', 'container', '--format', '{{.Id}}', 'x'],
    ['inspect', '--type', 'container', '--format', '{{json .}}', 'x', 'y'],
    ['container', '--type', 'container', '--format', '{{json .}}', 'x'],
    ['info'],
    ['info', '--format', '{{.ID}}'],
    ['info', '--format', '{{json .}}', 'x'],
    ['version', '--format', '{{json .}}'],
    ['rm', '-f', 'x'],
    ['create', '--label', 'a=b', 'img'],
    ['create', '--name', 'x', '--privileged', 'true', 'img'],
    ['create', '--name', 'x', '--label', 'novalue', 'img'],
    ['create', '--name', 'x', 'stray', 'img'],
    ['create', '--name', 'x', '--label', 'img'],
    ['create', 'name', 'x', 'img'],
    ['update', '--memory', '1g', 'c0'],
    ['update', '--memory', '100', '--memory-swap', '1.5', 'c0'],
    ['update', '--cpus', '2', 'c0'],
    ['update', '--memory', 'c0'],
    ['volume', 'create', '--driver', 'local', 'v'],
    ['volume', 'create', '--label', 'v'],
    ['volume', 'create', '--label', 'nolabel', 'v'],
    ['volume', 'rm', '-f', 'v'],
    ['volume', 'ls', '--quiet', '--filter', 'dangling=true'],
    ['volume', 'ls', '--filter', 'label=x', '--quiet'],
    ['volume', 'ls', '--quiet', '--filter', 'label=x', 'y'],
    ['volume', 'ls', '--quiet', '--format', 'label=x'],
    ['volume', 'ls', '-q', '--filter', 'label=x'],
    ['volume', 'inspect'],
    ['volume', 'prune'],
    ['network', 'rm', 'v']
  ])('%j', (...args) => {
    expect(req(...args)).toBeNull()
  })
})

describe('answerAsCli: as the CLI prints it', () => {
  const r = (print: ApiRequest['print'], subject = 's'): ApiRequest => ({ method: 'GET', path: '/x', print, subject })

  test('each print on success', () => {
    expect(answerAsCli([r('json')], [{ status: 200, body: '  {"a":1}\n\n' }])).toEqual({ code: 0, stdout: '{"a":1}\n', stderr: '' })
    expect(answerAsCli([r('name', 'c0')], [{ status: 204, body: '' }])).toEqual({ code: 0, stdout: 'c0\n', stderr: '' })
    expect(answerAsCli([r('id')], [{ status: 201, body: '{"Id":7}' }]).stdout).toBe('\n')
    expect(answerAsCli([r('id')], [{ status: 201, body: 'not json' }]).stdout).toBe('\n')
    expect(answerAsCli([r('volume-names')], [{ status: 200, body: '{"Volumes":[{"Name":"a"},{}]}' }]).stdout).toBe('a\n\n')
    expect(answerAsCli([r('volume-names')], [{ status: 200, body: 'null' }]).stdout).toBe('')
    expect(answerAsCli([r('nothing')], [{ status: 200, body: '{"a":1}' }])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(
      answerAsCli(
        [r('volume-list'), r('volume-list')],
        [
          { status: 200, body: '{"Name":"a"}' },
          { status: 200, body: '{"Name":"b"}' }
        ]
      ).stdout
    ).toBe(`${JSON.stringify([{ Name: 'a' }, { Name: 'b' }], null, 4)}\n`)
  })

  test('2xx is success, 199 and 300 are errors: the daemon’s message, else its body (trimmed, 300 characters), else the status', () => {
    expect(answerAsCli([r('name')], [{ status: 299, body: '' }]).code).toBe(0)
    const long = 'x'.repeat(400)
    expect(
      answerAsCli(
        [r('name'), r('name'), r('name')],
        [
          { status: 300, body: `  ${long}  ` },
          { status: 199, body: '{"message":7}' },
          { status: 500, body: '   ' }
        ]
      )
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: `Error response from daemon: ${'x'.repeat(300)}\nError response from daemon: {"message":7}\nError response from daemon: HTTP 500\n`
    })
  })
})
