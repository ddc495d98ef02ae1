// The plan step's whole-process time against `node -e 0` on the same machine, runs
// interleaved so both see the same load. Target (issue 2): ratio ≤ 2.0.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const RUNS = Number(process.env.BENCH_RUNS ?? 25)
const TARGET = 2.0
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const cases = {
  baseline: ['-e', '0'],
  plan: [cli, 'plan', '--format', 'json']
}

function once(args) {
  const start = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const times = { baseline: [], plan: [] }
for (const name of Object.keys(cases)) once(cases[name]) // warm the file cache
for (let i = 0; i < RUNS; i++) {
  for (const name of Object.keys(cases)) times[name].push(once(cases[name]))
}
const base = median(times.baseline)
const plan = median(times.plan)
const ratio = plan / base
console.log(`node -e 0                    median ${base.toFixed(1)} ms (${RUNS} runs)`)
console.log(`docker-memory plan (json)    median ${plan.toFixed(1)} ms (${RUNS} runs)`)
console.log(`plan / node -e 0             ${ratio.toFixed(2)}  (target ≤ ${TARGET.toFixed(1)}: ${ratio <= TARGET ? 'met' : 'MISSED'})`)
process.exit(ratio <= TARGET ? 0 : 1)
