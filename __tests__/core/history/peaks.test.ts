import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { InputError } from '../../../src/core/errors.js'
import {
  buildKey,
  emptyHistory,
  GITHUB_RUNNERS,
  headroomFor,
  HistoryFormatError,
  knownPeak,
  MAX_KEYS,
  neededBuildBytes,
  parseHistory,
  parseHistoryKey,
  parsePeak,
  PEAKS_PER_KEY,
  runnerName,
  salvageHistory,
  serializeHistory,
  smallestRunnerFor,
  withPeak
} from '../../../src/core/history/peaks.js'
import { plan } from '../../../src/core/plan/plan.js'
import { planSummary } from '../../../src/core/render/summary.js'
import { GiB, MiB } from '../../../src/core/units.js'
import { machine as machineWith, request } from '../../helpers/machine.js'

const fixture = (name: string): string => readFileSync(`__tests__/fixtures/history/${name}`, 'utf8')

// A 16 GiB local machine with no Docker: the plan's own test helpers, outside any CI.
const machine = machineWith({
  memory: { totalBytes: 16 * GiB, availableBytes: 14 * GiB, swapTotalBytes: 0, swapFreeBytes: 0 },
  runner: { ci: 'local', ciName: 'no CI (local)', environment: null, name: null, os: null, arch: null, inContainer: false, containerHint: null }
})

describe('the history file format', () => {
  test('a v1 file reads back to the same history', () => {
    const history = parseHistory(fixture('history-v1.json'))
    expect(Object.keys(history.builds)).toEqual(['web', 'dockerfile-0123456789abcdef'])
    expect(history.builds.web.peaks.map((p) => p.bytes)).toEqual([2 * GiB, 3 * GiB, 512 * MiB])
    expect(parseHistory(serializeHistory(history))).toEqual(history)
  })

  test.each([
    ['truncated.json', 'corrupt', /not JSON/],
    ['negative-peak.json', 'corrupt', /malformed peak for web/],
    ['newer.json', 'newer', /version 2, written by a newer/]
  ])('%s is refused as %s', (name, kind, message) => {
    try {
      parseHistory(fixture(name))
      throw new Error('parsed')
    } catch (e) {
      expect(e).toBeInstanceOf(HistoryFormatError)
      expect((e as HistoryFormatError).kind).toBe(kind)
      expect((e as Error).message).toMatch(message)
    }
  })

  test.each(['null', '[]', '{}', '{"version":1}', '{"version":1,"builds":{"a":{}}}', '{"version":0,"builds":{}}'])('%s is corrupt', (text) => {
    expect(() => parseHistory(text)).toThrow(HistoryFormatError)
  })

  test('anything at all either parses to a valid history or throws HistoryFormatError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          const h = parseHistory(text)
          expect(h.version).toBe(1)
        } catch (e) {
          expect(e).toBeInstanceOf(HistoryFormatError)
        }
      })
    )
  })
})

describe('recording peaks', () => {
  test('the known peak is the highest recorded, not the latest', () => {
    // The fixture's latest run peaked at 512 MiB (a warm cache); the plan must still cover 3 GiB.
    expect(knownPeak(parseHistory(fixture('history-v1.json')), 'web')).toEqual({ key: 'web', bytes: 3 * GiB, runs: 3 })
    expect(knownPeak(emptyHistory(), 'web')).toBeNull()
  })

  test(`only the last ${PEAKS_PER_KEY} peaks of a key are kept`, () => {
    let h = emptyHistory()
    for (let i = 1; i <= PEAKS_PER_KEY + 3; i++) h = withPeak(h, 'web', i * GiB, `2026-11-${String(i).padStart(2, '0')}T00:00:00Z`)
    expect(h.builds.web.peaks).toHaveLength(PEAKS_PER_KEY)
    expect(h.builds.web.peaks[0].bytes).toBe(4 * GiB)
    expect(knownPeak(h, 'web')?.bytes).toBe((PEAKS_PER_KEY + 3) * GiB)
  })

  test(`beyond ${MAX_KEYS} keys the least recently recorded is dropped`, () => {
    let h = emptyHistory()
    for (let i = 0; i <= MAX_KEYS; i++) h = withPeak(h, `k${i}`, GiB, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString())
    h = withPeak(h, 'k0', GiB, '2027-01-01T00:00:00.000Z')
    expect(Object.keys(h.builds)).toHaveLength(MAX_KEYS)
    expect(h.builds.k0).toBeDefined()
    expect(h.builds.k1).toBeUndefined()
  })

  test('recording leaves the history it was given alone', () => {
    const before = parseHistory(fixture('history-v1.json'))
    const copy = structuredClone(before)
    withPeak(before, 'web', 9 * GiB, '2026-11-23T00:00:00Z')
    expect(before).toEqual(copy)
  })
})

