import { describe, expect, test } from '@jest/globals'
import { runEntry } from '../helpers/action.js'

const GiB = 1024 ** 3
const OUTPUTS = [
  'total-memory',
  'total-memory-bytes',
  'available-memory',
  'cgroup-limit',
  'docker-memory',
  'build-memory',
  'build-memory-bytes',
  'jobs',
  'profile',
  'containers',
  'ollama-model',
  'ollama-memory',
  'plan'
]

describe('the bundled action (dist/main.js) with INPUT_* variables', () => {
  test('no inputs: plans this machine and publishes outputs, env and summary', () => {
    const run = runEntry('dist/main.js', {})
    expect(run.status).toBe(0)
    for (const name of OUTPUTS) expect(run.outputs).toHaveProperty(name)
    const total = Number(run.outputs['total-memory-bytes'])
    const build = Number(run.outputs['build-memory-bytes'])
    expect(total).toBeGreaterThan(GiB)
    expect(build).toBeGreaterThan(0)
    expect(build).toBeLessThan(total)
    expect(run.outputs.profile).toBe('balanced')
    expect(JSON.parse(run.outputs.plan)).toMatchObject({ totalMemoryBytes: total, buildMemoryBytes: build, jobs: Number(run.outputs.jobs) })
    expect(run.env.DOCKER_MEMORY_BUILD).toBe(run.outputs['build-memory'])
    expect(run.env).not.toHaveProperty('MAKEFLAGS')
    expect(run.summary).toContain('```mermaid')
    expect(run.state['started-at']).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  test('inputs shape the plan: profile, containers, Ollama model', () => {
    const run = runEntry('dist/main.js', { profile: 'conservative', containers: 'redis=512m', 'ollama-model': 'phi3:mini', 'on-insufficient': 'warn' })
    expect(run.outputs.profile).toBe('conservative')
    expect(JSON.parse(run.outputs.containers)).toEqual({ redis: '512m', ollama: '5g' })
    expect(run.outputs['ollama-model']).toBe('phi3:mini')
    expect(run.env.OLLAMA_ROUTER_MODEL).toBe('phi3:mini')
    expect(run.env.OLLAMA_DOCKER_MEMORY).toBe('5')
    expect(run.env.DOCKER_MEMORY_CONTAINER_REDIS).toBe('512m')
  })

  test('export-env: false writes no GITHUB_ENV, summary: false no summary', () => {
    const run = runEntry('dist/main.js', { 'export-env': 'false', summary: 'false' })
    expect(run.status).toBe(0)
    expect(run.files.env).toBe('')
    expect(run.files.summary).toBe('')
    expect(run.outputs['build-memory']).toMatch(/^\d+[mg]$/)
  })

  test.each([
    [{ 'build-memory': 'lots' }, 'build-memory "lots" is not a size: use a number with a unit, like 512m, 20g or 1.5g'],
    [{ profile: 'huge' }, 'profile "huge" is not one of conservative, balanced, maximum'],
    [{ containers: 'redis' }, 'containers line "redis" is not name=size (for example redis=512m)'],
    [{ 'ollama-model': 'gpt-5' }, 'ollama-model "gpt-5" is not a known model: use auto or one of qwen2.5:7b, llama3.1:8b, mistral:7b, phi3:mini'],
    [{ 'export-env': 'maybe' }, 'export-env "maybe" must be true or false'],
    // A step that only plans checks driver too: the typo must not wait for the day it builds.
    [{ driver: 'docker-containr' }, 'driver "docker-containr" is not one of auto, docker-container, docker, kubernetes, remote, legacy']
  ])('bad input %j: one ::error line, nothing written', (inputs, message) => {
    const run = runEntry('dist/main.js', inputs)
    expect(run.status).toBe(1)
    expect(run.stdout.trim()).toBe(`::error::${message}`)
    expect(run.stderr).toBe('')
    expect({ ...run.files, state: '' }).toEqual({ output: '', env: '', state: '', summary: '' })
    // only the start time and the kernel's OOM kill count, for post's job-wide OOM watch, which still covers the later steps
    expect(Object.keys(run.state)).toEqual(['started-at', 'oom-kill-count'])
  })

  test('a plan that does not fit fails the step after publishing it', () => {
    const run = runEntry('dist/main.js', { 'build-memory': '4t' })
    expect(run.status).toBe(1)
    expect(run.outputs.status).toBe('insufficient')
    expect(run.stdout).toMatch(/::error title=Not enough memory for this plan::build-memory 4 TiB is more than the .* this machine can give a build/)
    expect(run.summary).toContain('[!CAUTION]')
  })

  test('on-insufficient: warn publishes and passes with a warning', () => {
    const run = runEntry('dist/main.js', { 'build-memory': '4t', 'on-insufficient': 'warn' })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/::warning title=Not enough memory for this plan::/)
  })
})
