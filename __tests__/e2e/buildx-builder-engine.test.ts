/**
 * The engine tier's real docker-container builder (helpers/buildx-builder.ts) is what the
 * binding and concurrency tests stand on: it boots the kit's BuildKit, `docker update` on its
 * container binds every step, and buildx keeps the history post explains from.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBuilder, type Builder } from './helpers/buildx-builder.js'

let builder: Builder
let ctx: string
const name = `dma-kit-${process.pid}`

beforeAll(() => {
  builder = createBuilder(name)
  ctx = mkdtempSync(join(tmpdir(), 'dma-kit-'))
  copyFileSync('/bin/busybox', join(ctx, 'busybox'))
  // 300 MiB through a pipe: `tail` holds the whole line, so the step needs about that much.
  writeFileSync(
    join(ctx, 'Dockerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nRUN head -c 300m /dev/zero | tail > /dev/null\n'
  )
})
afterAll(() => {
  builder?.remove()
  rmSync(ctx, { recursive: true, force: true })
})

function build(extra: string[] = []): { status: number | null; output: string } {
  const r = spawnSync('docker', ['buildx', 'build', '--builder', name, '--progress', 'plain', '--no-cache', ...extra, ctx], {
    env: builder.env,
    encoding: 'utf8'
  })
  return { status: r.status, output: r.stdout + r.stderr }
}

test('the builder boots the kit’s BuildKit in a container of its own', () => {
  const inspect = execFileSync('docker', ['buildx', 'inspect', name], { env: builder.env, encoding: 'utf8' })
  expect(inspect).toMatch(/Driver:\s+docker-container/)
  expect(inspect).toMatch(/BuildKit version:\s+v0\.32\.2/)
  const state = execFileSync('docker', ['inspect', '--format', '{{.State.Running}} {{.HostConfig.Memory}}', builder.container], { encoding: 'utf8' })
  expect(state.trim()).toBe('true 0')
})

test('unbound, the 300 MiB step passes; bound with docker update to 100 MiB, it is killed (137)', () => {
  expect(build().status).toBe(0)
  execFileSync('docker', ['update', '--memory', '100m', '--memory-swap', '100m', builder.container], { stdio: 'ignore' })
  const bound = build()
  expect(bound.status).not.toBe(0)
  expect(bound.output).toMatch(/RUN head -c 300m \/dev\/zero \| tail > \/dev\/null.*did not complete successfully: exit code: 137/s)
})

test('buildx keeps a history of both builds on the builder', () => {
  const ls = execFileSync('docker', ['buildx', 'history', 'ls', '--builder', name, '--format', 'json'], { env: builder.env, encoding: 'utf8' })
  const statuses = ls
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { status: string }).status)
  expect(statuses.sort()).toEqual(['Completed', 'Error'])
})
