/**
 * dist/sampler.js: started detached by the action's main step once it has bound a builder,
 * it appends the builder cgroup's memory use to a series file once a second (see
 * src/core/build/memory-series.ts) until post writes `<file>.stop`, the cgroup goes away, or
 * eight hours pass (a job's longest). Given the builder's step cgroup parent too, it keeps each
 * step cgroup's peak and command in `<series file>.steps` (src/core/build/step-cgroups.ts),
 * rewritten whole when it changes, so post can give each build its steps' own peaks. It loads
 * nothing but node:fs and node:path: it must cost the job nothing.
 *
 *   node dist/sampler.js <cgroup usage file> <series file> [<step cgroup parent> <1|2>]
 */
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { seriesLine } from '../core/build/memory-series.js'
import { stepsFileName, stepsFileText } from '../core/build/step-cgroups.js'
import { watchStepCgroups } from '../enforce/step-cgroups.js'

const [usageFile, seriesFile, stepParent, stepVersion] = process.argv.slice(2)
const everyMs = Number(process.env.DOCKER_MEMORY_SAMPLE_MS) || 1000
const until = Date.now() + 8 * 3600 * 1000
const steps = stepParent && seriesFile ? watchStepCgroups(stepParent, stepVersion === '2' ? 2 : 1) : null
let misses = 0
let written = ''

/** The steps file replaced whole (a rename), so post never reads half of it. */
function keepSteps(): void {
  if (!steps) return
  const text = stepsFileText(steps.seen())
  if (text === written) return
  const file = stepsFileName(seriesFile)
  writeFileSync(`${file}.tmp`, text)
  renameSync(`${file}.tmp`, file)
  written = text
}

function tick(): void {
  if (existsSync(`${seriesFile}.stop`) || Date.now() > until) return
  try {
    const bytes = Number(readFileSync(usageFile, 'utf8').trim())
    if (Number.isFinite(bytes)) appendFileSync(seriesFile, seriesLine(Date.now(), bytes))
    steps?.tick()
    keepSteps()
    misses = 0
  } catch {
    // The container stopped or was removed: a few misses are a restart, more are the end.
    if (++misses >= 5) return
  }
  setTimeout(tick, everyMs)
}

if (usageFile && seriesFile) tick()
