/**
 * The binding transaction on a real engine and a real docker-container builder, with a `docker`
 * wrapper in front of the real CLI that fails (nothing done), loses (done, then an error) or
 * stalls (killed at the timeout) one call of the bind in turn. After every case the builder has
 * the limit a person created it with, or the bound one when the bind says it bound; a release
 * then leaves the person's limit and no record or lock on the engine. The transaction is sent
 * through the docker CLI (`endpoint: cli`), as for a remote or TLS engine; on a local socket it
 * talks to the engine's API, which bind-concurrent-engine.test.ts and bind-signals-engine.test.ts run.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { BindError, bindBuilder, releaseBuilder, type SavedBinding } from '../../src/bind/bind-builder.js'
import type { CallOptions } from '../../src/bind/engine-calls.js'
import { createBuilder, type Builder } from './helpers/buildx-builder.js'

const MiB = 1024 * 1024
const CLI: CallOptions = { endpoint: { path: 'cli', why: 'the docker wrapper in front of the real CLI' } }
const name = `dma-fault-${process.pid}`
let builder: Builder
let dir: string
const saved = { PATH: process.env.PATH, DOCKER_CONFIG: process.env.DOCKER_CONFIG }
const real = (...args: string[]): string =>
  execFileSync(join(dir, 'real-docker'), args, { encoding: 'utf8', env: builder.env, stdio: ['ignore', 'pipe', 'pipe'] })
const limitsNow = (): { Memory: number; MemorySwap: number } => {
  const hc = (
    JSON.parse(real('inspect', '--type', 'container', '--format', '{{json .}}', builder.container)) as { HostConfig: { Memory: number; MemorySwap: number } }
  ).HostConfig
  return { Memory: hc.Memory, MemorySwap: hc.MemorySwap }
}
const leftovers = (): string[] =>
  [
    ...real('volume', 'ls', '--quiet', '--filter', 'label=io.docker-memory.binding').split('\n'),
    ...real('ps', '-a', '--quiet', '--filter', 'label=io.docker-memory.lock').split('\n')
  ].filter((l) => l.trim() !== '')

// Counts the calls under a lock and acts on DMA_FAULT=MODE:N for the Nth.
const WRAPPER = `#!/usr/bin/env bash
set -u
d="$DMA_FAULT_DIR"
n=$(flock "$d/lock" sh -c 'n=$(( $(cat "$1/count" 2>/dev/null || echo 0) + 1 )); echo $n > "$1/count"; echo $n' _ "$d")
mode="\${DMA_FAULT%%:*}" at="\${DMA_FAULT##*:}"
if [ "$n" = "$at" ]; then
  case "$mode" in
    fail) echo "Error response from daemon: injected failure of call $n" >&2; exit 1 ;;
    lost) "$d/real-docker" "$@" > /dev/null 2>&1; echo "error during connect: injected loss after call $n" >&2; exit 1 ;;
    stall) touch "$d/stalled"; exec sleep 3600 ;;
  esac
fi
exec "$d/real-docker" "$@"
`

beforeAll(() => {
  builder = createBuilder(name, ['memory=512m'])
  dir = mkdtempSync(join(tmpdir(), 'dma-fault-wrap-'))
  const which = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim()
  execFileSync('ln', ['-s', which, join(dir, 'real-docker')])
  writeFileSync(join(dir, 'docker'), WRAPPER)
  chmodSync(join(dir, 'docker'), 0o755)
  Object.assign(process.env, { PATH: `${dir}:${saved.PATH}`, DOCKER_CONFIG: builder.env.DOCKER_CONFIG, DMA_FAULT_DIR: dir, DMA_FAULT: 'none:0' })
}, 300000)
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  delete process.env.DMA_FAULT_DIR
  delete process.env.DMA_FAULT
  builder?.remove()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function fault(spec: string): void {
  rmSync(join(dir, 'count'), { force: true })
  rmSync(join(dir, 'stalled'), { force: true })
  process.env.DMA_FAULT = spec
}

test('every call of a bind failing, lost or stalled in turn leaves the person’s limit, and release leaves nothing', async () => {
  const own = limitsNow()
  expect(own.Memory).toBe(512 * MiB)
  const wanted = { memoryBytes: 256 * MiB, memorySwapBytes: 256 * MiB }
  const holder = { job: `e2e/faults/${process.pid}`, host: hostname(), pid: process.pid, expires: Date.now() + 3600000 }
  fault('none:0')
  let intent: SavedBinding | null = null
  await bindBuilder(name, wanted, holder, { ...CLI, onIntent: (s) => (intent = s) })
  const calls = Number(readFileSync(join(dir, 'count'), 'utf8'))
  expect(limitsNow()).toEqual({ Memory: 256 * MiB, MemorySwap: 256 * MiB })
  await releaseBuilder(intent as unknown as SavedBinding, false, CLI)
  expect(limitsNow()).toEqual(own)
  const outcomes: string[] = []
  for (const mode of ['fail', 'lost', 'stall']) {
    for (let call = 1; call <= calls; call++) {
      fault(`${mode}:${call}`)
      intent = null
      let bound = false
      let message = 'bound'
      try {
        bound = (await bindBuilder(name, wanted, holder, { ...CLI, timeoutMs: 8000, onIntent: (s) => (intent = s) })).bound !== null
      } catch (error) {
        if (!(error instanceof BindError)) throw error
        message = error.message
        expect([mode, call, error.changed]).toEqual([mode, call, false])
      }
      fault('none:0')
      const where = `${mode} at call ${call}: ${message}`
      outcomes.push(where)
      expect([where, limitsNow()]).toEqual([where, bound ? { Memory: 256 * MiB, MemorySwap: 256 * MiB } : own])
      if (intent) await releaseBuilder(intent, false, CLI)
      expect([where, limitsNow(), leftovers()]).toEqual([where, own, []])
    }
  }
  // docker update failing and lost are both undone, and said so.
  expect(outcomes.find((o) => /^lost at call \d+: cannot update builder container/.test(o))).toMatch(/undone: builder .* set back to memory 512 MiB/)
  expect(existsSync(join(dir, 'stalled'))).toBe(false)
}, 600000)
