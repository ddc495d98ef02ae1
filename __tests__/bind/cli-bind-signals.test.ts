/**
 * `docker-memory bind` stopped by SIGINT, SIGTERM or SIGHUP at each of its engine requests
 * (the request stalls, the signal comes while it hangs), and `release` likewise: the builder
 * keeps the limit a person gave it, the CLI says what it undid in one line and exits 128 + the
 * signal's number, and whatever state file is left, `release` finishes with nothing left behind.
 * The signal matrix runs the bundled CLI against an engine in memory on a socket of the test's
 * (helpers/fake-engine.ts: one process start a case); the single cases below go through the
 * docker CLI path to the fake docker process. A faulty call after the update leaves no false
 * "nothing bound". `npm run bundle` first.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, FAKE_DOCKER_DIR, runNode, type Ran } from '../helpers/build.js'
import { FakeEngine } from '../helpers/fake-engine.js'

const MiB = 1024 * 1024
const OWN = { Memory: 100 * MiB, MemorySwap: 100 * MiB }
const BOUND = { Memory: 80 * MiB, MemorySwap: 80 * MiB }
const EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 }
let state: string
// The fake docker process, reached through the CLI path: no engine listens on DOCKER_HOST's socket.
let fakeEnv: Record<string, string>
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', env: { ...process.env, ...fakeEnv, FAKE_DOCKER_FAULT: '' } })
const limits = (): { Memory: number; MemorySwap: number } => {
  const c = JSON.parse(docker('inspect', '--type', 'container', '--format', '{{json .}}', 'buildx_buildkit_ci0')) as {
    HostConfig: { Memory: number; MemorySwap: number }
  }
  return { Memory: c.HostConfig.Memory, MemorySwap: c.HostConfig.MemorySwap }
}
const json = (f: string): Record<string, unknown> =>
  existsSync(join(state, f)) ? (JSON.parse(readFileSync(join(state, f), 'utf8')) as Record<string, unknown>) : {}
const leftovers = (): { volumes: string[]; containers: string[] } => ({
  volumes: Object.keys(json('volumes.json')),
  containers: Object.keys(json('created.json'))
})
const BIND = ['bind', '--build-memory', '80m', '--total-memory', '4g']

function resetFault(spec: string): void {
  rmSync(join(state, 'fault-count'), { force: true })
  rmSync(join(state, 'stalled'), { force: true })
  fakeEnv.FAKE_DOCKER_FAULT = spec
}

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-cli-bind-sig-'))
  fakeEnv = {
    PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`,
    FAKE_DOCKER_STATE: state,
    DOCKER_CONFIG: join(state, 'docker-config'),
    DOCKER_HOST: `unix://${join(state, 'no-engine.sock')}`,
    FAKE_DOCKER_FAULT: ''
  }
})
afterEach(() => rmSync(state, { recursive: true, force: true }))

/** For the cases through the fake docker: a builder a person limited (the fake gives it the captured container's 100 MiB), made current. */
function fakeBuilder(): void {
  docker('buildx', 'create', '--name', 'ci', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--use', '--bootstrap')
}

describe('signalled at each engine request (an engine in memory)', () => {
  let engine: FakeEngine
  let env: Record<string, string>
  beforeEach(async () => {
    engine = await FakeEngine.start()
    // A builder a person limited to 100 MiB, made current (docker buildx create --use).
    engine.addBuilder('ci', OWN, true)
    env = { DOCKER_HOST: `unix://${engine.socket}`, BUILDX_CONFIG: engine.buildxConfig, PATH: process.env.PATH ?? '' }
  })
  afterEach(() => engine.stop())
  const engineLimits = (): { Memory: number; MemorySwap: number } => {
    const c = engine.find('buildx_buildkit_ci0')
    return { Memory: c?.HostConfig.Memory ?? -1, MemorySwap: c?.HostConfig.MemorySwap ?? -1 }
  }
  const cli = (args: string[]): Promise<Ran> => runNode(CLI, args, { env })

  /** The CLI with `signal` sent once the engine holds its request number `at`. */
  function signalledAt(args: string[], at: number, signal: NodeJS.Signals): Promise<Ran> {
    engine.fault({ [at]: 'stall' })
    return new Promise((done) => {
      const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      void engine.stalled.then(() => child.kill(signal))
      child.on('close', (code, sig) => done({ code, signal: sig, stdout, stderr }))
    })
  }

  /** The request numbers of a clean run, less the plan's /info probe (not cancellable: it has its own timeout). */
  async function requestsOf(args: string[]): Promise<number[]> {
    engine.fault()
    const before = engine.requests.length
    expect((await cli(args)).code).toBe(0)
    return engine.requests.slice(before).flatMap((r, i) => (r === 'GET /info' ? [] : [i + 1]))
  }

  test('bind: the builder keeps its limit, one line says what was undone, and release leaves nothing', async () => {
    const file = join(engine.dir, 'binding.json')
    const requests = await requestsOf([...BIND, '--state-file', file])
    expect(engineLimits()).toEqual(BOUND)
    expect((await cli(['release', '--state-file', file])).stdout).toBe('restored builder ci to memory 100 MiB, memory+swap 100 MiB\n')
    expect(requests.length).toBeGreaterThanOrEqual(9)
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
    for (const at of requests) {
      const signal = signals[at % 3]
      const r = await signalledAt([...BIND, '--state-file', file], at, signal)
      engine.fault()
      const where = `${signal} at request ${at}: ${r.stderr}`
      expect([where, r.code, r.stdout]).toEqual([where, EXIT[signal], ''])
      expect(r.stderr).toMatch(new RegExp(`^docker-memory: cancelled \\(${signal}\\) .*(undone: |nothing was changed)[^\\n]*\\n$`))
      expect([where, engineLimits()]).toEqual([where, OWN])
      // Undone whole: no state file. Had one stayed, release would finish it.
      if (existsSync(file)) expect((await cli(['release', '--state-file', file])).code).toBe(0)
      expect([where, existsSync(file), engineLimits(), engine.leftovers()]).toEqual([where, false, OWN, { locks: [], volumes: [] }])
    }
  })

  test('release: the limit is the bound one or the person’s; the state file stays until a release completes', async () => {
    const file = join(engine.dir, 'binding.json')
    engine.fault()
    expect((await cli([...BIND, '--state-file', file])).code).toBe(0)
    const requests = await requestsOf(['release', '--state-file', file])
    for (const at of requests) {
      engine.fault()
      expect((await cli([...BIND, '--state-file', file])).code).toBe(0)
      const r = await signalledAt(['release', '--state-file', file], at, 'SIGTERM')
      engine.fault()
      const where = `SIGTERM at request ${at}: ${r.stderr}`
      expect([where, [OWN, BOUND]]).toEqual([where, expect.arrayContaining([engineLimits()])])
      if (r.code !== 0) {
        expect([where, r.code, existsSync(file)]).toEqual([where, 143, true])
        expect(r.stderr).toMatch(/^docker-memory: release cancelled \(SIGTERM\).*; the state file stays for the next release\n$/)
        expect((await cli(['release', '--state-file', file])).code).toBe(0)
      }
      expect([where, existsSync(file), engineLimits(), engine.leftovers()]).toEqual([where, false, OWN, { locks: [], volumes: [] }])
    }
  })
})

describe('a call failing after the update (issue 17, 1)', () => {
  beforeEach(fakeBuilder)
  test('the record cannot be written: the limit is put back, and the error says so instead of "nothing limits"', async () => {
    const file = join(state, 'binding.json')
    // buildx ls, inspect, create (the lock), inspect, volume ls, then volume create: the 6th call.
    resetFault('lost:6')
    const r = await runNode(CLI, [...BIND, '--state-file', file], { env: fakeEnv })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^no builder was bound: cannot record the binding of buildx_buildkit_ci0: .*; undone: the binding record removed\nenforcement: none\n$/
    )
    expect([limits(), leftovers()]).toEqual([OWN, { volumes: [], containers: [] }])
    resetFault('fail:7')
    const u = await runNode(CLI, [...BIND, '--builder', 'ci', '--state-file', join(state, 'b2.json')], { env: fakeEnv })
    expect(u).toMatchObject({ code: 1, stdout: '' })
    expect(u.stderr).toMatch(
      /^docker-memory: builder "ci" cannot be bound: cannot update builder container buildx_buildkit_ci0: Error response from daemon: injected failure.*; undone: builder ci set back to memory 100 MiB, memory\+swap 100 MiB, the binding record removed\n$/
    )
    expect([limits(), leftovers(), existsSync(join(state, 'b2.json'))]).toEqual([OWN, { volumes: [], containers: [] }, false])
  }, 60000)
})

