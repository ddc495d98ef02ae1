/**
 * dist/sampler.js: started detached by the action's main step once it has bound a builder,
 * it appends the builder cgroup's memory use to a series file once a second (see
 * src/core/build/memory-series.ts) until post writes `<file>.stop`, the cgroup goes away, or
 * eight hours pass (a job's longest). It loads nothing but node:fs: it must cost the job nothing.
 *
 *   node dist/sampler.js <cgroup usage file> <series file>
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { seriesLine } from '../core/build/memory-series.js'

const [usageFile, seriesFile] = process.argv.slice(2)
const everyMs = Number(process.env.DOCKER_MEMORY_SAMPLE_MS) || 1000
const until = Date.now() + 8 * 3600 * 1000
let misses = 0

function tick(): void {
  if (existsSync(`${seriesFile}.stop`) || Date.now() > until) return
  try {
    const bytes = Number(readFileSync(usageFile, 'utf8').trim())
    if (Number.isFinite(bytes)) appendFileSync(seriesFile, seriesLine(Date.now(), bytes))
    misses = 0
  } catch {
    // The container stopped or was removed: a few misses are a restart, more are the end.
    if (++misses >= 5) return
  }
  setTimeout(tick, everyMs)
}

if (usageFile && seriesFile) tick()