describe('headroom', () => {
  test.each([
    [GiB, GiB + 512 * MiB],
    [2 * GiB, 2.5 * GiB],
    [3 * GiB, 3.75 * GiB],
    [20 * GiB, 25 * GiB]
  ])('a peak of %d bytes needs %d', (peak, needed) => {
    expect(neededBuildBytes(peak)).toBe(needed)
  })

  test('is never below 512 MiB nor a quarter of the peak', () => {
    fc.assert(
      fc.property(fc.integer({ min: MiB, max: 1024 * GiB }), (peak) => {
        expect(headroomFor(peak)).toBeGreaterThanOrEqual(512 * MiB)
        expect(headroomFor(peak)).toBeGreaterThanOrEqual(peak / 4)
      })
    )
  })
})

describe('build keys', () => {
  const dockerfile = 'FROM scratch\nCOPY busybox /bin/busybox\n'

  test('the same build gets the same key, whatever the line endings or platform order', () => {
    const key = buildKey({ dockerfile, platforms: 'linux/amd64,linux/arm64' })
    expect(key).toMatch(/^dockerfile-[0-9a-f]{16}$/)
    expect(buildKey({ dockerfile: dockerfile.replace(/\n/g, '\r\n'), platforms: ['linux/arm64', ' linux/amd64'] })).toBe(key)
  })

  test.each([[{ dockerfile: dockerfile + 'RUN true\n' }], [{ dockerfile, target: 'test' }], [{ dockerfile, platforms: 'linux/arm64' }]])(
    'a different Dockerfile, target or platform is a different build: %j',
    (parts) => {
      expect(buildKey(parts)).not.toBe(buildKey({ dockerfile }))
    }
  )

  test.each(['web', 'org/app:main', 'api@v2', 'dockerfile-0123456789abcdef'])('%s is a valid key', (key) => {
    expect(parseHistoryKey(key)).toBe(key)
  })

  test.each(['', 'two words', '-x', 'a\nb', 'x'.repeat(201)])('%j is refused with one line', (key) => {
    expect(() => parseHistoryKey(key, '--key')).toThrow(InputError)
    expect(() => parseHistoryKey(key, '--key')).toThrow(/^--key "/)
  })

  test.each([
    ['3g', 3 * GiB],
    ['2500m', 2500 * MiB]
  ])('peak %s', (text, bytes) => {
    expect(parsePeak(text)).toBe(bytes)
  })

  test.each([
    ['3', /did you mean 3g/],
    ['lots', /not a size/]
  ])('peak %s is refused', (text, message) => {
    expect(() => parsePeak(text, '--peak')).toThrow(message)
  })
})

describe('runner sizes', () => {
  test.each([
    [4 * GiB, 'ubuntu-latest'],
    [14.9 * GiB, 'ubuntu-latest'],
    [15 * GiB, 'a larger runner with 8 CPUs'],
    [100 * GiB, 'a larger runner with 32 CPUs']
  ])('%d bytes need %s', (bytes, label) => {
    expect(smallestRunnerFor(bytes)?.label).toBe(label)
  })

  test('no runner without Docker is ever suggested, and none past the largest', () => {
    expect(smallestRunnerFor(GiB)?.docker).toBe(true)
    expect(smallestRunnerFor(1000 * GiB)).toBeNull()
    expect(GITHUB_RUNNERS.find((r) => r.label === 'ubuntu-slim')?.docker).toBe(false)
  })
})

describe('plan with a known peak', () => {
  const peak3g = { key: 'web', bytes: 3 * GiB, runs: 2 }

  test('a 16 GiB machine plans the profile, which is above the peak plus headroom, and says so', () => {
    const p = plan(machine, request({ knownPeak: peak3g }))
    expect(p.status).toBe('ok')
    expect(p.build.bytes).toBe(8 * GiB)
    expect(p.build.source).toBe('profile')
    expect(p.history).toMatchObject({ key: 'web', peakBytes: 3 * GiB, neededBuildBytes: 3.75 * GiB, fits: true })
    expect(p.history?.runner?.label).toBe('ubuntu-latest')
  })

  test('when the profile gives less than the peak plus headroom, the build gets the peak plus headroom', () => {
    const p = plan(machine, request({ knownPeak: { key: 'big', bytes: 9 * GiB, runs: 1 } }))
    expect(p.status).toBe('ok')
    expect(p.build.source).toBe('history')
    expect(p.build.bytes).toBe(neededBuildBytes(9 * GiB))
    expect(p.build.bytes).toBeGreaterThan(p.build.profileBytes)
  })

  test('a machine smaller than the peak fails the plan before building and names the runner that fits', () => {
    const p = plan(machine, request({ knownPeak: peak3g, totalMemoryBytes: 2 * GiB }))
    expect(p.status).toBe('insufficient')
    expect(p.history?.fits).toBe(false)
    expect(p.problems).toHaveLength(1)
    expect(p.problems[0].message).toMatch(/peaked at 3 GiB before \(web\).*OOM-killed/)
    expect(p.problems[0].fix).toMatch(/at least 4\.75 GiB; the smallest GitHub-hosted runner with that is ubuntu-latest \(4 CPUs, 16 GB\)/)
  })

  test('a machine that fits the peak but not all the headroom gives the build all it can', () => {
    const p = plan(machine, request({ knownPeak: peak3g, totalMemoryBytes: 4 * GiB }))
    expect(p.status).toBe('ok')
    expect(p.build.bytes).toBe(3 * GiB)
    expect(p.build.source).toBe('history')
    expect(p.reasons.join('\n')).toMatch(/less headroom than planned; a machine with 4\.75 GiB gives it all/)
  })

  test('the reasons say where the limit came from', () => {
    expect(plan(machine, request({ knownPeak: peak3g })).reasons).toContain(
      'This build (web) peaked at 3 GiB (the highest of its last 2 recorded runs); with 768 MiB headroom it needs a build limit of 3.75 GiB.'
    )
    expect(plan(machine, request({ knownPeak: { ...peak3g, runs: 1 } })).reasons.join('\n')).toContain('peaked at 3 GiB (its one recorded run)')
  })

  test('an explicit build-memory above the peak but short of the headroom is allowed, with a reason', () => {
    const p = plan(machine, request({ knownPeak: peak3g, buildMemory: { kind: 'bytes', bytes: 3.5 * GiB } }))
    expect(p.status).toBe('ok')
    expect(p.reasons).toContain('build-memory 3.5 GiB holds the known peak but less than the planned headroom; 3.75 GiB would hold it all.')
  })

  test('an explicit build-memory below the known peak is a problem', () => {
    const p = plan(machine, request({ knownPeak: peak3g, buildMemory: { kind: 'bytes', bytes: 2 * GiB } }))
    expect(p.status).toBe('insufficient')
    expect(p.problems[0].message).toMatch(/build-memory 2 GiB is below the 3 GiB this build peaked at/)
  })

  test('containers count against the machine the build needs', () => {
    const p = plan(machine, request({ knownPeak: peak3g, containers: [{ name: 'redis', bytes: 2 * GiB }] }))
    expect(p.history?.requiredTotalBytes).toBe(3.75 * GiB + 2 * GiB + GiB)
  })

  test('planning again for the machine it names gives the build exactly the peak plus headroom', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64 * MiB, max: 400 * GiB }), fc.option(fc.integer({ min: 256 * MiB, max: 16 * GiB })), (peakBytes, reserve) => {
        const knownPeak = { key: 'k', bytes: peakBytes, runs: 1 }
        const first = plan(machine, request({ knownPeak, totalMemoryBytes: 256 * MiB, reserveMemoryBytes: reserve }))
        const total = first.history!.requiredTotalBytes
        const again = plan(machine, request({ knownPeak, profile: 'conservative', totalMemoryBytes: total, reserveMemoryBytes: reserve }))
        expect(again.history?.fits).toBe(true)
        expect(again.build.bytes).toBeGreaterThanOrEqual(neededBuildBytes(peakBytes))
        const smaller = plan(machine, request({ knownPeak, profile: 'conservative', totalMemoryBytes: total - MiB, reserveMemoryBytes: reserve }))
        expect(smaller.build.bytes).toBeLessThan(neededBuildBytes(peakBytes))
      })
    )
  })

  test('without a known peak the plan is what it always was', () => {
    const p = plan(machine, request())
    expect(p.history).toBeUndefined()
    expect(p.build.source).toBe('profile')
  })
})

