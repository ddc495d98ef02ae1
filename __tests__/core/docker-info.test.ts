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
})
