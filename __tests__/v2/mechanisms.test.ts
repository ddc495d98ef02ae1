/**
 * Docker 28's own builders on cgroup v2 + systemd — the engine's embedded BuildKit (the `docker`
 * driver) and the legacy builder — and the product's mechanisms there (`docker-memory build`,
 * the bundle): each that binds proven by a step killed above its limit and one passing below it,
 * each that cannot bind refused with its reason and never reported as enforced.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI } from '../helpers/build.js'

let root: string
let ctx: string
let config: string
const busybox = 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n'

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dma-v2-mech-'))
  // No buildx builder chosen yet: buildx's default is the engine's own (the docker driver).
  config = join(root, 'docker-config')
  ctx = join(root, 'ctx')
  spawnSync('mkdir', ['-p', ctx])
  copyFileSync('/bin/busybox', join(ctx, 'busybox'))
  // dd reads 300 MiB (or 50 MiB) into one buffer: the step needs that much at once, in seconds even
  // under emulation (a pipe into `tail` took minutes of reclaim at the limit).
  writeFileSync(join(ctx, 'Dockerfile.300'), `${busybox}RUN dd if=/dev/zero of=/dev/null bs=300M count=1\n`)
  writeFileSync(join(ctx, 'Dockerfile.50'), `${busybox}RUN dd if=/dev/zero of=/dev/null bs=50M count=1\n`)
  writeFileSync(join(ctx, 'Dockerfile.where'), `${busybox}RUN cat /sys/fs/cgroup/memory.max\n`)
})
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

const env = (): NodeJS.ProcessEnv => ({ ...process.env, DOCKER_CONFIG: config })
function run(cmd: string, args: string[], extra: NodeJS.ProcessEnv = {}): { status: number | null; out: string; stdout: string } {
  const r = spawnSync(cmd, args, { env: { ...env(), ...extra }, encoding: 'utf8' })
  return { status: r.status, out: r.stdout + r.stderr, stdout: r.stdout }
}
/** `docker-memory build --build-memory 100m … --format json`: the outcome, and everything it printed. */
function productBuild(args: string[]): { status: number | null; out: string; json: Record<string, unknown> | null } {
  const r = run(process.execPath, [CLI, 'build', '--build-memory', '100m', '--network', 'none', '--format', 'json', ...args, ctx])
  try {
    return { status: r.status, out: r.out, json: JSON.parse(r.stdout) as Record<string, unknown> }
  } catch {
    return { status: r.status, out: r.out, json: null }
  }
}

test('the engine’s BuildKit (docker driver): --memory binds nothing, its RUN steps see no limit and a 300 MiB step passes', () => {
  // Docker 28.5: `docker build` is buildx's `docker` driver; the step's cgroup namespace hides its path (0::/).
  const flags = ['build', '--progress', 'plain', '--network', 'none', '--memory', '100m', '--memory-swap', '100m']
  const where = run('docker', [...flags, '-f', join(ctx, 'Dockerfile.where'), ctx])
  expect(where.status).toBe(0)
  expect(where.out).toMatch(/#\d+ [\d.]+ max\n/)
  expect(run('docker', [...flags, '-f', join(ctx, 'Dockerfile.300'), ctx]).status).toBe(0)
})

test('driver docker is refused with the reason: on the systemd driver nothing can bind the engine’s BuildKit', () => {
  const r = productBuild(['--driver', 'docker', '-f', join(ctx, 'Dockerfile.300')])
  expect(r.status).not.toBe(0)
  expect(r.json).toBeNull()
  expect(r.out).toMatch(/driver docker cannot bind the build's memory here: .*systemd cgroup driver/)
  expect(r.out).not.toMatch(/Error|at .*\.js:\d+/)
})

test('legacy (the classic builder’s --memory): a 300 MiB step is killed at 100 MiB, a 50 MiB one passes', () => {
  const killed = productBuild(['--driver', 'legacy', '-f', join(ctx, 'Dockerfile.300')])
  expect(killed.status).not.toBe(0)
  expect(killed.json).toMatchObject({ enforcement: 'legacy', limitBytes: 100 * 1024 * 1024, exitCode: 137 })
  expect(killed.json?.outputs).toMatchObject({ 'oom-killed': 'true' })
  const passed = productBuild(['--driver', 'legacy', '-f', join(ctx, 'Dockerfile.50')])
  expect(passed.status).toBe(0)
  expect(passed.json).toMatchObject({ enforcement: 'legacy', exitCode: 0 })
})
