/**
 * `docker-memory bind` stopped by SIGINT, SIGTERM or SIGHUP at each of its docker calls (the
 * fake docker stalls that call, the signal comes while it hangs), and `release` likewise: the
 * builder keeps the limit a person gave it, the CLI says what it undid in one line and exits
 * 128 + the signal's number, and whatever state file is left, `release` finishes with nothing
 * left behind. A faulty call after the update leaves no false "nothing bound". `npm run bundle` first.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, FAKE_DOCKER_DIR, runNode, type Ran } from '../helpers/build.js'

const MiB = 1024 * 1024
const OWN = { Memory: 100 * MiB, MemorySwap: 100 * MiB }
const EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 }
let state: string
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

/** The CLI with `signal` sent once the fake docker hangs on a call. */
function runUntilStalled(args: string[], signal: NodeJS.Signals): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...fakeEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const watch = setInterval(() => {
      if (existsSync(join(state, 'stalled'))) {
        clearInterval(watch)
        child.kill(signal)
      }
    }, 20)
    child.on('close', (code, sig) => {
      clearInterval(watch)
      done({ code, signal: sig, stdout, stderr })
    })
  })
}

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'dma-cli-bind-sig-'))
  fakeEnv = { PATH: `${FAKE_DOCKER_DIR}:${process.env.PATH}`, FAKE_DOCKER_STATE: state, DOCKER_CONFIG: join(state, 'docker-config'), FAKE_DOCKER_FAULT: '' }
  // A builder a person limited (the fake gives it the captured container's 100 MiB), made current.
  docker('buildx', 'create', '--name', 'ci', '--driver', 'docker-container', '--driver-opt', 'memory=100m', '--use', '--bootstrap')
})
afterEach(() => rmSync(state, { recursive: true, force: true }))

describe('docker-memory bind, signalled at each docker call', () => {
  test('the builder keeps its limit, one line says what was undone, and release leaves nothing', async () => {
    const file = join(state, 'binding.json')
    resetFault('fail:100000')
    expect((await runNode(CLI, [...BIND, '--state-file', file], { env: fakeEnv })).code).toBe(0)
    const calls = Number(readFileSync(join(state, 'fault-count'), 'utf8'))
    expect(limits()).toEqual({ Memory: 80 * MiB, MemorySwap: 80 * MiB })
    resetFault('')
    expect((await runNode(CLI, ['release', '--state-file', file], { env: fakeEnv })).stdout).toBe(
      'restored builder ci to memory 100 MiB, memory+swap 100 MiB\n'
    )
    expect(calls).toBeGreaterThanOrEqual(9)
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
    for (let call = 1; call <= calls; call++) {
      const signal = signals[call % 3]
      resetFault(`stall:${call}`)
      const r = await runUntilStalled([...BIND, '--state-file', file], signal)
      const where = `${signal} at call ${call}: ${r.stderr}`
      expect([where, r.code, r.stdout]).toEqual([where, EXIT[signal], ''])
      expect(r.stderr).toMatch(new RegExp(`^docker-memory: cancelled \\(${signal}\\) .*(undone: |nothing was changed)[^\\n]*\\n$`))
      expect([where, limits()]).toEqual([where, OWN])
      resetFault('')
      // Undone whole: no state file. Had one stayed, release would finish it.
      if (existsSync(file)) expect((await runNode(CLI, ['release', '--state-file', file], { env: fakeEnv })).code).toBe(0)
      expect([where, existsSync(file), limits(), leftovers()]).toEqual([where, false, OWN, { volumes: [], containers: [] }])
    }
  }, 600000)
})

describe('docker-memory release, signalled at each docker call', () => {
  test('the limit is the bound one or the person’s; the state file stays until a release completes', async () => {
    const file = join(state, 'binding.json')
    resetFault('')
    expect((await runNode(CLI, [...BIND, '--state-file', file], { env: fakeEnv })).code).toBe(0)
    resetFault('fail:100000')
    expect((await runNode(CLI, ['release', '--state-file', file], { env: fakeEnv })).code).toBe(0)
    const calls = Number(readFileSync(join(state, 'fault-count'), 'utf8'))
    for (let call = 1; call <= calls; call++) {
      resetFault('')
      expect((await runNode(CLI, [...BIND, '--state-file', file], { env: fakeEnv })).code).toBe(0)
      resetFault(`stall:${call}`)
      const r = await runUntilStalled(['release', '--state-file', file], 'SIGTERM')
      const where = `SIGTERM at call ${call}: ${r.stderr}`
      expect([where, [OWN, { Memory: 80 * MiB, MemorySwap: 80 * MiB }]]).toEqual([where, expect.arrayContaining([limits()])])
      if (r.code !== 0) {
        expect([where, r.code, existsSync(file)]).toEqual([where, 143, true])
        expect(r.stderr).toMatch(/^docker-memory: release cancelled \(SIGTERM\).*; the state file stays for the next release\n$/)
        resetFault('')
        expect((await runNode(CLI, ['release', '--state-file', file], { env: fakeEnv })).code).toBe(0)
      }
      expect([where, existsSync(file), limits(), leftovers()]).toEqual([where, false, OWN, { volumes: [], containers: [] }])
    }
  }, 600000)
})

describe('a call failing after the update (issue 17, 1)', () => {
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
