/** The cgroup edges on fixture directories laid out like the kernel's files (v1 and v2). */
import { afterEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bindCgroup, removeOurCgroup, watchCgroup } from '../../src/enforce/cgroup-binding.js'

let dir: string
const tree = (files: Record<string, string>): string => {
  dir = mkdtempSync(join(tmpdir(), 'dma-build-cg-'))
  for (const [f, v] of Object.entries(files)) writeFileSync(join(dir, f), v)
  return dir
}
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

describe('watchCgroup', () => {
  test('v2: samples usage over time, reads memory.peak and counts the OOM kills of the build only', async () => {
    const d = tree({ 'memory.current': '1000\n', 'memory.peak': '5000\n', 'memory.events': 'oom 1\noom_kill 1\n' })
    const w = watchCgroup(d, 2, 5)
    await sleep(30)
    writeFileSync(join(d, 'memory.current'), '3000\n')
    writeFileSync(join(d, 'memory.events'), 'oom 3\noom_kill 3\n')
    await sleep(30)
    const r = w.stop()
    expect(r.peakBytes).toBe(5000)
    expect(r.peakSource).toBe(join(d, 'memory.peak'))
    expect(r.oomKills).toBe(2)
    expect(r.samples[0].bytes).toBe(1000)
    expect(r.samples[r.samples.length - 1].bytes).toBe(3000)
    expect(r.samples.map((s) => s.tMs)).toEqual([...r.samples.map((s) => s.tMs)].sort((a, b) => a - b))
  })

  test('v1: no kill count (the parent never counts its children’s), peak from max_usage_in_bytes', () => {
    const d = tree({
      'memory.usage_in_bytes': '10\n',
      'memory.max_usage_in_bytes': '104857600\n',
      'memory.oom_control': 'oom_kill_disable 0\nunder_oom 0\noom_kill 0\n'
    })
    const r = watchCgroup(d, 1, 1000).stop()
    expect(r).toMatchObject({ peakBytes: 104857600, oomKills: null })
  })

  test('a long build keeps at most 600 samples, thinning evenly', async () => {
    const d = tree({ 'memory.current': '1\n' })
    let ticks = 0
    // The first sample is taken before watchCgroup returns: its time is at most this call's.
    const calledAt = Date.now()
    const w = watchCgroup(d, 2, 0, () => ticks++)
    const returnedAfterMs = Date.now() - calledAt
    // ~1 ms ticks for at least 2.5 s and at least 1,250 ticks: well past 600 samples unless they
    // are thinned. Counted, not assumed from the clock: under load a tick can take far longer
    // than 1 ms, and 2.5 s alone could then end with fewer than 600 ticks.
    await sleep(2500)
    while (ticks < 1250) await sleep(20)
    const r = w.stop()
    expect(r.samples.length).toBeGreaterThanOrEqual(300)
    expect(r.samples.length).toBeLessThanOrEqual(600)
    // thinning keeps the whole build in view, not only its start: the first sample stays (a
    // bound from the call itself, not a fixed 100 ms, which a starved worker once took 288 ms
    // to reach), the last is from past the sleep
    expect(r.samples[0].tMs).toBeLessThanOrEqual(returnedAfterMs)
    expect(r.samples[r.samples.length - 1].tMs).toBeGreaterThan(2000)
  })
})

describe('bindCgroup', () => {
  test('v1: writes memory then memsw, reads back, resets the peak, restores swap first', () => {
    const unlimited = '9223372036854771712\n'
    const d = tree({ 'memory.limit_in_bytes': unlimited, 'memory.memsw.limit_in_bytes': unlimited, 'memory.max_usage_in_bytes': '999\n' })
    const b = bindCgroup(d, 1, 100 * 1024 * 1024, 150 * 1024 * 1024)
    expect(readFileSync(join(d, 'memory.limit_in_bytes'), 'utf8')).toBe(String(100 * 1024 * 1024))
    expect(readFileSync(join(d, 'memory.memsw.limit_in_bytes'), 'utf8')).toBe(String(150 * 1024 * 1024))
    expect(readFileSync(join(d, 'memory.max_usage_in_bytes'), 'utf8')).toBe('0')
    expect(b.swapUnbound).toBe(false)
    b.restore()
    expect(readFileSync(join(d, 'memory.limit_in_bytes'), 'utf8')).toBe('-1')
    expect(readFileSync(join(d, 'memory.memsw.limit_in_bytes'), 'utf8')).toBe('-1')
  })

  test('v2 without swap accounting: memory bound, swap said to be unbound, previous limit restored', () => {
    const d = tree({ 'memory.max': '2147483648\n' })
    const b = bindCgroup(d, 2, 100 * 1024 * 1024, 100 * 1024 * 1024)
    expect(b.swapUnbound).toBe(true)
    b.restore()
    expect(readFileSync(join(d, 'memory.max'), 'utf8')).toBe('2147483648')
  })

  test('a limit that does not read back is refused', () => {
    // /dev/null takes the write and reads back nothing, as a file that ignores the limit would.
    const d = tree({})
    symlinkSync('/dev/null', join(d, 'memory.max'))
    expect(() => bindCgroup(d, 2, 100 * 1024 * 1024, 100 * 1024 * 1024)).toThrow(`${join(d, 'memory.max')} reads back nothing after writing 100 MiB`)
  })

  test('a limit that cannot be written is refused with the errno, the file untouched', () => {
    const d = tree({})
    symlinkSync('/proc/version', join(d, 'memory.max'))
    const before = readFileSync('/proc/version', 'utf8')
    expect(() => bindCgroup(d, 2, 100 * 1024 * 1024, 100 * 1024 * 1024)).toThrow(/^cannot write .*memory\.max \(E[A-Z]+\)$/)
    expect(readFileSync('/proc/version', 'utf8')).toBe(before)
  })

  test('a missing limit file is refused with its path', () => {
    const d = tree({})
    expect(() => bindCgroup(d, 1, 100, 100)).toThrow(`${join(d, 'memory.limit_in_bytes')} cannot be read`)
  })
})

describe('removeOurCgroup', () => {
  test('removes empty children first, then the parent; absent is fine', async () => {
    const d = tree({})
    mkdirSync(join(d, 'step'))
    expect(await removeOurCgroup(d, 2)).toBe(true)
    expect(existsSync(d)).toBe(false)
    expect(await removeOurCgroup(d, 1)).toBe(true)
  })
})