describe('matrix planning without history', () => {
  test('a build-memory larger than the machine names the machine and the runner that would hold it', () => {
    const p = plan(machine, request({ buildMemory: { kind: 'bytes', bytes: 20 * GiB }, totalMemoryBytes: 16 * GiB }))
    expect(p.status).toBe('insufficient')
    expect(p.problems[0].fix).toMatch(
      /or use a machine with at least 22\.2 GiB; the smallest GitHub-hosted runner with that is a larger runner with 8 CPUs \(32 GB\)$/
    )
  })

  test('past the largest runner it says none is that large', () => {
    const p = plan(machine, request({ buildMemory: { kind: 'bytes', bytes: 500 * GiB }, totalMemoryBytes: 16 * GiB }))
    expect(p.problems[0].fix).toMatch(/; no GitHub-hosted runner is that large$/)
  })
})

describe('the job summary', () => {
  test('shows what history asked of the runner, so a matrix of summaries names the runner a build needs', () => {
    const md = planSummary(plan(machine, request({ knownPeak: { key: 'web', bytes: 9 * GiB, runs: 3 } })), machine)
    expect(md).toContain(
      '**Learned from history:** peak 9 GiB (web, 3 runs) needs a build limit of 11.3 GiB and a machine with 12.5 GiB: fits this one; smallest runner: ubuntu-latest (4 CPUs, 16 GB).'
    )
    expect(md).toMatch(/\| 3 · Build \| 11\.3 GiB \| known peak \+ headroom \|/)
  })
})

