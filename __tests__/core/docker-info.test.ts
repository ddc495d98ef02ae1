import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DockerInfoError, parseDockerInfo } from '../../src/core/docker-info.js'

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '../fixtures', path), 'utf8')

describe('parseDockerInfo', () => {
  test.each([
    [
      'captured/docker-info-engine-20.10-cgroupv1.json',
      {
        backend: 'engine',
        inVm: false,
        memTotalBytes: 25276502016,
        ncpu: 2,
        cgroupVersion: '1',
        cgroupDriver: 'cgroupfs',
        serverVersion: '20.10.24+dfsg1',
        clientVersion: '28.2.2',
        buildxVersion: 'v0.28.0'
      }
    ],
    ['docker-info/docker-desktop-4.40-macos-synthetic.json', { backend: 'docker-desktop', inVm: true, memTotalBytes: 8217448448, clientVersion: null }],
    ['docker-info/colima-0.8-macos-synthetic.json', { backend: 'colima', inVm: true, memTotalBytes: 4101783552 }],
    ['docker-info/github-ubuntu-24.04-engine-28-synthetic.json', { backend: 'engine', inVm: false, cgroupVersion: '2', cgroupDriver: 'systemd' }]
  ])('%s', (file, expected) => {
    expect(parseDockerInfo(fixture(file))).toMatchObject(expected)
  })

  test.each(['', 'Cannot connect to the Docker daemon', '{"Name":"x"}', 'null'])('%j is not docker info', (text) => {
    expect(() => parseDockerInfo(text)).toThrow(DockerInfoError)
  })

  test('the captured engine, every field', () => {
    expect(parseDockerInfo(fixture('captured/docker-info-engine-20.10-cgroupv1.json'))).toEqual({
      name: expect.any(String),
      serverVersion: '20.10.24+dfsg1',
      memTotalBytes: 25276502016,
      ncpu: 2,
      osType: 'linux',
      operatingSystem: expect.any(String),
      architecture: 'x86_64',
      cgroupVersion: '1',
      cgroupDriver: 'cgroupfs',
      backend: 'engine',
      inVm: false,
      clientVersion: '28.2.2',
      buildxVersion: 'v0.28.0'
    })
  })

  test('only MemTotal given: every other field has its default', () => {
    expect(parseDockerInfo('{"MemTotal": 1073741824}')).toEqual({
      name: '',
      serverVersion: 'unknown',
      memTotalBytes: 1073741824,
      ncpu: 0,
      osType: 'linux',
      operatingSystem: '',
      architecture: '',
      cgroupVersion: null,
      cgroupDriver: null,
      backend: 'engine',
      inVm: false,
      clientVersion: null,
      buildxVersion: null
    })
  })

  test.each([
    [{ OperatingSystem: 'Docker Desktop' }, 'docker-desktop', true],
    [{ Name: 'colima-dev' }, 'colima', true],
    [{ Name: 'my-colima' }, 'engine', false],
    [{ OperatingSystem: 'Rancher Desktop WSL Distribution' }, 'rancher-desktop', true],
    [{ Name: 'lima-rancher-desktop' }, 'rancher-desktop', true],
    [{ Name: 'my-lima-rancher-desktop' }, 'engine', false],
    [{ OperatingSystem: 'not Docker Desktop' }, 'docker-desktop', true],
    [{ OperatingSystem: 'OrbStack' }, 'orbstack', true],
    [{ ServerVersion: '5.2.0-podman' }, 'podman', false],
    [{ OperatingSystem: 'podman-machine' }, 'podman', false],
    [{ OperatingSystem: 'Ubuntu 24.04.1 LTS', Name: 'runner' }, 'engine', false]
  ])('%j: backend %s, in a VM %s', (fields, backend, inVm) => {
    expect(parseDockerInfo(JSON.stringify({ MemTotal: 1, ...fields }))).toMatchObject({ backend, inVm })
  })

  test('buildx is found among the client plugins by name', () => {
    const info = {
      MemTotal: 1,
      ClientInfo: {
        Version: '28.5.2',
        Plugins: [
          { Name: 'compose', Version: 'v2.40.0' },
          { Name: 'buildx', Version: 'v0.29.1' }
        ]
      }
    }
    expect(parseDockerInfo(JSON.stringify(info))).toMatchObject({ clientVersion: '28.5.2', buildxVersion: 'v0.29.1' })
    expect(parseDockerInfo(JSON.stringify({ ...info, ClientInfo: { Plugins: [{ Name: 'compose', Version: 'v2' }] } })).buildxVersion).toBeNull()
    // A client with no plugins at all (no `Plugins` key, as docker without buildx prints).
    expect(parseDockerInfo(JSON.stringify({ MemTotal: 1, ClientInfo: { Version: '28.5.2' } }))).toMatchObject({ clientVersion: '28.5.2', buildxVersion: null })
  })

  test('the error says what was wrong', () => {
    expect(() => parseDockerInfo('Cannot connect')).toThrow('docker info did not print JSON')
    expect(() => parseDockerInfo('{"MemTotal":"8g"}')).toThrow('docker info has no MemTotal')
  })
})
