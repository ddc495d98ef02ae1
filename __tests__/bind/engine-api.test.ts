/**
 * The transaction's docker commands as engine API requests, the answers as the CLI prints them,
 * and buildx's store read instead of `buildx ls`. Pure.
 */
import { describe, expect, test } from '@jest/globals'
import { answerAsCli, apiRequestOf, type ApiRequest } from '../../src/core/bind/engine-api.js'
import { buildxConfigDir, currentBuilderName, storedBuilder } from '../../src/core/bind/buildx-store.js'
import { createLockCommand, inspectLockCommand, removeLockCommand } from '../../src/core/bind/engine-lock.js'
import { createRecordCommand, inspectRecordsCommand, listRecordsCommand, removeRecordCommand } from '../../src/core/bind/builder-bindings.js'
import { inspectContainerCommand, restoreCommands, updateLimitCommand } from '../../src/core/bind/builder-container.js'
import { firstFileOfTar } from '../../src/core/build/tar-file.js'

const ID = 'a'.repeat(64)
const one = (r: ApiRequest | ApiRequest[] | null): ApiRequest => {
  if (r === null || Array.isArray(r)) throw new Error(`not one request: ${JSON.stringify(r)}`)
  return r
}

describe('apiRequestOf: every command of the transaction, as the CLI sends it', () => {
  test('containers: inspect, the lock create and rm, update', () => {
    expect(one(apiRequestOf(inspectContainerCommand('buildx_buildkit_ci0')))).toMatchObject({ method: 'GET', path: '/containers/buildx_buildkit_ci0/json' })
    expect(apiRequestOf(inspectLockCommand(ID))).toMatchObject({ method: 'GET', path: `/containers/docker-memory-lock-${ID.slice(0, 12)}/json` })
    const create = one(apiRequestOf(createLockCommand(ID, 'sha256:b', { host: 'h', pid: 7, token: 't', expires: 9 })))
    expect(create).toMatchObject({
      method: 'POST',
      path: `/containers/create?name=docker-memory-lock-${ID.slice(0, 12)}`,
      body: { Image: 'sha256:b', HostConfig: { NetworkMode: 'none' }, Labels: { 'io.docker-memory.lock': ID, 'io.docker-memory.lock.pid': '7' } }
    })
    expect(apiRequestOf(removeLockCommand(ID))).toMatchObject({ method: 'DELETE', path: `/containers/${ID}` })
    expect(apiRequestOf(updateLimitCommand('c0', { memoryBytes: 100, memorySwapBytes: 200 }))).toMatchObject({
      method: 'POST',
      path: '/containers/c0/update',
      body: { Memory: 100, MemorySwap: 200 }
    })
    // Unlimited swap alone, the second call of a restore.
    const restore = restoreCommands('c0', { memoryBytes: 0, memorySwapBytes: 0 }, 1000)
    expect(restore.commands.map((c) => one(apiRequestOf(c)).body)).toEqual([{ Memory: 1000, MemorySwap: 2000 }, { MemorySwap: -1 }])
  })

  test('volumes: the records listed by label, inspected, created with their labels, removed', () => {
    const ls = one(apiRequestOf(listRecordsCommand(ID)))
    expect(ls.method).toBe('GET')
    expect(JSON.parse(new URL(ls.path, 'http://docker').searchParams.get('filters') ?? '')).toEqual({ label: [`io.docker-memory.binding=${ID}`] })
    expect(apiRequestOf(inspectRecordsCommand(['v1', 'v2']))).toEqual([
      expect.objectContaining({ method: 'GET', path: '/volumes/v1' }),
      expect.objectContaining({ method: 'GET', path: '/volumes/v2' })
    ])
    const limits = { memoryBytes: 1, memorySwapBytes: 2 }
    const create = one(apiRequestOf(createRecordCommand({ job: 'j', host: 'h', pid: 1, expires: 2, containerId: ID, limits, original: limits })))
    expect(create).toMatchObject({ method: 'POST', path: '/volumes/create', body: { Labels: { 'io.docker-memory.binding.job': 'j' } } })
    expect(apiRequestOf(removeRecordCommand('v1'))).toMatchObject({ method: 'DELETE', path: '/volumes/v1' })
    expect(apiRequestOf({ args: ['info', '--format', '{{json .}}'], env: {} })).toMatchObject({ method: 'GET', path: '/info' })
  })

  test('anything else (buildx, an unknown flag) is left to the CLI', () => {
    expect(apiRequestOf({ args: ['buildx', 'ls', '--format', 'json'], env: {} })).toBeNull()
    expect(apiRequestOf({ args: ['update', '--cpus', '2', 'c0'], env: {} })).toBeNull()
    expect(apiRequestOf({ args: ['create', '--privileged', 'x', 'img'], env: {} })).toBeNull()
  })
})