describe('what a history file may hold, entry by entry (salvageHistory)', () => {
  const file = (builds: unknown, version: unknown = 1): string => JSON.stringify({ version, builds })
  const refusal = (text: string): [string, string] => {
    try {
      salvageHistory(text)
    } catch (e) {
      return [(e as HistoryFormatError).kind, (e as Error).message]
    }
    throw new Error('salvaged')
  }

  test('what is not a v1 history at all is refused, each with its reason', () => {
    expect(refusal('{')).toEqual(['corrupt', 'is not JSON'])
    expect(refusal('[]')).toEqual(['corrupt', 'has no version'])
    expect(refusal(file({}, '1'))).toEqual(['corrupt', 'has no version'])
    expect(refusal(file({}, 2))).toEqual(['newer', 'is version 2, written by a newer docker-memory'])
    expect(refusal(file({}, 0))).toEqual(['corrupt', 'has no builds'])
    expect(refusal(file([]))).toEqual(['corrupt', 'has no builds'])
  })

  test('a peak needs whole positive bytes and a time; the others are left out and named', () => {
    const at = '2026-12-01T10:00:00Z'
    const { history, dropped } = salvageHistory(
      file({
        web: { peaks: [{ bytes: 0, at }, { bytes: 1.5, at }, { bytes: 7, at: 7 }, { bytes: MiB, at }, 'x', { bytes: -1, at }] },
        api: { peaks: [] },
        db: { peaks: 'none' },
        job: 3
      })
    )
    expect(history).toEqual({ version: 1, builds: { web: { peaks: [{ bytes: MiB, at }] } } })
    expect(dropped).toEqual([
      'a malformed peak for web',
      'a malformed peak for web',
      'a malformed peak for web',
      'a malformed peak for web',
      'a malformed peak for web',
      'no peaks for db',
      'no peaks for job'
    ])
  })

  test('step peaks: each needs an instruction of at most 1000 characters, a platform or null, positive whole bytes', () => {
    const at = '2026-12-01T10:00:00Z'
    const good = [
      { instruction: 'RUN make', platform: null, bytes: 5 * MiB },
      { instruction: 'x'.repeat(1000), platform: 'linux/arm64', bytes: 1 }
    ]
    const bad = [
      { instruction: 'x'.repeat(1001), platform: null, bytes: 1 },
      { instruction: 'RUN a', platform: 7, bytes: 1 },
      { instruction: 'RUN a', platform: null, bytes: 0 },
      { instruction: 'RUN a', platform: null, bytes: 2.5 },
      { instruction: 7, platform: null, bytes: 1 },
      { platform: null, bytes: 1 },
      null,
      'RUN a'
    ]
    for (const step of bad) {
      const { history, dropped } = salvageHistory(file({ web: { peaks: [{ bytes: 9 * MiB, at, steps: [...good, step] }] } }))
      expect(history.builds.web.peaks).toEqual([{ bytes: 9 * MiB, at, steps: good }])
      expect(dropped).toEqual(['a malformed step peak for web'])
    }
    // No steps at all, or steps that are not a list: the peak stands, without steps, and nothing is named.
    for (const steps of [undefined, 'RUN a', []]) {
      expect(salvageHistory(file({ web: { peaks: [{ bytes: 9 * MiB, at, steps }] } }))).toEqual({
        history: { version: 1, builds: { web: { peaks: [{ bytes: 9 * MiB, at }] } } },
        dropped: []
      })
    }
  })

  test('parseHistory refuses a file with anything left out, naming the first', () => {
    expect(() => parseHistory(file({ web: { peaks: [] }, api: 1 }))).toThrow('has no peaks for api')
  })

  test('serialised with two spaces and a final newline', () => {
    expect(serializeHistory(emptyHistory())).toBe('{\n  "version": 1,\n  "builds": {}\n}\n')
  })
})

