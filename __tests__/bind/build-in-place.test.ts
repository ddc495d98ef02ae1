/**
 * A step that builds with `builder:` naming a docker-container builder without a limit of its
 * own binds that builder in place for the build: chosen from real captures, then run through
 * the bundled CLI against the fake docker, which gives the container its own limit back.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chooseMechanism, type BuildFacts, type BuildLimit } from '../../src/core/enforce/mechanism.js'
import { MACHINES, request } from '../build/helpers.js'
import { CLI, FAKE_DOCKER_DIR, makeContext, runNode } from '../helpers/build.js'

const MiB = 1024 * 1024
const MEM_TOTAL = (JSON.parse(readFileSync('__tests__/fixtures/captured/docker-info-engine-20.10-cgroupv1.json', 'utf8')) as { MemTotal: number }).MemTotal
const limit = (mib: number): BuildLimit => ({ memoryBytes: mib * MiB, swapBytes: mib * MiB, cpus: null })
/** The captured machine with memtest as setup-buildx-action leaves a builder: no driver options. */
const unlimitedMemtest = (): BuildFacts => {
  const facts = MACHINES.buildx028()
  for (const b of facts.builders) if (b.name === 'memtest') for (const n of b.nodes) n.driverOpts = {}
  return facts
}

describe('chooseMechanism with builder: an existing docker-container builder', () => {
  test('without a limit of its own: bound in place with the plan’s limit', () => {
    const c = chooseMechanism(unlimitedMemtest(), request({ builder: 'memtest' }), limit(2048))
    expect(c).toMatchObject({
      enforcement: 'builder',
      inPlace: true,
      builder: { name: 'memtest', create: false },
      memoryBytes: 2048 * MiB,
      swapBytes: 2048 * MiB,
      warnings: []
    })
  })

  test('with a limit of its own: used as it is, not bound in place', () => {
    expect(chooseMechanism(MACHINES.buildx028(), request({ builder: 'memtest' }), limit(2048))).toMatchObject({
      enforcement: 'builder',
      inPlace: false,
      memoryBytes: 100 * MiB
    })
  })

  test('in place, the daemon floor applies as to a builder of ours', () => {
    expect(() => chooseMechanism(unlimitedMemtest(), request({ builder: 'memtest' }), limit(32))).toThrow(
      'build memory 32 MiB is below the 64 MiB floor of the builder mechanism'
    )
  })

  test('when binding it failed, the choice is made again without it, and says so', () => {
    const facts = unlimitedMemtest()
    facts.unavailable.builder = 'cannot update builder container buildx_buildkit_memtest0: denied'
    expect(chooseMechanism(facts, request({ builder: 'memtest' }), limit(2048))).toMatchObject({ enforcement: 'none', builder: { name: 'memtest' } })
  })
})

/** memtest made current (docker buildx use memtest), with buildx and BuildKit new enough for per-step --resource or not. */
const currentMemtest = (resourceCapable: boolean): BuildFacts => {
  const facts = unlimitedMemtest()
  if (resourceCapable) facts.buildxVersion = '0.36.0'
  for (const b of facts.builders) {
    b.current = b.name === 'memtest'
    if (resourceCapable) for (const n of b.nodes) n.buildkitVersion = 'v0.32.2'
  }
  return facts
}

describe('one decision however the builder is named: --builder memtest and docker buildx use memtest', () => {
  test.each([
    ['buildx 0.28 (captured)', false],
    ['buildx 0.36 with BuildKit 0.32, where --resource would work', true]
  ])('%s: both bind its container in place, all steps together, and say which builder, which mechanism and why', (_, resourceCapable) => {
    const named = chooseMechanism(currentMemtest(resourceCapable), request({ builder: 'memtest' }), limit(2048))
    const current = chooseMechanism(currentMemtest(resourceCapable), request({}), limit(2048))
    const { reason: namedReason, ...namedRest } = named
    const { reason: currentReason, ...currentRest } = current
    expect(currentRest).toEqual(namedRest)
    expect(named).toMatchObject({ enforcement: 'builder', scope: 'build', inPlace: true, builder: { name: 'memtest', create: false }, memoryBytes: 2048 * MiB })
    expect(namedReason).toMatch(
      /^builder "memtest" \(named\) is a docker-container builder with no memory limit of its own: .*docker update, one limit for all its steps together/
    )
    expect(currentReason).toBe(namedReason.replace('(named)', '(the current one)'))
  })

  test('with a limit of its own, both keep it', () => {
    const own = (): BuildFacts => {
      const facts = MACHINES.buildx028()
      for (const b of facts.builders) b.current = b.name === 'memtest'
      return facts
    }
    const named = chooseMechanism(own(), request({ builder: 'memtest' }), limit(2048))
    expect(chooseMechanism(own(), request({}), limit(2048))).toEqual(named)
    expect(named).toMatchObject({ enforcement: 'builder', inPlace: false, memoryBytes: 100 * MiB })
  })

  test('the engine’s own BuildKit, current because nobody chose another, still goes through driver auto’s order', () => {
    expect(chooseMechanism(MACHINES.buildx028(), request({}), limit(2048))).toMatchObject({ enforcement: 'builder', builder: { create: true } })
  })
})

describe('docker-memory build --builder NAME', () => {
  let state: string
  let ctx: string
  beforeEach(() => {
    state = mkdtempSync(join(tmpdir(), 'dma-in-place-'))
    ctx = makeContext({}, false)
  })
  afterEach(() => {
    rmSync(state, { recursive: true, force: true })
    rmSync(ctx, { recursive: true, force: true })
  })

  test.each([
    ['--builder setup', ['--builder', 'setup'], []],
    ['setup made current (docker buildx create --use)', [], ['--use']]
  ])('%s: binds the builder for the build, explains the kill under that limit, and gives the container its own limit back', async (_, named, use) => {
    const env = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, FAKE_DOCKER_CALLS: join(state, 'calls') }
    execFileSync('docker', ['buildx', 'create', '--name', 'setup', '--driver', 'docker-container', ...use], { env: { ...process.env, ...env } })
    const r = await runNode(CLI, ['build', ...named, '--build-memory', '100m', '--file', 'Dockerfile.fail', '--log-dir', state, '.'], {
      env,
      cwd: ctx
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      new RegExp(
        `memory limit 100 MiB, memory\\+swap 100 MiB enforced by builder \\(all steps together\\): builder "setup" \\(${named.length > 0 ? 'named' : 'the current one'}\\) is a docker-container builder`
      )
    )
    expect(r.stdout).toMatch(/^build failed \(exit code 1\) in [\d.]+ s; limit 100 MiB enforced by builder \(whole build\)$/m)
    expect(r.stderr).toContain('error Dockerfile.fail:5: Out of memory')
    expect(r.stderr).toContain('restored builder setup to memory 23.5 GiB, memory+swap unlimited')
    const calls = readFileSync(join(state, 'calls'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { args: string[] }).args.join(' '))
      .filter((a) => /^(update|buildx build|buildx create|buildx rm)/.test(a))
    expect(calls.slice(1)).toEqual([
      `update --memory ${100 * MiB} --memory-swap ${100 * MiB} buildx_buildkit_setup0`,
      expect.stringMatching(
        /^buildx build --builder setup --file Dockerfile\.fail --iidfile \S+\/iid --progress plain --metadata-file \S+\/metadata\.json \.$/
      ),
      `update --memory ${MEM_TOTAL} --memory-swap ${2 * MEM_TOTAL} buildx_buildkit_setup0`,
      'update --memory-swap -1 buildx_buildkit_setup0'
    ])
  })
})
