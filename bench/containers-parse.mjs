// How `containers` parsing grows with the number of lines: 10k and 40k lines through the
// library's parsePlanRequest. Linear work gives a ratio near 4; the quadratic clash check it
// replaced gave about 16 (10k lines took 10.6 s). Target: ratio at most 10, room for a busy machine.
// Usage: npm run bundle && node bench/containers-parse.mjs
import { parsePlanRequest } from '../dist/index.js'

const MAX_RATIO = 10
const lines = (n) => Array.from({ length: n }, (_, i) => `service-${i}=512m`).join('\n')

/** The best of five runs, so a busy machine's pauses do not count as parsing. */
function time(n) {
  const text = lines(n)
  const read = (name) => (name === 'containers' ? text : '')
  let best = Infinity
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint()
    const parsed = parsePlanRequest(read)
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
    if (parsed.containers.length !== n) throw new Error(`parsed ${parsed.containers.length} of ${n} lines`)
  }
  return best
}

const small = time(10_000)
const large = time(40_000)
const ratio = large / small
console.log(`containers: 10k lines ${small.toFixed(1)} ms, 40k lines ${large.toFixed(1)} ms, ratio ${ratio.toFixed(2)} (target ≤ ${MAX_RATIO})`)
if (ratio > MAX_RATIO) process.exitCode = 1