describe('recording peaks, at the caps', () => {
  const at = (i: number): string => `2026-12-01T10:${String(i % 60).padStart(2, '0')}:00Z`

  test('step peaks are kept with the peak; none given, no steps key', () => {
    const steps = [{ instruction: 'RUN make', platform: null, bytes: 5 * MiB }]
    expect(withPeak(emptyHistory(), 'web', 9 * MiB, at(1), steps).builds.web.peaks).toEqual([{ bytes: 9 * MiB, at: at(1), steps }])
    expect(withPeak(emptyHistory(), 'web', 9 * MiB, at(1)).builds.web.peaks[0]).toEqual({ bytes: 9 * MiB, at: at(1) })
  })

  test(`exactly ${MAX_KEYS} keys are all kept; one more drops the one recorded longest ago, wherever it is listed`, () => {
    let h = emptyHistory()
    for (let i = 0; i < MAX_KEYS; i++) h = withPeak(h, `k${i}`, MiB, `2026-12-01T10:00:00.${String(MAX_KEYS - i).padStart(4, '0')}Z`)
    expect(Object.keys(h.builds)).toHaveLength(MAX_KEYS)
    // k0 was recorded with the latest time although first: the oldest by time is the last listed.
    const next = withPeak(h, 'new', MiB, '2026-12-02T00:00:00Z')
    expect(Object.keys(next.builds)).toHaveLength(MAX_KEYS)
    expect(next.builds[`k${MAX_KEYS - 1}`]).toBeUndefined()
    expect(next.builds.k0).toBeDefined()
    expect(next.builds.new).toBeDefined()
  })
})

