/**
 * The VM is what the tier claims: cgroup v2 alone, systemd as init and as Docker's cgroup driver,
 * Docker 28 with buildx, and a container's cgroup the systemd scope FACTS §7 describes.
 */
import { expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

test('docker info: Docker 28.x, cgroup v2, the systemd driver; buildx is present', () => {
  const info = JSON.parse(docker('info', '--format', '{{json .}}'))
  expect(info.ServerVersion).toMatch(/^28\./)
  expect(info.CgroupVersion).toBe('2')
  expect(info.CgroupDriver).toBe('systemd')
  expect(readFileSync('/proc/1/comm', 'utf8').trim()).toBe('systemd')
  expect(docker('buildx', 'version')).toMatch(/ v?0\.\d+\.\d+/)
})
