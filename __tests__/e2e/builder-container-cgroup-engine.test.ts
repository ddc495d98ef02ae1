/**
 * On the real engine here (20.10, cgroup v1, cgroupfs): a container started with a
 * `--cgroup-parent`, as buildx starts its builders (`/docker/buildx`), is found at its real
 * cgroup, not at `/docker/<id>`, and its high-water mark is read there.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseContainerState } from '../../src/core/bind/builder-container.js'
import { parseDockerInfo } from '../../src/core/docker-info.js'
import { containerCgroup, readPeak } from '../../src/bind/container-cgroup.js'

const tag = `dm-builder-cg-${process.pid}-${Date.now()}`
const parent = `/${tag}-parent`
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
let ctx: string

beforeAll(() => {
  ctx = mkdtempSync(join(tmpdir(), 'dm-builder-cg-'))
  copyFileSync('/bin/busybox', join(ctx, 'busybox'))
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n')
  execFileSync('docker', ['build', '--network', 'none', '-q', '-t', `${tag}:1`, ctx], { env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: 'ignore' })
  // 64 MiB touched, so the high-water mark is well above the idle shell's.
  docker(
    'run',
    '-d',
    '--network',
    'none',
    '--name',
    tag,
    '--cgroup-parent',
    parent,
    '--memory',
    '200m',
    `${tag}:1`,
    'sh',
    '-c',
    'head -c 64m /dev/zero | tail > /dev/null; sleep 60'
  )
})

afterAll(() => {
  docker('rm', '-f', tag)
  docker('rmi', `${tag}:1`)
  rmSync(ctx, { recursive: true, force: true })
  for (const dir of [`/sys/fs/cgroup/memory${parent}`]) if (existsSync(dir)) rmdirSync(dir)
})

test('the container is found under its cgroup parent, from its pid, and its peak is read', async () => {
  const state = parseContainerState(docker('inspect', '--type', 'container', '--format', '{{json .}}', tag))
  expect(state.cgroupParent).toBe(parent)
  const info = parseDockerInfo(docker('info', '--format', '{{json .}}'))
  const engine = { engineLocal: true, cgroupVersion: info.cgroupVersion, cgroupDriver: info.cgroupDriver }
  const expected = { path: `/sys/fs/cgroup/memory${parent}/${state.id}`, version: 1 }
  expect(containerCgroup(state, engine)).toEqual(expected)
  expect(containerCgroup(state, { ...engine, engineLocal: false })).toBeNull()
  // Without the pid (a process this host cannot see), the parent the engine reports gives the same place.
  expect(containerCgroup({ ...state, pid: 0 }, engine)).toEqual(expected)
  // The pipe's 64 MiB passes through tail; wait until it has.
  let peak = readPeak(expected as { path: string; version: 1 })
  for (let i = 0; i < 50 && (peak?.bytes ?? 0) < 64 * 1024 * 1024; i++) {
    await new Promise((r) => setTimeout(r, 100))
    peak = readPeak(expected as { path: string; version: 1 })
  }
  expect(peak?.source).toBe(`/sys/fs/cgroup/memory${parent}/${state.id}/memory.max_usage_in_bytes`)
  expect(peak?.bytes).toBeGreaterThan(64 * 1024 * 1024)
  expect(peak?.bytes).toBeLessThan(200 * 1024 * 1024)
})
