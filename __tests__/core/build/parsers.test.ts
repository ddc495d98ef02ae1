import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BuilderParseError, parseBuildxInspect, parseBuildxLs, parseDriverOptions } from '../../../src/core/build/builders.js'
import { parseContainerState } from '../../../src/core/bind/builder-container.js'
import { atLeast, compareVersions, parseBuildxVersion, parseDockerVersion, parseEngineName, VersionParseError } from '../../../src/core/build/versions.js'

const captured = (f: string): string => readFileSync(join('__tests__/fixtures/captured', f), 'utf8')
const own = (f: string): string => readFileSync(join('__tests__/fixtures/build', f), 'utf8')

describe('parseDockerVersion', () => {
  test.each([
    ['28 client, 20.10 engine', captured('docker-version-client-28-engine-20.10.json'), '28.2.2', '20.10.24+dfsg1'],
    ['20.10 client, 20.10 engine', own('docker-version-client-20.10-engine-20.10.json'), '20.10.24+dfsg1', '20.10.24+dfsg1'],
    ['28 client, no engine', own('docker-version-client-28-no-engine.json'), '28.2.2', null]
  ])('%s', (_, text, client, server) => {
    expect(parseDockerVersion(text)).toEqual({ client, server })
  })

  test.each(['', 'Cannot connect to the Docker daemon', 'null'])('%j is refused', (text) => {
    expect(() => parseDockerVersion(text)).toThrow(VersionParseError)
  })
})

describe('parseBuildxVersion', () => {
  test.each([
    [captured('buildx-version.txt'), '0.28.0'],
    ['github.com/docker/buildx 0.36.1 abcdef\n', '0.36.1'],
    ['github.com/docker/buildx v0.12.1-desktop.4 6d4d1e4', '0.12.1']
  ])('%j is %s', (text, version) => {
    expect(parseBuildxVersion(text)).toBe(version)
  })

  test('the error of a client without buildx is refused', () => {
    expect(() => parseBuildxVersion(own('docker-28-buildx-absent.stderr.txt'))).toThrow(VersionParseError)
  })
})

describe('compareVersions', () => {
  test.each([
    ['0.35.0', '0.35.0', 0],
    ['v0.8+unknown', '0.31.0', -1],
    ['v0.24.0', '0.31.0', -1],
    ['0.36.1', '0.35', 1],
    ['20.10.24+dfsg1', '23.0.0', -1],
    ['28.2.2', '23.0.0', 1]
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b) as number)).toBe(sign)
  })

  test('an unknown version is never new enough', () => {
    expect(atLeast(null, '0.1.0')).toBe(false)
    expect(atLeast('unknown', '0.1.0')).toBe(false)
  })
})

describe('parseBuildxLs', () => {
  test('both captured builders, with driver options and BuildKit versions', () => {
    const builders = parseBuildxLs(captured('buildx-ls.json'))
    expect(builders.map((b) => [b.name, b.driver, b.current, b.nodes[0].buildkitVersion])).toEqual([
      ['memtest', 'docker-container', false, 'v0.24.0'],
      ['default', 'docker', true, 'v0.8+unknown']
    ])
    expect(builders[0].nodes[0].driverOpts).toEqual({ image: 'moby/buildkit:buildx-stable-1', memory: '100m', 'memory-swap': '100m' })
    expect(builders[1].nodes[0].driverOpts).toEqual({})
  })

  test('a line that is not JSON is refused', () => {
    expect(() => parseBuildxLs('NAME/NODE  DRIVER/ENDPOINT  STATUS\n')).toThrow(BuilderParseError)
  })
})

describe('parseBuildxInspect', () => {
  test.each([
    [
      'buildx-inspect-docker-container-memory.txt',
      'memtest',
      'docker-container',
      'memtest0',
      'v0.24.0',
      { image: 'moby/buildkit:buildx-stable-1', memory: '100m', 'memory-swap': '100m' }
    ],
    ['buildx-inspect-docker-driver.txt', 'default', 'docker', 'default', 'v0.8+unknown', {}]
  ])('%s', (file, name, driver, node, version, opts) => {
    const b = parseBuildxInspect(captured(file))
    expect(b.name).toBe(name)
    expect(b.driver).toBe(driver)
    expect(b.nodes).toEqual([{ name: node, status: 'running', buildkitVersion: version, driverOpts: opts }])
  })

  test('text without a builder is refused', () => {
    expect(() => parseBuildxInspect('ERROR: no builder "x" found')).toThrow(BuilderParseError)
  })

  test('quoted driver options keep commas and escaped quotes', () => {
    expect(parseDriverOptions('a="1,2" b="x\\"y"')).toEqual({ a: '1,2', b: 'x\\"y' })
  })
})

describe('parseContainerState', () => {
  test.each([
    ['docker-inspect-container-oomkilled-engine-20.10.json', true, false],
    ['docker-inspect-container-running-100m-engine-20.10.json', false, true]
  ])('%s', (file, oomKilled, running) => {
    const c = parseContainerState(own(file))
    expect(c.oomKilled).toBe(oomKilled)
    expect(c.running).toBe(running)
    expect(c.memoryBytes).toBe(100 * 1024 * 1024)
    expect(c.id).toMatch(/^[0-9a-f]{64}$/)
  })

  test('no container is refused', () => {
    expect(() => parseContainerState('[]')).toThrow(/no container Id/)
  })
})

describe('parseEngineName', () => {
  test.each([
    [captured('docker-info-engine-20.10-cgroupv1.json'), 'vm'],
    ['Cannot connect to the Docker daemon', null],
    ['{}', null]
  ])('%#', (text, name) => {
    expect(parseEngineName(text)).toBe(name)
  })
})