describe('answerAsCli: what the transaction reads', () => {
  test('an id, a name, volume names, a volume list; errors in the daemon’s words with exit code 1', () => {
    const create = one(apiRequestOf(createLockCommand(ID, 'img', { host: 'h', pid: 1, token: 't', expires: 1 })))
    expect(answerAsCli([create], [{ status: 201, body: `{"Id":"${ID}"}` }])).toEqual({ code: 0, stdout: `${ID}\n`, stderr: '' })
    expect(answerAsCli([create], [{ status: 409, body: '{"message":"Conflict. The container name \\"/x\\" is already in use"}' }])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error response from daemon: Conflict. The container name "/x" is already in use\n'
    })
    const ls = one(apiRequestOf(listRecordsCommand(ID)))
    expect(answerAsCli([ls], [{ status: 200, body: '{"Volumes":[{"Name":"v1"},{"Name":"v2"}]}' }]).stdout).toBe('v1\nv2\n')
    expect(answerAsCli([ls], [{ status: 200, body: '{"Volumes":null}' }]).stdout).toBe('')
    const inspect = apiRequestOf(inspectRecordsCommand(['v1', 'gone'])) as ApiRequest[]
    const r = answerAsCli(inspect, [
      { status: 200, body: '{"Name":"v1","Labels":{"a":"b"}}' },
      { status: 404, body: '{"message":"get gone: no such volume"}' }
    ])
    expect(JSON.parse(r.stdout)).toEqual([{ Name: 'v1', Labels: { a: 'b' } }])
    expect(r).toMatchObject({ code: 1, stderr: 'Error response from daemon: get gone: no such volume\n' })
  })
})

describe('buildx’s store instead of buildx ls', () => {
  const KEY = 'unix:///run/docker.sock'
  const instance = (o: object = {}): string =>
    JSON.stringify({ Name: 'ci', Driver: 'docker-container', Nodes: [{ Name: 'ci0', Endpoint: KEY, DriverOpts: { memory: '4g' } }], ...o })

  test('the folder: BUILDX_CONFIG, DOCKER_CONFIG/buildx, ~/.docker/buildx', () => {
    expect(buildxConfigDir({ BUILDX_CONFIG: '/b', DOCKER_CONFIG: '/d', HOME: '/h' })).toBe('/b')
    expect(buildxConfigDir({ DOCKER_CONFIG: '/d', HOME: '/h' })).toBe('/d/buildx')
    expect(buildxConfigDir({ HOME: '/h/' })).toBe('/h/.docker/buildx')
    expect(buildxConfigDir({})).toBeNull()
  })

  test('the current builder: BUILDX_BUILDER, else current for this engine (or Global), else none', () => {
    const current = (o: object): string => JSON.stringify({ Key: KEY, Name: 'ci', Global: false, ...o })
    expect(currentBuilderName({ BUILDX_BUILDER: 'other' }, current({}), KEY)).toBe('other')
    expect(currentBuilderName({}, current({}), KEY)).toBe('ci')
    expect(currentBuilderName({}, current({ Key: 'unix:///elsewhere.sock' }), KEY)).toBeNull()
    expect(currentBuilderName({}, current({ Key: 'unix:///elsewhere.sock', Global: true }), KEY)).toBe('ci')
    expect(currentBuilderName({}, current({ Name: '' }), KEY)).toBeNull()
    expect(currentBuilderName({}, 'not json', KEY)).toBeNull()
    expect(currentBuilderName({}, null, KEY)).toBeNull()
  })

  test('a docker-container builder with one node on this engine, else null (buildx ls decides)', () => {
    expect(storedBuilder(instance(), KEY, true)).toEqual({
      name: 'ci',
      driver: 'docker-container',
      current: true,
      nodes: [{ name: 'ci0', status: 'unknown', buildkitVersion: null, driverOpts: { memory: '4g' } }]
    })
    expect(storedBuilder(instance({ Driver: 'kubernetes' }), KEY, true)).toBeNull()
    expect(storedBuilder(instance({ Nodes: [] }), KEY, true)).toBeNull()
    expect(
      storedBuilder(
        instance({
          Nodes: [
            { Name: 'a', Endpoint: KEY },
            { Name: 'b', Endpoint: KEY }
          ]
        }),
        KEY,
        true
      )
    ).toBeNull()
    expect(storedBuilder(instance(), 'unix:///elsewhere.sock', true)).toBeNull()
    expect(storedBuilder('{', KEY, true)).toBeNull()
  })
})

describe('firstFileOfTar: a file copied out of a container', () => {
  const tar = (content: string, type = '0'): Uint8Array => {
    const data = Buffer.from(content)
    const header = Buffer.alloc(512)
    header.write('buildkitd.toml', 0)
    header.write(data.length.toString(8).padStart(11, '0'), 124)
    header.write(type, 156)
    return Buffer.concat([header, data, Buffer.alloc(512 - (data.length % 512)), Buffer.alloc(1024)])
  }
  test('its text, whole and no more; null for what is not one file', () => {
    expect(firstFileOfTar(tar('[worker.oci]\n  max-parallelism = 2 # é\n'))).toBe('[worker.oci]\n  max-parallelism = 2 # é\n')
    expect(firstFileOfTar(tar('x', '5'))).toBeNull()
    expect(firstFileOfTar(new Uint8Array(100))).toBeNull()
  })
})
