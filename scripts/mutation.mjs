#!/usr/bin/env node
// `npm run test:mutation`: StrykerJS over the pure core (stryker.config.mjs), then each mutated
// module's score against its floor in mutation-floors.json.
//
//   npm run test:mutation                     every module of src/core (hours on 2 cores)
//   npm run test:mutation -- src/core/x.ts …  those modules
//   npm run test:mutation -- --since REV      the src/core modules changed since REV (CI: the last commit)
//   npm run test:mutation -- --record …       the same, then the measured modules' entries rewritten
//   npm run test:mutation -- --from FILE …    no mutating: the scores of a saved Stryker JSON report
//                                             (with --record: record a run made in batches)
//   npm run test:mutation -- --report         no mutating: the score of src/core as a whole from the
//                                             recorded measurements, and the modules never measured
//
// mutation-floors.json holds, per module of src/core, its last measurement: { "floor": score %,
// "detected": n, "valid": m } (written by `--record`; a module without valid mutants, e.g. types
// only, has { "detected": 0, "valid": 0 } and no floor). A score under its floor fails: a change may
// not leave more of a module's behaviour unpinned than before. The counts make the whole core's
// score a sum (detected over valid, every recorded module). Modules not measured yet are reported
// against the 80 % target without failing. `--since` mutates only the changed modules that have an
// entry, so CI's cost follows the change.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const FLOORS = 'mutation-floors.json'
const REPORT = 'reports/mutation/mutation.json'
const TARGET = 80

const args = process.argv.slice(2)
const record = args.includes('--record')
const floors = readFloors()
if (args.includes('--report')) {
  report()
  process.exit(0)
}
const sinceAt = args.indexOf('--since')
const fromAt = args.indexOf('--from')
const from = fromAt >= 0 ? args[fromAt + 1] : undefined
if (fromAt >= 0 && !from) fail('--from needs a Stryker JSON report, e.g. --from reports/mutation/mutation.json')
let modules = args.filter((a, i) => !a.startsWith('--') && (sinceAt < 0 || i !== sinceAt + 1) && (fromAt < 0 || i !== fromAt + 1))
if (sinceAt >= 0) {
  const rev = args[sinceAt + 1]
  if (!rev) fail('--since needs a revision, e.g. --since HEAD~1')
  const changed = git(['diff', '--name-only', '--diff-filter=AMR', rev, 'HEAD', '--', 'src/core'])
  const all = changed.split('\n').filter((f) => f.endsWith('.ts'))
  for (const f of all.filter((f) => floors[f] === undefined)) console.log(`test:mutation: ${f} changed but has no floor yet (not measured); not mutated`)
  modules = all.filter((f) => floors[f] !== undefined)
  if (modules.length === 0) {
    console.log(`test:mutation: no measured module of src/core changed since ${rev}; nothing to mutate.`)
    process.exit(0)
  }
  console.log(`test:mutation: the src/core modules changed since ${rev}: ${modules.join(', ')}`)
}

if (from === undefined) {
  const stryker = ['stryker', 'run']
  if (modules.length > 0) stryker.push('--mutate', modules.join(','))
  const run = spawnSync('npx', stryker, { stdio: 'inherit' })
  if (run.status !== 0) fail(`stryker exited with ${run.status ?? run.signal}`)
  if (!existsSync(REPORT)) fail(`stryker wrote no ${REPORT}`)
} else if (!existsSync(from)) fail(`no report ${from}`)