describe('an undo that fails too', () => {
  beforeEach(fakeBuilder)
  test('never "nothing bound": the error says what was NOT undone, the state file keeps the intent, and release gives the limit back', async () => {
    const file = join(state, 'binding.json')
    // The 7th call (docker update) acts and errs; the 8th (the undo's docker update) fails.
    resetFault('lost:7,fail:8')
    const r = await runNode(CLI, [...BIND, '--state-file', file], { env: fakeEnv })
    expect(r).toMatchObject({ code: 1, stdout: '' })
    expect(r.stderr).toMatch(
      /^docker-memory: cannot update builder container buildx_buildkit_ci0: error during connect: .*; undone: the binding record removed; NOT undone: builder ci: cannot set the limit of builder container buildx_buildkit_ci0: Error response from daemon: injected failure of call 8: .* \(release gives it back\); run docker-memory release --state-file .*\n$/
    )
    expect(r.stderr).not.toMatch(/no builder was bound|nothing limits/i)
    expect(limits()).toEqual({ Memory: 80 * MiB, MemorySwap: 80 * MiB })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ phase: 'intent', binding: { builder: 'ci', original: { memoryBytes: 100 * MiB } } })
    resetFault('')
    expect(await runNode(CLI, ['release', '--state-file', file], { env: fakeEnv })).toMatchObject({
      code: 0,
      stdout: 'restored builder ci to memory 100 MiB, memory+swap 100 MiB\n'
    })
    expect([limits(), leftovers(), existsSync(file)]).toEqual([OWN, { volumes: [], containers: [] }, false])
  })
})

