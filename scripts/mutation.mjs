#!/usr/bin/env node
// `npm run test:mutation`: StrykerJS over the pure core (stryker.config.mjs), then each mutated
// module's score against its floor in mutation-floors.json.
//
//   npm run test:mutation                     every module of src/core (hours on 2 cores)
//   npm run test:mutation -- src/core/x.ts …  those modules
//   npm run test:mutation -- --since REV      the src/core modules changed since REV (CI: the last commit)
//
// A module's floor is the score it was last measured at (mutation-floors.json, written by
// `--record`). A score under its floor fails: a change may not leave more of a module's
// behaviour unpinned than before. Modules not measured yet are reported against the 80 % target
// without failing (most of the core has not been measured: the whole run takes hours here).
// `--since` mutates only the changed modules that have a floor, so CI's cost follows the change.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const FLOORS = 'mutation-floors.json'
const REPORT = 'reports/mutation/mutation.json'
const TARGET = 80

const args = process.argv.slice(2)
const record = args.includes('--record')
const sinceAt = args.indexOf('--since')
let modules = args.filter((a, i) => !a.startsWith('--') && (sinceAt < 0 || i !== sinceAt + 1))
if (sinceAt >= 0) {
  const rev = args[sinceAt + 1]
  if (!rev) fail('--since needs a revision, e.g. --since HEAD~1')
  const changed = git(['diff', '--name-only', '--diff-filter=AMR', rev, 'HEAD', '--', 'src/core'])
  const floored = existsSync(FLOORS) ? JSON.parse(readFileSync(FLOORS, 'utf8')) : {}
  const all = changed.split('\n').filter((f) => f.endsWith('.ts'))
  for (const f of all.filter((f) => floored[f] === undefined)) console.log(`test:mutation: ${f} changed but has no floor yet (not measured); not mutated`)
  modules = all.filter((f) => floored[f] !== undefined)
  if (modules.length === 0) {
    console.log(`test:mutation: no measured module of src/core changed since ${rev}; nothing to mutate.`)
    process.exit(0)
  }
  console.log(`test:mutation: the src/core modules changed since ${rev}: ${modules.join(', ')}`)
}

const stryker = ['stryker', 'run']
if (modules.length > 0) stryker.push('--mutate', modules.join(','))
const run = spawnSync('npx', stryker, { stdio: 'inherit' })
if (run.status !== 0) fail(`stryker exited with ${run.status ?? run.signal}`)
if (!existsSync(REPORT)) fail(`stryker wrote no ${REPORT}`)

const scores = scoresOf(JSON.parse(readFileSync(REPORT, 'utf8')))
const floors = existsSync(FLOORS) ? JSON.parse(readFileSync(FLOORS, 'utf8')) : {}
let failed = 0
for (const [file, s] of Object.entries(scores).sort()) {
  const floor = floors[file]
  const ok = floor === undefined || s.score >= floor
  if (!ok) failed++
  const against = floor === undefined ? `no floor yet; target ${TARGET} %` : `floor ${floor} %, target ${TARGET} %`
  console.log(
    `${ok ? (s.score >= TARGET ? 'ok   ' : 'below') : 'FAIL '} ${file}: ${s.score.toFixed(2)} % (${s.detected} of ${s.valid} mutants detected; ${against})`
  )
  if (record) floors[file] = Math.floor(s.score * 100) / 100
}
const all = Object.values(scores).reduce((t, s) => ({ detected: t.detected + s.detected, valid: t.valid + s.valid }), { detected: 0, valid: 0 })
if (all.valid > 0)
  console.log(`test:mutation: ${((100 * all.detected) / all.valid).toFixed(2)} % of ${all.valid} mutants detected in ${Object.keys(scores).length} module(s)`)
if (record) {
  writeFileSync(FLOORS, `${JSON.stringify(Object.fromEntries(Object.entries(floors).sort()), null, 2)}\n`)
  console.log(`test:mutation: floors recorded in ${FLOORS}`)
} else if (failed > 0) {
  fail(
    `${failed} module(s) under their floor: kill the surviving mutants listed above (or, for a module that changed shape, re-measure it with --record and say why in the commit)`
  )
}

/** Per file: killed and timed-out mutants count as detected; survivors and uncovered ones do not; errors are left out, as Stryker does. */
function scoresOf(report) {
  const out = {}
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length
    const valid = detected + mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').length
    if (valid > 0) out[file] = { detected, valid, score: (100 * detected) / valid }
  }
  return out
}

function git(argv) {
  try {
    return execFileSync('git', argv, { encoding: 'utf8' }).trim()
  } catch {
    fail(`git ${argv.join(' ')} failed`)
  }
}

function fail(message) {
  console.error(`test:mutation: ${message}`)
  process.exit(1)
}
