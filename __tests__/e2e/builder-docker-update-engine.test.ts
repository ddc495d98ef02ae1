/**
 * The `docker update` lines that bind and restore a builder's container, run on the real
 * engine here (20.10, cgroup v1) against a plain container standing in for a BuildKit one
 * (a docker-container builder cannot boot on this machine).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  inspectContainerCommand,
  limitsOf,
  parseContainerState,
  restoreCommands,
  updateLimitCommand,
  type Limits
} from '../../src/core/bind/builder-container.js'
import { parseDockerInfo } from '../../src/core/docker-info.js'

const tag = `dm-builder-upd-${process.pid}-${Date.now()}`
const MiB = 1024 * 1024
const docker = (args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
const limits = (): Limits => limitsOf(parseContainerState(docker(inspectContainerCommand(tag).args)))
let ctx: string

beforeAll(() => {
  ctx = mkdtempSync(join(tmpdir(), 'dm-builder-upd-'))
  copyFileSync('/bin/busybox', join(ctx, 'busybox'))
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n')
  execFileSync('docker', ['build', '--network', 'none', '-q', '-t', `${tag}:1`, ctx], { env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: 'ignore' })
})
afterAll(() => {
  docker(['rm', '-f', tag])
  docker(['rmi', `${tag}:1`])
  rmSync(ctx, { recursive: true, force: true })
})

test('an unlimited container is bound, then restored to the engine’s memory with unlimited swap', () => {
  docker(['run', '-d', '--network', 'none', '--name', tag, `${tag}:1`, 'sleep', '120'])
  const before = limits()
  expect(before).toEqual({ memoryBytes: 0, memorySwapBytes: 0 })
  docker(updateLimitCommand(tag, { memoryBytes: 100 * MiB, memorySwapBytes: 100 * MiB }).args)
  expect(limits()).toEqual({ memoryBytes: 100 * MiB, memorySwapBytes: 100 * MiB })
  const memTotal = parseDockerInfo(docker(['info', '--format', '{{json .}}'])).memTotalBytes
  const restore = restoreCommands(tag, before, memTotal)
  for (const c of restore.commands) docker(c.args)
  expect(limits()).toEqual(restore.expected)
  expect(restore.expected).toEqual({ memoryBytes: memTotal, memorySwapBytes: -1 })
  // Bound again from there, as the next job would.
  docker(updateLimitCommand(tag, { memoryBytes: 200 * MiB, memorySwapBytes: 200 * MiB }).args)
  expect(limits()).toEqual({ memoryBytes: 200 * MiB, memorySwapBytes: 200 * MiB })
})