describe('under npx, issue 17, 4', () => {
  beforeEach(fakeBuilder)
  test('the record names the job’s shell, not the wrappers that end with the command', async () => {
    const file = join(state, 'binding.json')
    resetFault('')
    // npx's process tree, as npm 10 makes it: node renamed "npm exec …" runs the bin through
    // `sh -c`. (npm itself is not used: it puts node's own directory, where a real docker may be,
    // before PATH.) `; true`: bash would otherwise exec the last command in its own place.
    const npx = `process.title = 'npm exec docker-memory'; require('node:child_process').spawnSync('sh', ['-c', process.argv[1]], { stdio: 'inherit' })`
    const command = `node ${JSON.stringify(CLI)} ${BIND.join(' ')} --state-file ${JSON.stringify(file)} > /dev/null`
    const r = spawnSync('bash', ['-c', `echo $$; node -e "$0" "$1"; true`, npx, command], { encoding: 'utf8', env: { ...process.env, ...fakeEnv } })
    expect([r.status, r.stderr]).toEqual([0, ''])
    const shell = Number(r.stdout.trim().split('\n')[0])
    const records = Object.values(json('volumes.json')) as Record<string, string>[]
    expect(records.map((l) => Number(l['io.docker-memory.binding.pid']))).toEqual([shell])
    expect(records[0]['io.docker-memory.binding.job']).toBe(`cli/${hostname()}/${shell}`)
    expect((await runNode(CLI, ['release', '--state-file', file], { env: fakeEnv })).code).toBe(0)
  }, 60000)
})

describe('a docker without buildx', () => {
  beforeEach(fakeBuilder)
  test('buildx is asked (buildx ls, then inspect where ls has no --format), and its absence is said, not a failure', async () => {
    const stub = mkdtempSync(join(state, 'stub-'))
    // docker 20.10's answers without the plugin (seen here): `ls --format` is an unknown flag, and `buildx inspect` says it.
    writeFileSync(
      join(stub, 'docker'),
      `#!/bin/sh\necho "$*" >> "${join(stub, 'calls')}"\ncase "$*" in *--format*) echo "unknown flag: --format" >&2; echo "See 'docker --help'." >&2; exit 125;; esac\necho "docker: 'buildx' is not a docker command." >&2\necho "See 'docker --help'" >&2\nexit 1\n`
    )
    chmodSync(join(stub, 'docker'), 0o755)
    const file = join(state, 'none.json')
    const r = await runNode(CLI, [...BIND, '--state-file', file], { env: { ...fakeEnv, PATH: `${stub}:${process.env.PATH}` } })
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toBe(
      "no builder was bound: this machine has no docker buildx (docker: 'buildx' is not a docker command.), so there is no builder to bind\nenforcement: none\n"
    )
    expect(readFileSync(join(stub, 'calls'), 'utf8')).toBe('buildx ls --format json\nbuildx inspect\n')
  })
})
