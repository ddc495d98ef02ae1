/**
 * The builder readers at their edges (the captures are in parsers.test.ts and
 * __tests__/bind/engine-api.test.ts): what `buildx ls`, `buildx inspect` and buildx's store
 * leave out, padded values, each refusal in its own words, and the store names and entries
 * that are not read as a builder.
 */
import { describe, expect, test } from '@jest/globals'
import { parseBuildxInspect, parseBuildxLs } from '../../../src/core/build/builders.js'
import { atLeast, compareVersions, parseBuildxVersion, parseDockerVersion, parseEngineName } from '../../../src/core/build/versions.js'
import { buildxConfigDir, currentBuilderName, isStoreName, storedBuilder } from '../../../src/core/bind/buildx-store.js'

describe('parseBuildxLs', () => {
  test('a builder without nodes, a node without name, status or version; blank lines skipped', () => {
    const text = [
      '',
      JSON.stringify({ Name: 'a', Driver: 'docker' }),
      '   ',
      JSON.stringify({ Name: 'b', Driver: 'remote', Current: 'yes', Nodes: [{ Version: '' }] }),
      ''
    ].join('\n')
    expect(parseBuildxLs(text)).toEqual([
      { name: 'a', driver: 'docker', current: false, nodes: [] },
      { name: 'b', driver: 'remote', current: false, nodes: [{ name: '', status: '', buildkitVersion: null, driverOpts: {} }] }
    ])
  })

  test('each refusal in its own words', () => {
    expect(() => parseBuildxLs(`  ERROR: ${'y'.repeat(100)}`)).toThrow(`docker buildx ls printed a line that is not JSON: "  ERROR: ${'y'.repeat(71)}"`)
    expect(() => parseBuildxLs(JSON.stringify({ Name: 'a' }))).toThrow('docker buildx ls printed a builder without Name or Driver')
    expect(() => parseBuildxLs(JSON.stringify({ Driver: 'docker' }))).toThrow('docker buildx ls printed a builder without Name or Driver')
  })
})

describe('parseBuildxInspect', () => {
  const inspect = (...lines: string[]) => parseBuildxInspect(lines.join('\n'))

  test('values are trimmed; a node’s fields before any node, lines that are not Key: value, and an empty version are nothing', () => {
    expect(
      inspect(
        'Name:   ci  ',
        'Driver:   docker-container ',
        'Last Activity: 2026-12-03',
        '',
        'Nodes:',
        'Status: ignored, no node yet',
        'Name:      ci0 ',
        'Endpoint:  unix:///var/run/docker.sock',
        'Status:    running ',
        ' BuildKit version:  v0.31.0',
        'BuildKit version:  ',
        '# comment: not a key',
        'Name: ci1',
        'Buildkit: v0.12.5 '
      )
    ).toEqual({
      name: 'ci',
      driver: 'docker-container',
      current: false,
      nodes: [
        { name: 'ci0', status: 'running', buildkitVersion: null, driverOpts: {} },
        { name: 'ci1', status: '', buildkitVersion: 'v0.12.5', driverOpts: {} }
      ]
    })
  })

  test('without a name or a driver, refused in its words', () => {
    expect(() => inspect('Driver: docker')).toThrow('docker buildx inspect printed no Name or Driver')
    expect(() => inspect('Name: x')).toThrow('docker buildx inspect printed no Name or Driver')
  })
})

