/**
 * dist/sampler.js, as the action's main step starts it: it appends the cgroup's memory use to
 * the series file until post writes `<file>.stop`, and then exits.
 */
import { afterAll, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseSeries } from '../../src/core/build/memory-series.js'
import { parseStepsFile } from '../../src/core/build/step-cgroups.js'

const dir = mkdtempSync(join(tmpdir(), 'dma-sampler-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const until = async (what: () => boolean): Promise<void> => {
  while (!what()) await new Promise((r) => setTimeout(r, 20))
}

test('samples until told to stop, then exits', async () => {
  const usage = join(dir, 'memory.current')
  const series = join(dir, 'memory-abc.tsv')
  writeFileSync(usage, '1048576\n')
  writeFileSync(series, '')
  const child = spawn(process.execPath, [resolve('dist/sampler.js'), usage, series], {
    env: { ...process.env, DOCKER_MEMORY_SAMPLE_MS: '10' },
    stdio: 'ignore'
  })
  const exited = new Promise<number | null>((r) => child.once('exit', r))
  await until(() => parseSeries(readFileSync(series, 'utf8')).length >= 2)
  writeFileSync(usage, '2097152\n')
  await until(() => parseSeries(readFileSync(series, 'utf8')).some((p) => p.bytes === 2097152))
  writeFileSync(`${series}.stop`, '')
  expect(await exited).toBe(0)
  const points = parseSeries(readFileSync(series, 'utf8'))
  expect(points[0].bytes).toBe(1048576)
  expect(points.at(-1)?.bytes).toBe(2097152)
  // In time order, as post cuts each build's stretch from it.
  expect(points.every((p, i) => i === 0 || p.atMs >= points[i - 1].atMs)).toBe(true)
})

test('a cgroup that goes away ends it on its own', async () => {
  const series = join(dir, 'memory-gone.tsv')
  writeFileSync(series, '')
  const child = spawn(process.execPath, [resolve('dist/sampler.js'), join(dir, 'no-such-cgroup'), series], {
    env: { ...process.env, DOCKER_MEMORY_SAMPLE_MS: '10' },
    stdio: 'ignore'
  })
  expect(await new Promise((r) => child.once('exit', r))).toBe(0)
  expect(readFileSync(series, 'utf8')).toBe('')
  expect(existsSync(`${series}.stop`)).toBe(false)
})

test("given the builder's step cgroup parent, it keeps each step's peak and its process' command beside the series", async () => {
  const usage = join(dir, 'usage')
  const series = join(dir, 'memory-steps.tsv')
  const parent = join(dir, 'builder', 'buildkit')
  writeFileSync(usage, '1048576\n')
  writeFileSync(series, '')
  // A real process stands in for the step's shell: its command line is read from /proc.
  const step = spawn('sleep', ['37'], { stdio: 'ignore' })
  try {
    const sampler = spawn(process.execPath, [resolve('dist/sampler.js'), usage, series, parent, '1'], {
      env: { ...process.env, DOCKER_MEMORY_SAMPLE_MS: '10' },
      stdio: 'ignore'
    })
    const exited = new Promise<number | null>((r) => sampler.once('exit', r))
    // The parent appears with the first step, after the sampler started.
    await until(() => parseSeries(readFileSync(series, 'utf8')).length >= 2)
    mkdirSync(join(parent, 'k3v2x9q1'), { recursive: true })
    writeFileSync(join(parent, 'k3v2x9q1', 'memory.max_usage_in_bytes'), `${40 * 1048576}\n`)
    writeFileSync(join(parent, 'k3v2x9q1', 'cgroup.procs'), `${step.pid}\n`)
    const steps = (): ReturnType<typeof parseStepsFile> => (existsSync(`${series}.steps`) ? parseStepsFile(readFileSync(`${series}.steps`, 'utf8')) : [])
    await until(() => steps().length === 1)
    writeFileSync(join(parent, 'k3v2x9q1', 'memory.max_usage_in_bytes'), `${82 * 1048576}\n`)
    await until(() => steps()[0]?.peakBytes === 82 * 1048576)
    rmSync(join(parent, 'k3v2x9q1'), { recursive: true })
    writeFileSync(`${series}.stop`, '')
    expect(await exited).toBe(0)
    expect(steps()).toEqual([{ id: 'k3v2x9q1', firstMs: expect.any(Number), lastMs: expect.any(Number), peakBytes: 82 * 1048576, command: 'sleep 37' }])
  } finally {
    step.kill()
  }
})
