/**
 * The limit binds for real on this machine's engine (Debian docker.io 20.10, cgroup v1):
 * the classic builder (`legacy`) and the engine's embedded BuildKit bound through its parent
 * cgroup (`cgroup`, the 20.10 client), each through the bundled CLI and the bundled action.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionEnv, BUSYBOX_IMAGE, CLI, MAIN, makeContext, runNode, type Ran } from '../helpers/build.js'
import { buildkitLimit, UNLIMITED_V1 } from '../helpers/cgroup.js'

const MiB = 1024 * 1024
const marker = `dma-build-e2e-${process.pid}`
let ctx: string
// Build logs go here, not into the context docker is sent.
let logs: string

beforeAll(() => {
  logs = mkdtempSync(join(tmpdir(), 'dma-build-logs-'))
  ctx = makeContext({
    // ~300 MiB held by tail: killed under 100 MiB.
    'Dockerfile.over': `${BUSYBOX_IMAGE}RUN echo ${marker}-over && head -c 300m /dev/zero | tail > /dev/null\n`,
    // ~20 MiB: passes under 100 MiB.
    'Dockerfile.under': `${BUSYBOX_IMAGE}RUN echo ${marker}-under && head -c 20m /dev/zero | tail > /dev/null\n`
  })
})
afterAll(() => {
  rmSync(ctx, { recursive: true, force: true })
  rmSync(logs, { recursive: true, force: true })
  execFileSync('bash', ['-c', `docker images -q 'dma-build-e2e-*' | sort -u | xargs -r docker rmi -f >/dev/null`])
})

type Mechanism = 'legacy' | 'cgroup'
type Entry = 'cli' | 'action'

const ENV: Record<Mechanism, Record<string, string>> = {
  legacy: {},
  // The 20.10 client's built-in BuildKit; PATH's 28 client has no buildx and cannot run it.
  cgroup: { PATH: `/usr/bin:${process.env.PATH}` }
}
const DRIVER: Record<Mechanism, string> = { legacy: 'legacy', cgroup: 'auto' }

interface Result {
  ran: Ran
  enforcement: string
  exitCode: string
  oomKilled: string
  peakBytes: number | null
}

async function build(mechanism: Mechanism, entry: Entry, file: string): Promise<Result> {
  const tag = `dma-build-e2e-${mechanism}-${entry}-${file.toLowerCase().replace(/\W/g, '')}`
  if (entry === 'cli') {
    const ran = await runNode(
      CLI,
      [
        'build',
        '--build-memory',
        '100m',
        '--driver',
        DRIVER[mechanism],
        '--file',
        file,
        '--tag',
        tag,
        '--no-cache',
        '--format',
        'json',
        '--log-dir',
        logs,
        '.'
      ],
      {
        env: ENV[mechanism],
        cwd: ctx
      }
    )
    const o = JSON.parse(ran.stdout) as {
      enforcement: string
      peakBytes: number | null
      outputs: Record<string, string>
      memorySamples: Array<{ bytes: number }>
    }
    if (mechanism === 'cgroup') {
      // Sampled at the start and the end at least, and never above what the cgroup allows.
      expect(o.memorySamples.length).toBeGreaterThanOrEqual(2)
      expect(Math.max(...o.memorySamples.map((x) => x.bytes))).toBeLessThanOrEqual(100 * MiB)
    }
    return { ran, enforcement: o.enforcement, exitCode: o.outputs['exit-code'], oomKilled: o.outputs['oom-killed'], peakBytes: o.peakBytes }
  }
  const gh = actionEnv({ 'build-memory': '100m', driver: DRIVER[mechanism], file, tags: tag, 'no-cache': 'true', context: '.' })
  const ran = await runNode(MAIN, [], { env: { ...ENV[mechanism], ...gh.env }, cwd: ctx })
  const out = gh.outputs()
  rmSync(gh.dir, { recursive: true, force: true })
  return {
    ran,
    enforcement: out.enforcement,
    exitCode: out['exit-code'],
    oomKilled: out['oom-killed'],
    peakBytes: out['peak-memory-bytes'] ? Number(out['peak-memory-bytes']) : null
  }
}

function leftovers(): string[] {
  const commands = execFileSync('docker', ['ps', '-a', '--no-trunc', '--format', '{{.Command}}'], { encoding: 'utf8' })
  return commands.split('\n').filter((c) => c.includes(marker))
}

describe.each<[Mechanism, Entry]>([
  ['legacy', 'cli'],
  ['legacy', 'action'],
  ['cgroup', 'cli'],
  ['cgroup', 'action']
])('%s through the %s under a 100 MiB limit', (mechanism, entry) => {
  test('a step that allocates 300 MiB is killed and the build fails', async () => {
    const r = await build(mechanism, entry, 'Dockerfile.over')
    expect(r.enforcement).toBe(mechanism)
    expect(r.ran.code).not.toBe(0)
    // v1 counts no kill on the parent cgroup, but the log's Killed step and the kernel log do.
    expect(r.exitCode).toBe(mechanism === 'legacy' ? '137' : '1')
    expect(r.oomKilled).toBe('true')
    if (mechanism === 'cgroup') {
      // The bound cgroup's own high-water mark stops at the limit: it bound.
      expect(r.peakBytes).toBe(100 * MiB)
    } else {
      // Our parent of the step containers: the killed step reached its 100 MiB, and no two ran at once.
      expect(r.peakBytes).toBeGreaterThanOrEqual(100 * MiB)
      expect(r.peakBytes).toBeLessThan(150 * MiB)
    }
    expect(r.ran.stdout + r.ran.stderr).toMatch(/exit code: 137|returned a non-zero code: 137/)
    if (entry === 'action') expect(r.ran.stdout).toMatch(/^::error::docker build failed with exit code/m)
    expect(leftovers()).toEqual([])
    // Absent where nothing made it (a fresh engine, or the product removed what it made), else unlimited again.
    expect(['absent', UNLIMITED_V1]).toContain(buildkitLimit())
    expect(readdirSync('/sys/fs/cgroup/memory').filter((d) => d.startsWith('docker-memory-build-'))).toEqual([])
  })

  test('a step that allocates 20 MiB passes', async () => {
    const r = await build(mechanism, entry, 'Dockerfile.under')
    expect(r.enforcement).toBe(mechanism)
    expect(r.ran.code).toBe(0)
    expect(r.exitCode).toBe('0')
    expect(r.peakBytes).toBeGreaterThan(20 * MiB)
    expect(r.peakBytes).toBeLessThan(100 * MiB)
    expect(leftovers()).toEqual([])
    // Absent where nothing made it (a fresh engine, or the product removed what it made), else unlimited again.
    expect(['absent', UNLIMITED_V1]).toContain(buildkitLimit())
    expect(readdirSync('/sys/fs/cgroup/memory').filter((d) => d.startsWith('docker-memory-build-'))).toEqual([])
  })
})
