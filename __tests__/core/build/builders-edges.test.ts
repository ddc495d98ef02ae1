/**
 * The builder readers at their edges (the captures are in parsers.test.ts and
 * __tests__/bind/engine-api.test.ts): what `buildx ls`, `buildx inspect` and buildx's store
 * leave out, padded values, each refusal in its own words, and the store names and entries
 * that are not read as a builder.
 */
import { describe, expect, test } from '@jest/globals'
import { parseBuildxInspect, parseBuildxLs } from '../../../src/core/build/builders.js'
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