describe('buildx’s store at its edges', () => {
  const KEY = 'unix:///run/docker.sock'

  test('a home with trailing slashes; a current file without a name, or not an object', () => {
    expect(buildxConfigDir({ HOME: '/h//' })).toBe('/h/.docker/buildx')
    expect(currentBuilderName({}, JSON.stringify({ Key: KEY }), KEY)).toBeNull()
    expect(currentBuilderName({}, JSON.stringify({ Key: KEY, Name: 7 }), KEY)).toBeNull()
    expect(currentBuilderName({}, 'null', KEY)).toBeNull()
  })

  test.each<[string, boolean]>([
    ['ci', true],
    ['Builder_1.2-x', true],
    ['9', true],
    ['', false],
    ['.hidden', false],
    ['-x', false],
    ['a/b', false],
    ['../x', false],
    ['a b', false],
    ['x\n', false]
  ])('%j is a store name: %s', (name, ok) => {
    expect(isStoreName(name)).toBe(ok)
  })

  test('entries that are not one docker-container node on this engine; driver options that are not an object', () => {
    const entry = (o: object, node: object = {}) =>
      storedBuilder(JSON.stringify({ Name: 'ci', Driver: 'docker-container', Nodes: [{ Name: 'ci0', Endpoint: KEY, ...node }], ...o }), KEY, false)
    expect(entry({ Name: 7 })).toBeNull()
    expect(entry({ Nodes: null })).toBeNull()
    expect(entry({}, { Name: null })).toBeNull()
    expect(storedBuilder('null', KEY, false)).toBeNull()
    expect(entry({}, { DriverOpts: null })?.nodes[0].driverOpts).toEqual({})
    expect(entry({}, { DriverOpts: 'memory=1g' })?.nodes[0].driverOpts).toEqual({})
    expect(entry({}, { DriverOpts: { memory: '1g' } })).toEqual({
      name: 'ci',
      driver: 'docker-container',
      current: false,
      nodes: [{ name: 'ci0', status: 'unknown', buildkitVersion: null, driverOpts: { memory: '1g' } }]
    })
  })
})

describe('versions at their edges', () => {
  test('docker version: each refusal in its words; a client alone, an empty object', () => {
    expect(() => parseDockerVersion('Client: Docker Engine')).toThrow('docker version did not print JSON')
    expect(() => parseDockerVersion('null')).toThrow('docker version did not print a JSON object')
    expect(() => parseDockerVersion('7')).toThrow('docker version did not print a JSON object')
    expect(parseDockerVersion('{"Client":{"Version":"28.2.2"},"Server":null}')).toEqual({ client: '28.2.2', server: null })
    expect(parseDockerVersion('{}')).toEqual({ client: null, server: null })
  })

  test('buildx version: the first version after the name, two parts taken, the refusal cut at 80', () => {
    expect(parseBuildxVersion('buildx 0.40 abc')).toBe('0.40')
    expect(parseBuildxVersion('github.com/docker/buildx v0.29.1 x 1.2.3')).toBe('0.29.1')
    expect(parseBuildxVersion('0.30.0')).toBe('0.30.0')
    expect(parseBuildxVersion('docker-buildx-plugin v0.31.2')).toBe('0.31.2')
    expect(() => parseBuildxVersion(`  buildx: ${'z'.repeat(100)}  `)).toThrow(`docker buildx version printed no version: "buildx: ${'z'.repeat(72)}"`)
  })

  test.each<[string, string, number | null]>([
    ['1.2.3', '1.2.4', -1],
    ['1.3', '1.2.9', 1],
    ['2', '1.9.9', 1],
    ['1.2', '1.2.0', 0],
    ['1.2.3', '1.2', 1],
    ['v10.0.0', '9.99.99', 1],
    ['x', '1.0.0', null],
    ['1.0.0', 'x', null]
  ])('compareVersions(%s, %s): sign %s', (a, b, want) => {
    const c = compareVersions(a, b)
    expect(c === null ? null : Math.sign(c) + 0).toBe(want)
  })

  test('atLeast: equal is enough, one below is not', () => {
    expect(atLeast('0.35.0', '0.35.0')).toBe(true)
    expect(atLeast('0.34.9', '0.35.0')).toBe(false)
    expect(atLeast('0.35.1', '0.35.0')).toBe(true)
  })

  test('the engine name from docker info, or null', () => {
    expect(parseEngineName('{"Name":"runner-1"}')).toBe('runner-1')
    expect(parseEngineName('{"Name":7}')).toBeNull()
    expect(parseEngineName('{}')).toBeNull()
    expect(parseEngineName('not json')).toBeNull()
  })
})
