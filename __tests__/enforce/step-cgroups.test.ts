/**
 * The watch of a builder's step cgroups on fixture trees written in the kernel's formats: v1
 * (`/sys/fs/cgroup/memory/docker/buildx/<container id>/buildkit/<step id>`, measured here) and
 * v2 (`<builder scope>/buildkit/<step id>`, FACTS §7), with a fixture /proc for the commands.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { watchStepCgroups } from '../../src/enforce/step-cgroups.js'

const MiB = 1024 * 1024
let root: string
let proc: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dma-step-cg-'))
  proc = join(root, 'proc')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function processes(pids: Record<number, string[]>): void {
  for (const [pid, argv] of Object.entries(pids)) {
    mkdirSync(join(proc, pid), { recursive: true })
    writeFileSync(join(proc, pid, 'cmdline'), argv.join('\0') + '\0')
  }
}

function stepCgroup(parent: string, id: string, files: Record<string, string>): string {
  const dir = join(parent, id)
  mkdirSync(dir, { recursive: true })
  for (const [f, v] of Object.entries(files)) writeFileSync(join(dir, f), v)
  return dir
}

describe('watchStepCgroups', () => {
  test('v1: each step cgroup’s max_usage_in_bytes over its life and its shell’s command; one gone keeps its last reading', () => {
    const parent = join(root, 'sys/fs/cgroup/memory/docker/buildx/0123abcd/buildkit')
    processes({ 4242: ['/bin/sh', '-c', 'head -c 80m /dev/zero | tail > /dev/null'], 4250: ['tail'], 4300: ['/bin/sh', '-c', 'make -j2'] })
    const a = stepCgroup(parent, 'k3v2x9q1', {
      'memory.usage_in_bytes': `${40 * MiB}\n`,
      'memory.max_usage_in_bytes': `${40 * MiB}\n`,
      'cgroup.procs': '4250\n4242\n'
    })
    const w = watchStepCgroups(parent, 1, proc)
    w.tick(1000)
    writeFileSync(join(a, 'memory.max_usage_in_bytes'), `${82 * MiB}\n`)
    stepCgroup(parent, 'p8m1z0r4', { 'memory.usage_in_bytes': `${MiB}\n`, 'memory.max_usage_in_bytes': `${3 * MiB}\n`, 'cgroup.procs': '4300\n' })
    w.tick(2000)
    rmSync(a, { recursive: true })
    w.tick(3000)
    expect(w.visible()).toBe(true)
    expect(w.seen()).toEqual([
      { id: 'k3v2x9q1', firstMs: 1000, lastMs: 2000, peakBytes: 82 * MiB, command: '/bin/sh -c head -c 80m /dev/zero | tail > /dev/null' },
      { id: 'p8m1z0r4', firstMs: 2000, lastMs: 3000, peakBytes: 3 * MiB, command: '/bin/sh -c make -j2' }
    ])
  })

  test('v2: memory.peak where the kernel has it, memory.current where not; runc init is not the step’s command', () => {
    const parent = join(root, 'sys/fs/cgroup/system.slice/docker-0123abcd.scope/buildkit')
    processes({ 700: ['runc', 'init'] })
    stepCgroup(parent, 'withpeak', { 'memory.current': '1048576\n', 'memory.peak': '85983232\n', 'cgroup.procs': '700\n' })
    stepCgroup(parent, 'oldkernel', { 'memory.current': '2097152\n', 'cgroup.procs': '' })
    const w = watchStepCgroups(parent, 2, proc)
    w.tick(10)
    // runc has exec'd the step's shell by the next tick.
    processes({ 700: ['/bin/sh', '-c', 'npm ci'] })
    w.tick(20)
    const seen = new Map(w.seen().map((c) => [c.id, c]))
    expect(seen.get('withpeak')).toEqual({ id: 'withpeak', firstMs: 10, lastMs: 20, peakBytes: 85983232, command: '/bin/sh -c npm ci' })
    expect(seen.get('oldkernel')).toEqual({ id: 'oldkernel', firstMs: 10, lastMs: 20, peakBytes: 2097152, command: null })
  })

  test('a parent that never appears is not visible; files that are not the kernel’s are skipped', () => {
    const parent = join(root, 'nowhere/buildkit')
    const w = watchStepCgroups(parent, 1, proc)
    w.tick(1)
    expect(w.visible()).toBe(false)
    stepCgroup(parent, 'odd', { 'memory.max_usage_in_bytes': 'garbage\n' })
    w.tick(2)
    expect(w.visible()).toBe(true)
    expect(w.seen()).toEqual([])
  })
})
