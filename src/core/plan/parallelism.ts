/**
 * How much of a build may run at once: BuildKit's `max-parallelism` (steps at once) and the
 * `jobs` a step's own `make -j` may use, both from the memory the steps are expected to take.
 * Pure: the plan hands over the build limit and what history measured.
 */
import { formatSize as fmt } from '../units.js'

/** One step's measured peak: a Dockerfile instruction on one platform. */
export interface StepPeak {
  /** The instruction as BuildKit names the step: `[build 2/3] RUN make`. */
  instruction: string
  /** `linux/arm64`; null when the build named no platform (the builder's own). */
  platform: string | null
  bytes: number
}

export interface ParallelismRequest {
  /** The build limit the steps share. */
  buildBytes: number
  /** What one step is expected to take when history has no figure for it: the profile's per-job memory. */
  memoryPerJobBytes: number
  /** Platforms asked for (1 when none): each Dockerfile step runs once per platform, at the same time. */
  platforms: number
  /** Known steps' peaks, from history; empty when none were measured. */
  steps: readonly StepPeak[]
  cpus: number
}

export interface Parallelism {
  /** BuildKit's `[worker.oci] max-parallelism`: steps (one per platform) that may run at once. */
  maxParallelism: number
  /** Compiler jobs one step may run (`make -j`), with its platforms' copies running beside it. */
  jobs: number
  /** Where the step figures came from. */
  source: 'history' | 'memory-per-job'
  /** The expected peaks of the steps that may run together, heaviest first: the sum fits the build limit. */
  together: number[]
  /** Every measured step's peak, heaviest first; empty without history. */
  measured: number[]
  reasons: string[]
}

/**
 * BuildKit runs every step (one per platform) as soon as its inputs are ready, as many at once
 * as the graph allows (docker/buildx#359: a bake of a large compose file starts every target).
 * `max-parallelism` caps that count. With measured steps it is the most of them whose peaks
 * fit the build limit together, the heaviest counted first since any of them may meet;
 * without, the build limit divided by the per-job figure. Never below 1: one step at a time
 * is the least BuildKit can do, and a step that does not fit alone is the limit's problem.
 */
export function planParallelism(request: ParallelismRequest): Parallelism {
  const { buildBytes, memoryPerJobBytes, cpus } = request
  const platforms = Math.max(1, request.platforms)
  const reasons: string[] = []
  const measured = request.steps.map((s) => s.bytes).sort((a, b) => b - a)
  let together: number[]
  let source: Parallelism['source']
  if (measured.length > 0) {
    source = 'history'
    together = []
    let sum = 0
    for (const bytes of measured) {
      if (sum + bytes > buildBytes) break
      together.push(bytes)
      sum += bytes
    }
    // Every known step fits at once: more steps the size of the heaviest may join them (a target added later).
    if (together.length === measured.length) {
      const more = Math.floor((buildBytes - sum) / measured[0])
      for (let i = 0; i < more; i++) together.push(measured[0])
    }
    if (together.length === 0) together = [measured[0]]
    const heaviest = fmt(measured[0])
    reasons.push(
      together.length === 1
        ? `max-parallelism 1: the heaviest measured step (${heaviest}) ${measured[0] > buildBytes ? 'alone exceeds' : 'leaves no room for another in'} the ${fmt(buildBytes)} build limit.`
        : together.length >= measured.length
          ? `max-parallelism ${together.length}: ${measured.length === 1 ? 'the one measured step' : `the ${measured.length} measured steps`} (${measured.map(fmt).join(' + ')})${
              together.length > measured.length ? ` and ${together.length - measured.length} more of ${heaviest}` : ''
            } fit the ${fmt(buildBytes)} build limit together.`
          : `max-parallelism ${together.length}: the ${together.length} heaviest of the ${measured.length} measured steps (${together.map(fmt).join(' + ')}) fit the ${fmt(buildBytes)} build limit together; one more (${fmt(measured[together.length])}) would not.`
    )
  } else {
    source = 'memory-per-job'
    const k = Math.max(1, Math.floor(buildBytes / memoryPerJobBytes))
    together = Array.from({ length: k }, () => memoryPerJobBytes)
    reasons.push(
      `max-parallelism ${k}: no step of this build was measured, so each is expected to take memory-per-job (${fmt(memoryPerJobBytes)}), and ${fmt(buildBytes)} holds ${k}.`
    )
  }
  const maxParallelism = together.length

  // A compile step runs once per platform, and as many copies at once as max-parallelism lets.
  const copies = Math.min(platforms, maxParallelism)
  const held = Math.floor(buildBytes / (memoryPerJobBytes * copies))
  const byMemory = Math.max(1, held)
  const jobs = Math.max(1, Math.min(cpus, byMemory))
  const share = copies > 1 ? ` shared by the ${copies} platforms' copies of a step running at once` : ''
  reasons.push(
    byMemory < cpus
      ? `${jobs} parallel job${jobs === 1 ? '' : 's'}: ${fmt(buildBytes)}${share} holds ${held < 1 ? 'less than one job' : byMemory} at ${fmt(memoryPerJobBytes)} each, fewer than the ${cpus} CPUs.`
      : `${jobs} parallel job${jobs === 1 ? '' : 's'}: one per CPU (${cpus}), and ${fmt(buildBytes)}${share} holds ${byMemory} at ${fmt(memoryPerJobBytes)} each.`
  )
  return { maxParallelism, jobs, source, together, measured, reasons }
}

/** The buildkitd.toml setup-buildx-action's `buildkitd-config-inline` takes, and `buildx create --buildkitd-config` reads. */
export function buildkitdConfig(maxParallelism: number): string {
  return `[worker.oci]\n  max-parallelism = ${maxParallelism}\n`
}

/**
 * `max-parallelism` in a builder's buildkitd.toml: the number, null when the file sets none
 * (BuildKit's default: no cap). Read from the `[worker.oci]` table only, the one the
 * docker-container driver's OCI worker obeys.
 */
export function configuredParallelism(toml: string): number | null {
  let table = ''
  for (const raw of toml.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    // `[[worker.oci.gcpolicy]]` (an array of tables) starts a table as `[worker.oci]` does.
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(line)
    if (header) {
      table = header[1].replace(/\s|"/g, '')
      continue
    }
    const m = /^(?:worker\.oci\.)?max-parallelism\s*=\s*(\d+)$/.exec(line)
    if (m && (table === 'worker.oci' || (table === '' && line.startsWith('worker.oci.')))) return Number(m[1])
  }
  return null
}

/** The steps' peaks kept per instruction and platform: the highest seen of each. */
export function highestPerStep(runs: ReadonlyArray<readonly StepPeak[]>): StepPeak[] {
  const byKey = new Map<string, StepPeak>()
  for (const steps of runs) {
    for (const s of steps) {
      const key = `${s.platform ?? ''}\0${s.instruction}`
      const seen = byKey.get(key)
      if (!seen || s.bytes > seen.bytes) byKey.set(key, s)
    }
  }
  return [...byKey.values()]
}
