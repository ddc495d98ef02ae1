/**
 * Any bytes at all, as a log or a kernel log: the parsers never throw, and what they keep is
 * bounded whatever the input's size. Inputs are real captures cut, spliced and salted with
 * random bytes, so the parsers' paths are reached, not only their first check.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { BuildLogAnalyzer, LINE_CAP, MAX_STEPS } from '../../../src/core/explain/build-log.js'
import { parseDmesg } from '../../../src/core/explain/dmesg.js'
import { fixture } from './helpers.js'
import { runs } from '../../helpers/runs.js'

const SEEDS = {
  plain: fixture('captured/buildx-0.28-docker-container-oom.plain.log') + fixture('captured/buildx-0.28-docker-container-killed-but-passed.plain.log'),
  rawjson: fixture('captured/buildx-0.28-docker-container-oom.rawjson.log'),
  legacy: fixture('captured/legacy-docker-28-client-engine-20.10-oom.log'),
  dmesg: fixture('captured/dmesg-memcg-oom-cgroupv1.txt')
}

/** A seed cut at random places, pieces reordered, random bytes between them. */
function mangled(seed: string): fc.Arbitrary<Uint8Array> {
  const bytes = Buffer.from(seed)
  const piece = fc.oneof(
    fc.tuple(fc.nat(bytes.length), fc.nat(400)).map(([at, n]) => new Uint8Array(bytes.subarray(at, at + n))),
    fc.uint8Array({ maxLength: 64 }),
    fc.constantFrom(
      ...['\n', '#1 DONE 0.0s\n', '#7 ', 'Killed', '>>>', '{"vertexes":[', 'Step 1/2 : ', '\r\n', '\u00ff'].map((s) => new Uint8Array(Buffer.from(s)))
    )
  )
  return fc.array(piece, { maxLength: 60 }).map((pieces) => new Uint8Array(Buffer.concat(pieces)))
}

function analyzeInChunks(input: Uint8Array, size: number) {
  const analyzer = new BuildLogAnalyzer()
  for (let i = 0; i < input.length; i += size) analyzer.push(input.subarray(i, i + size))
  return analyzer.endBuilds()
}

describe.each(['plain', 'rawjson', 'legacy'] as const)('%s logs: any bytes', (kind) => {
  test('never throw, and give the same builds whatever the chunk size', () => {
    fc.assert(
      fc.property(mangled(SEEDS[kind]), fc.integer({ min: 1, max: 5000 }), (input, size) => {
        const whole = analyzeInChunks(input, input.length + 1)
        expect(analyzeInChunks(input, size)).toEqual(whole)
        expect(whole.length).toBeGreaterThan(0)
      }),
      { numRuns: runs(300) }
    )
  })

  test('retained state stays bounded on huge inputs: kept text is capped per line, steps per build', () => {
    fc.assert(
      fc.property(mangled(SEEDS[kind]), fc.integer({ min: 50, max: 200 }), (input, times) => {
        const analyzer = new BuildLogAnalyzer()
        // The same bytes again and again, with and without newlines: tens of megabytes.
        const big = Buffer.concat(Array.from({ length: times }, () => input))
        for (let i = 0; i < 40; i++) analyzer.push(big)
        for (const build of analyzer.endBuilds()) {
          expect(build.steps.length).toBeLessThanOrEqual(MAX_STEPS)
          for (const s of build.steps) {
            expect(s.name.length).toBeLessThanOrEqual(LINE_CAP)
            expect((s.error ?? '').length).toBeLessThanOrEqual(LINE_CAP)
          }
          expect((build.finalError ?? '').length).toBeLessThanOrEqual(LINE_CAP)
        }
      }),
      { numRuns: runs(6) }
    )
  })
})

describe('dmesg: any bytes', () => {
  test('never throws, and every kill it gives has a pid and a time', () => {
    fc.assert(
      fc.property(mangled(SEEDS.dmesg), (input) => {
        for (const k of parseDmesg(Buffer.from(input).toString('utf8'))) {
          expect(Number.isFinite(k.timeSec)).toBe(true)
          expect(Number.isInteger(k.pid)).toBe(true)
        }
      }),
      { numRuns: runs(500) }
    )
  })

  // No clock: a scan that is not linear would take hours over 5.2 MB, and the test's timeout would
  // end it; how fast the linear one is belongs to bench/ (a 2 s limit here failed under load).
  test('one huge line without a newline is read in linear time', () => {
    const line = `[1.0] oom-kill:constraint=CONSTRAINT_MEMCG${',oom_memcg=/x'.repeat(400_000)}`
    expect(parseDmesg(line)).toEqual([])
  })
})
