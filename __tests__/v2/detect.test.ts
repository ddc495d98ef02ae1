/**
 * Detection on cgroup v2 + systemd: the plan sees the memory.max of the cgroup the CLI runs in
 * — a systemd scope with MemoryMax= (a job given a memory limit), a service with MemoryMax=
 * (GitHub's runner runs the job's steps inside its own service's cgroup) — and the whole VM's
 * memory when nothing limits it. The CLI runs as a user runs it: the bundle, dist/cli.js.
 */
import { expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { CLI } from '../helpers/build.js'

const MiB = 1024 * 1024
const memTotal = Number(/MemTotal:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]) * 1024

interface Planned {
  totalMemoryBytes: number
  totalMemorySource: string
  cgroupLimitBytes: number | null
  /** The CLI's own cgroup, from /proc/self/cgroup. */
  cgroup: string
}

/** `plan --no-docker --on-insufficient warn --format json` started by `wrap` (a systemd-run command line, or nothing). */
function plan(wrap: string[]): Planned {
  // warn: a 1 GiB machine does not fit the default plan (exit 2); the figures are what is checked.
  const script = `sed 's/^0:://' /proc/self/cgroup >&2; exec ${process.execPath} ${CLI} plan --no-docker --on-insufficient warn --format json`
  const argv = [...wrap, 'sh', '-c', script]
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`)
  return { ...(JSON.parse(r.stdout) as Omit<Planned, 'cgroup'>), cgroup: r.stderr.trim() }
}

test('in a systemd scope with MemoryMax=1536M, the plan is for 1.5 GiB', () => {
  const unit = `dma-v2-scope-${process.pid}`
  const p = plan(['systemd-run', '--quiet', '--scope', `--unit=${unit}`, '-p', 'MemoryMax=1536M'])
  expect(p.cgroup).toBe(`/system.slice/${unit}.scope`)
  expect(p).toMatchObject({ totalMemorySource: 'cgroup', cgroupLimitBytes: 1536 * MiB, totalMemoryBytes: 1536 * MiB })
})

test('in a service with MemoryMax=1G (the runner’s layout: steps in the runner service’s cgroup), the plan is for 1 GiB', () => {
  const unit = `dma-v2-runner-${process.pid}`
  const p = plan(['systemd-run', '--quiet', '--wait', '--pipe', '--collect', `--unit=${unit}`, '-p', 'MemoryMax=1G'])
  expect(p.cgroup).toBe(`/system.slice/${unit}.service`)
  expect(p).toMatchObject({ totalMemorySource: 'cgroup', cgroupLimitBytes: 1024 * MiB, totalMemoryBytes: 1024 * MiB })
})

test('a limit on the parent slice binds a service under it: the plan takes the lowest limit on the way up', () => {
  const slice = `dmav2${process.pid}.slice`
  const unit = `dma-v2-sliced-${process.pid}`
  const file = `/run/systemd/system/${slice}`
  writeFileSync(file, '[Slice]\nMemoryMax=768M\n')
  try {
    expect(spawnSync('systemctl', ['daemon-reload']).status).toBe(0)
    const p = plan(['systemd-run', '--quiet', '--wait', '--pipe', '--collect', `--unit=${unit}`, `--slice=${slice}`, '-p', 'MemoryMax=2G'])
    expect(p.cgroup).toBe(`/${slice}/${unit}.service`)
    expect(p).toMatchObject({ totalMemorySource: 'cgroup', cgroupLimitBytes: 768 * MiB })
  } finally {
    spawnSync('systemctl', ['stop', slice])
    rmSync(file, { force: true })
    spawnSync('systemctl', ['daemon-reload'])
  }
})

test('without a limit (the runner service of a hosted runner sets none), the plan is for the whole VM', () => {
  const unit = `dma-v2-free-${process.pid}`
  const p = plan(['systemd-run', '--quiet', '--wait', '--pipe', '--collect', `--unit=${unit}`])
  expect(p.cgroup).toBe(`/system.slice/${unit}.service`)
  expect(p).toMatchObject({ totalMemorySource: 'physical', cgroupLimitBytes: null, totalMemoryBytes: memTotal })
})