const scores = scoresOf(JSON.parse(readFileSync(from ?? REPORT, 'utf8')), from === undefined ? [] : modules)
// Stryker's report leaves out a module it found nothing to mutate in (types only).
for (const m of modules) scores[m] ??= { detected: 0, valid: 0, score: 100 }
let failed = 0
for (const [file, s] of Object.entries(scores).sort()) {
  const floor = floors[file]?.floor
  if (s.valid === 0) {
    console.log(`ok    ${file}: no valid mutants`)
  } else {
    const ok = floor === undefined || s.score >= floor
    if (!ok) failed++
    const against = floor === undefined ? `no floor yet; target ${TARGET} %` : `floor ${floor} %, target ${TARGET} %`
    console.log(
      `${ok ? (s.score >= TARGET ? 'ok   ' : 'below') : 'FAIL '} ${file}: ${s.score.toFixed(2)} % (${s.detected} of ${s.valid} mutants detected; ${against})`
    )
  }
  if (record) floors[file] = entryOf(s)
}
const all = sum(Object.values(scores))
if (all.valid > 0) console.log(`test:mutation: ${percent(all)} % of ${all.valid} mutants detected in ${Object.keys(scores).length} module(s)`)
if (record) {
  // One module a line, as Prettier keeps it.
  const lines = Object.entries(floors)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([file, entry]) =>
        `  ${JSON.stringify(file)}: ${JSON.stringify(entry)
          .replace(/^\{(.*)\}$/, '{ $1 }')
          .replace(/,"/g, ', "')
          .replace(/":/g, '": ')}`
    )
  writeFileSync(FLOORS, `{\n${lines.join(',\n')}\n}\n`)
  console.log(`test:mutation: floors recorded in ${FLOORS}${failed > 0 ? ` (${failed} lowered: say why in the commit)` : ''}`)
  report()
} else if (failed > 0) {
  fail(
    `${failed} module(s) under their floor: kill the surviving mutants listed above (or, for a module that changed shape, re-measure it with --record and say why in the commit)`
  )
}

/** The whole core from the recorded measurements: every recorded module's counts summed, and the modules of src/core never measured. */
function report() {
  const core = git(['ls-files', 'src/core'])
    .split('\n')
    .filter((f) => f.endsWith('.ts'))
  const measured = core.filter((f) => floors[f]?.valid !== undefined)
  const uncounted = core.filter((f) => floors[f] !== undefined && floors[f].valid === undefined)
  const never = core.filter((f) => floors[f] === undefined)
  const gone = Object.keys(floors).filter((f) => !core.includes(f))
  for (const f of measured.filter((f) => floors[f].valid > 0).sort((a, b) => scoreOf(floors[a]) - scoreOf(floors[b])))
    console.log(`${scoreOf(floors[f]) >= TARGET ? 'ok   ' : 'below'} ${f}: ${percent(floors[f])} % (${floors[f].detected} of ${floors[f].valid})`)
  const whole = sum(measured.map((f) => floors[f]))
  const under = measured.filter((f) => floors[f].valid > 0 && scoreOf(floors[f]) < TARGET)
  console.log(
    `test:mutation: src/core as recorded: ${whole.valid > 0 ? percent(whole) : '-'} % (${whole.detected} of ${whole.valid} mutants detected) in ${measured.length} of ${core.length} modules (${linesOf(measured)} of ${linesOf(core)} lines); ${under.length} under the ${TARGET} % target`
  )
  if (uncounted.length > 0)
    console.log(`test:mutation: ${uncounted.length} module(s) with a floor but no counts (re-measure with --record): ${uncounted.join(', ')}`)
  if (never.length > 0) console.log(`test:mutation: ${never.length} module(s) never measured (${linesOf(never)} lines): ${never.join(', ')}`)
  if (gone.length > 0) console.log(`test:mutation: ${gone.length} recorded module(s) no longer in src/core: ${gone.join(', ')}`)
}

/** Per file (of `only`, when given): killed and timed-out mutants count as detected; survivors and uncovered ones do not; errors and ignored ones are left out, as Stryker does. */
function scoresOf(report, only) {
  const out = {}
  for (const [file, { mutants }] of Object.entries(report.files)) {
    if (only.length > 0 && !only.includes(file)) continue
    const detected = mutants.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length
    const valid = detected + mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage').length
    out[file] = { detected, valid, score: valid > 0 ? (100 * detected) / valid : 100 }
  }
  return out
}

function entryOf({ detected, valid, score }) {
  return valid > 0 ? { floor: Math.floor(score * 100) / 100, detected, valid } : { detected, valid }
}

function readFloors() {
  if (!existsSync(FLOORS)) return {}
  const read = JSON.parse(readFileSync(FLOORS, 'utf8'))
  for (const [file, entry] of Object.entries(read)) {
    // The first format held the floor alone.
    if (typeof entry === 'number') read[file] = { floor: entry }
  }
  return read
}

function linesOf(files) {
  return files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length - 1, 0).toLocaleString('en')
}

function scoreOf({ detected, valid }) {
  return valid > 0 ? (100 * detected) / valid : 100
}

function percent(counts) {
  return scoreOf(counts).toFixed(2)
}

function sum(entries) {
  return entries.reduce((t, s) => ({ detected: t.detected + s.detected, valid: t.valid + s.valid }), { detected: 0, valid: 0 })
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