describe('runner sizes, at the edges', () => {
  test('a runner fits a need equal to what it shows (decimal GB)', () => {
    expect(smallestRunnerFor(16e9)?.label).toBe('ubuntu-latest')
    expect(smallestRunnerFor(16e9 + 1)?.label).toBe('a larger runner with 8 CPUs')
  })
  test('by architecture: arm64 has only its one standard runner', () => {
    expect(smallestRunnerFor(GiB, 'arm64')?.label).toBe('ubuntu-24.04-arm')
    expect(smallestRunnerFor(20 * GiB, 'arm64')).toBeNull()
    expect(smallestRunnerFor(GiB, 'x64')?.label).toBe('ubuntu-latest')
  })
  test('the table lists the runners with Docker from the smallest up, so the first that fits is the smallest', () => {
    const sizes = GITHUB_RUNNERS.filter((r) => r.docker).map((r) => r.memoryGB)
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b))
  })
  test('names: a standard runner with its CPUs, a larger one with its memory', () => {
    expect(runnerName(GITHUB_RUNNERS.find((r) => r.label === 'ubuntu-latest')!)).toBe('ubuntu-latest (4 CPUs, 16 GB)')
    expect(runnerName(GITHUB_RUNNERS.find((r) => r.larger)!)).toBe('a larger runner with 8 CPUs (32 GB)')
  })
})

describe('build keys and given keys, in detail', () => {
  const dockerfile = 'FROM scratch\n'
  test('platforms as a list or a comma string, blanks and order ignored; the target trimmed', () => {
    const key = buildKey({ dockerfile, target: 'test', platforms: ['linux/amd64', 'linux/arm64'] })
    expect(buildKey({ dockerfile, target: ' test ', platforms: 'linux/arm64, ,linux/amd64' })).toBe(key)
    expect(buildKey({ dockerfile, target: 'test', platforms: [' linux/arm64', '', 'linux/amd64'] })).toBe(key)
    expect(key).toMatch(/^dockerfile-[0-9a-f]{16}$/)
  })
  test('the Dockerfile, the target and the platforms never run into each other', () => {
    expect(buildKey({ dockerfile: 'ab', target: '' })).not.toBe(buildKey({ dockerfile: 'a', target: 'b' }))
    expect(buildKey({ dockerfile: 'a', target: 'b' })).not.toBe(buildKey({ dockerfile: 'a', platforms: 'b' }))
    expect(buildKey({ dockerfile: 'a', target: 'bc' })).not.toBe(buildKey({ dockerfile: 'a', target: 'b', platforms: 'c' }))
  })
  test('a given key is trimmed; a peak of exactly 1 MiB is accepted, one byte less is not', () => {
    expect(parseHistoryKey(' web \n')).toBe('web')
    expect(() => parseHistoryKey('a b')).toThrow('history key "a b" must be 1 to 200 letters')
    expect(parsePeak('1m')).toBe(MiB)
    expect(() => parsePeak(String(MiB - 1))).toThrow(`peak "${MiB - 1}" is below 1 MiB`)
  })
})
