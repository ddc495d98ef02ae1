import { describe, expect, test } from '@jest/globals'
import { limitFromPlan, parseBuildRequest, parseSecrets, wantsBuild } from '../../../src/core/build/request.js'
import { InputError } from '../../../src/core/errors.js'
import type { Plan } from '../../../src/core/plan/plan.js'
import { MiB } from '../../../src/core/units.js'
import { request } from '../../build/helpers.js'

describe('parseBuildRequest', () => {
  test('defaults: context ., auto driver, swap equal to the limit, nothing pushed', () => {
    expect(request()).toMatchObject({
      context: '.',
      file: null,
      driver: 'auto',
      memorySwapBytes: null,
      push: false,
      load: false,
      keepBuilder: false,
      extraArgs: []
    })
  })

  test('list inputs split like build-push-action: tags by comma or line, cache specs by line only', () => {
    const r = request({ tags: 'a:1, b:2\nc:3', 'cache-from': 'type=registry,ref=x\ntype=gha', driver: 'Legacy', 'memory-swap': '1g' })
    expect(r.tags).toEqual(['a:1', 'b:2', 'c:3'])
    expect(r.cacheFrom).toEqual(['type=registry,ref=x', 'type=gha'])
    expect(r.driver).toBe('legacy')
    expect(r.memorySwapBytes).toBe(1024 * MiB)
  })

  test.each([
    [{ driver: 'buildkit' }, /^driver "buildkit" is not one of auto, docker-container, docker, kubernetes, remote, legacy$/],
    [{ push: 'maybe' }, /^push "maybe" must be true or false$/],
    [{ 'memory-swap': 'lots' }, /^memory-swap "lots" is not a size/],
    [{ secrets: 'no equals sign' }, /^secrets: a line is not ID=value/]
  ])('%j is refused with one line', (inputs, message) => {
    expect(() => request(inputs as Record<string, string>)).toThrow(InputError)
    expect(() => request(inputs as Record<string, string>)).toThrow(message)
  })

  test('a malformed secret line is refused without echoing it', () => {
    expect(() => parseSecrets('hunter2')).toThrow(InputError)
    try {
      parseSecrets('hunter2')
    } catch (e) {
      expect((e as Error).message).not.toContain('hunter2')
    }
  })

  test('the action builds only when context or file is given', () => {
    expect(wantsBuild(() => '')).toBe(false)
    expect(wantsBuild((n) => (n === 'file' ? 'Dockerfile' : ''))).toBe(true)
    expect(parseBuildRequest((n) => (n === 'file' ? 'Dockerfile' : '')).context).toBe('.')
  })
})

describe('limitFromPlan', () => {
  const plan = (bytes: number, cpusSource: Plan['machine']['cpusSource'] = 'cpus', problems: Plan['problems'] = []): Plan =>
    ({ build: { bytes }, machine: { cpus: 2, cpusSource }, problems, parallelism: { maxParallelism: 3 } }) as unknown as Plan

  test('swap defaults to the limit; CPUs only when the machine limits them', () => {
    expect(limitFromPlan(plan(100 * MiB), request())).toEqual({ memoryBytes: 100 * MiB, swapBytes: 100 * MiB, cpus: null, maxParallelism: 3 })
    // What a "16 GB" runner plans is no whole MiB: rounded down so the limit read back is the one written.
    expect(limitFromPlan(plan(8378591232), request())).toEqual({ memoryBytes: 7990 * MiB, swapBytes: 7990 * MiB, cpus: null, maxParallelism: 3 })
    expect(limitFromPlan(plan(100 * MiB, 'cgroup-quota'), request({ 'memory-swap': '150m' }))).toEqual({
      memoryBytes: 100 * MiB,
      swapBytes: 150 * MiB,
      cpus: 2,
      maxParallelism: 3
    })
  })

  test('a plan with no build limit (on-insufficient: warn) builds nothing rather than unbounded', () => {
    const problem = { message: 'the containers take all 8 GiB', fix: 'use a larger runner' } as Plan['problems'][number]
    expect(() => limitFromPlan(plan(0, 'cpus', [problem]), request())).toThrow(
      new InputError('the plan leaves no memory limit a build can run under (the containers take all 8 GiB); nothing was built')
    )
    expect(() => limitFromPlan(plan(15 * MiB), request())).toThrow(/^the plan leaves no memory limit a build can run under \(15 MiB is left for it\)/)
  })

  test('memory-swap below the limit is refused', () => {
    expect(() => limitFromPlan(plan(200 * MiB), request({ 'memory-swap': '100m' }))).toThrow(/^memory-swap 100 MiB is below the build memory 200 MiB/)
  })
})
