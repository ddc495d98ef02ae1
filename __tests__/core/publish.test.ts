import { describe, expect, test } from '@jest/globals'
import { OLLAMA_MODELS } from '../../src/core/plan/ollama.js'
import { plan } from '../../src/core/plan/plan.js'
import { planEnv, planJson, planOutputs } from '../../src/core/publish.js'
import { planSummary } from '../../src/core/render/summary.js'
import { planText } from '../../src/core/render/text.js'
import { GiB, MiB } from '../../src/core/units.js'
import { docker, jobCgroup, machine, request } from '../helpers/machine.js'

const llama = { kind: 'model' as const, model: OLLAMA_MODELS.find((m) => m.name === 'llama3.1:8b')! }

describe('what a plan publishes', () => {
  const facts = machine({ totalGiB: 32, docker: docker(31) })
  const p = plan(facts, request({ containers: [{ name: 'redis-cache', bytes: 512 * MiB }], ollama: llama }))

  test('step outputs', () => {
    const out = planOutputs(p)
    expect(out).toMatchObject({
      'total-memory': '32g',
      'total-memory-bytes': String(32 * GiB),
      'cgroup-limit': '',
      'docker-memory': '31g',
      'build-memory': '19712m', // balanced at 31 GiB: 8 + 15 × 12/16 = 19.25 GiB
      'build-memory-bytes': String(19.25 * GiB),
      jobs: '4',
      profile: 'balanced',
      'ollama-model': 'llama3.1:8b',
      'ollama-memory': '8g',
      status: 'ok'
    })
    expect(JSON.parse(out.containers)).toEqual({ 'redis-cache': '512m', ollama: '8g' })
    expect(JSON.parse(out.plan)).toMatchObject({ totalMemoryBytes: 32 * GiB, buildMemoryBytes: 19.25 * GiB, profile: 'balanced', jobs: 4 })
  })

  test('environment for later steps, with the seed names and toolchain parallelism', () => {
    const env = planEnv(p, { parallelism: true })
    expect(env).toMatchObject({
      DOCKER_MEMORY_BUILD: '19712m',
      DOCKER_MEMORY_JOBS: '4',
      DOCKER_MEMORY_CONTAINER_REDIS_CACHE: '512m',
      DOCKER_MEMORY_CONTAINER_OLLAMA: '8g',
      OLLAMA_ROUTER_MODEL: 'llama3.1:8b',
      OLLAMA_DOCKER_MEMORY: '8',
      MAKEFLAGS: '-j4',
      CMAKE_BUILD_PARALLEL_LEVEL: '4',
      CARGO_BUILD_JOBS: '4',
      MAX_JOBS: '4',
      GRADLE_OPTS: '-Dorg.gradle.workers.max=4',
      GOFLAGS: '-p=4'
    })
    expect(env).not.toHaveProperty('NODE_OPTIONS')
  })

  test.each([
    ['MAKEFLAGS', '-j16 --output-sync', `-j4 --output-sync`],
    ['MAKEFLAGS', '--no-print-directory', '--no-print-directory -j4'],
    ['GRADLE_OPTS', '-Xmx2g -Dorg.gradle.workers.max=12', '-Xmx2g -Dorg.gradle.workers.max=4'],
    ['GOFLAGS', '-mod=mod', '-mod=mod -p=4']
  ])('keeps what %s already has (%s) and sets only the job count', (name, current, expected) => {
    const q = plan(machine({ totalGiB: 16 }), request())
    expect(q.jobs).toBe(4)
    expect(planEnv(q, { parallelism: true, inherited: { [name]: current } })[name]).toBe(expected)
  })

  test('the summary shows the three layers as a picture, the plan and why', () => {
    const md = planSummary(p, facts)
    expect(md).toContain('## ✅ Docker memory plan · balanced')
    expect(md).toContain('```mermaid\nflowchart TB')
    expect(md).toMatch(/subgraph L1\["Machine · 32 GiB"\]/)
    expect(md).toMatch(/subgraph L2\["Docker engine · 31 GiB"\]/)
    expect(md).toContain('ollama<br/>8 GiB')
    expect(md).toContain('| 3 · ollama (llama3.1:8b) | 8 GiB | Ollama explicit | `--memory 8g` |')
    for (const reason of p.reasons) expect(md).toContain(reason)
    // One picture of the split: the nested boxes with every size, no second chart of the same numbers.
    expect(md.match(/```mermaid\nflowchart/g)).toHaveLength(1)
    expect(md).not.toContain('pie')
    expect(md).toContain('B["Build limit<br/>19.3 GiB · 4 jobs"]')
  })

  test('a failing plan puts the problem and its fix first', () => {
    const bad = plan(machine({ totalGiB: 16, docker: docker(4, { backend: 'docker-desktop', inVm: true }) }), request({ ollama: llama }))
    const md = planSummary(bad, facts)
    expect(md.indexOf('[!CAUTION]')).toBeLessThan(md.indexOf('```mermaid'))
    expect(md).not.toContain('pie')
    expect(md).toContain("**Layer 2 (Docker engine):** container ollama needs 8 GiB but Docker's engine has 4 GiB")
    expect(planText(bad, facts)).toContain('NOT ENOUGH MEMORY')
    expect(planJson(bad).status).toBe('insufficient')
  })
})

describe('what a plan publishes, case by case', () => {
  test('a job in a cgroup publishes its limit; a job with no engine publishes no engine memory', () => {
    const p = plan(machine({ totalGiB: 23.5, cgroup: jobCgroup() }), request())
    expect(planOutputs(p)).toMatchObject({
      'cgroup-limit': '3g',
      'cgroup-limit-bytes': String(3 * GiB),
      'docker-memory': '',
      'docker-memory-bytes': '',
      'ollama-model': '',
      'ollama-memory': '',
      containers: '{}'
    })
    expect(planJson(p)).toMatchObject({ cgroupLimitBytes: 3 * GiB, dockerMemoryBytes: null, totalMemorySource: 'cgroup', ollama: null })
  })

  test('no cgroup limit: both cgroup outputs empty; an engine: its memory in both forms and in the JSON', () => {
    const p = plan(machine({ totalGiB: 32, docker: docker(31) }), request())
    expect(planOutputs(p)).toMatchObject({ 'cgroup-limit': '', 'cgroup-limit-bytes': '', 'docker-memory': '31g', 'docker-memory-bytes': String(31 * GiB) })
    expect(planJson(p)).toMatchObject({ cgroupLimitBytes: null, dockerMemoryBytes: 31 * GiB, buildMemory: '19712m', buildMemoryBytes: 19.25 * GiB })
  })

  test('the JSON lists each container with its size in both forms and a model only where there is one', () => {
    const p = plan(machine({ totalGiB: 32, docker: docker(31) }), request({ containers: [{ name: 'redis', bytes: 512 * MiB }], ollama: llama }))
    expect(planJson(p).containers).toEqual([
      { name: 'redis', memoryBytes: 512 * MiB, memory: '512m' },
      { name: 'ollama', memoryBytes: 8 * GiB, memory: '8g', model: 'llama3.1:8b' }
    ])
  })

  test('the machine facts only when given; no history key without a history', () => {
    const facts = machine({ totalGiB: 32 })
    const p = plan(facts, request())
    expect(planJson(p)).not.toHaveProperty('machine')
    expect(planJson(p)).not.toHaveProperty('history')
    expect(planJson(p, facts).machine).toBe(facts)
  })

  test('inherited flags: blanks around them trimmed, the job count replaced where it stands', () => {
    const p = plan(machine({ totalGiB: 32, docker: docker(31) }), request())
    const env = planEnv(p, { parallelism: true, inherited: { MAKEFLAGS: '  -k -j12  ', GOFLAGS: ' -mod=mod ', GRADLE_OPTS: '' } })
    expect(env.MAKEFLAGS).toBe('-k -j4')
    expect(env.GOFLAGS).toBe('-mod=mod -p=4')
    expect(env.GRADLE_OPTS).toBe('-Dorg.gradle.workers.max=4')
    expect(() => planEnv(p, { parallelism: true, inherited: { GOFLAGS: '-p=2\rX=1' } })).toThrow('GOFLAGS has a line break')
  })
})
