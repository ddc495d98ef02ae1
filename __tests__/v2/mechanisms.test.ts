/**
 * Docker 28's own builders on cgroup v2 + systemd — the engine's embedded BuildKit (the `docker`
 * driver) and the legacy builder — and the product's mechanisms there (`docker-memory build`,
 * the bundle): each that binds proven by a step killed above its limit and one passing below it,
 * each that cannot bind refused with its reason and never reported as enforced.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { buildContext, type BuildContext, type Ran } from './helpers/product-build.js'

let b: BuildContext
beforeAll(() => {
  b = buildContext('dma-v2-mech-', { 'Dockerfile.where': 'RUN cat /sys/fs/cgroup/memory.max\n' })
})
afterAll(() => b?.remove())
const run = (cmd: string, args: string[], extra?: NodeJS.ProcessEnv): Ran => b.run(cmd, args, extra)
const productBuild = (args: string[]): ReturnType<BuildContext['productBuild']> => b.productBuild(args)

test('the engine’s BuildKit (docker driver): --memory binds nothing, its RUN steps see no limit and a 300 MiB step passes', () => {
  // Docker 28.5: `docker build` is buildx's `docker` driver; the step's cgroup namespace hides its path (0::/).
  const flags = ['build', '--progress', 'plain', '--network', 'none', '--memory', '100m', '--memory-swap', '100m']
  const where = run('docker', [...flags, '-f', join(b.ctx, 'Dockerfile.where'), b.ctx])
  expect(where.status).toBe(0)
  expect(where.out).toMatch(/#\d+ [\d.]+ max\n/)
  expect(run('docker', [...flags, '-f', join(b.ctx, 'Dockerfile.300'), b.ctx]).status).toBe(0)
})

test('driver docker is refused with the reason: on the systemd driver nothing can bind the engine’s BuildKit', () => {
  const r = productBuild(['--driver', 'docker', '-f', join(b.ctx, 'Dockerfile.300')])
  expect(r.status).not.toBe(0)
  expect(r.json).toBeNull()
  expect(r.out).toMatch(/driver docker cannot bind the build's memory here: .*systemd cgroup driver/)
  expect(r.out).not.toMatch(/Error|at .*\.js:\d+/)
})

test('legacy (the classic builder’s --memory): a 300 MiB step is killed at 100 MiB, a 50 MiB one passes', () => {
  const killed = productBuild(['--driver', 'legacy', '-f', join(b.ctx, 'Dockerfile.300')])
  expect(killed.status).not.toBe(0)
  expect(killed.json).toMatchObject({ enforcement: 'legacy', limitBytes: 100 * 1024 * 1024, exitCode: 137 })
  expect(killed.json?.outputs).toMatchObject({ 'oom-killed': 'true' })
  const passed = productBuild(['--driver', 'legacy', '-f', join(b.ctx, 'Dockerfile.50')])
  expect(passed.status).toBe(0)
  expect(passed.json).toMatchObject({ enforcement: 'legacy', exitCode: 0 })
})
