/**
 * The bound builder's memory over the job: main starts a sampler that appends one line a
 * second (`<epoch ms> <bytes>`) to a file named after the builder's container, and post cuts
 * from it each build's stretch, so the summary of a build someone else ran on the builder
 * (build-push-action, bake) shows its memory against the limit over time. Pure: the sampler
 * and post do the file work.
 */
import type { MemorySample } from './outcome.js'

export interface SeriesPoint {
  atMs: number
  bytes: number
}

/** The series file of a builder container, in the folder of the job's build logs. */
export function seriesFileName(containerId: string): string {
  return `memory-${containerId.replace(/[^A-Za-z0-9_.-]/g, '_')}.tsv`
}

export function seriesLine(atMs: number, bytes: number): string {
  return `${Math.round(atMs)} ${Math.round(bytes)}\n`
}

/** The points of a series file; a torn or foreign line is skipped, not fatal. */
export function parseSeries(text: string): SeriesPoint[] {
  const points: SeriesPoint[] = []
  for (const line of text.split('\n')) {
    const m = /^(\d+) (\d+)$/.exec(line.trim())
    if (m) points.push({ atMs: Number(m[1]), bytes: Number(m[2]) })
  }
  return points
}

/** The samples from a build's start to its end, as milliseconds since its start. */
export function samplesDuring(points: SeriesPoint[], startMs: number, endMs: number): MemorySample[] {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs < startMs) return []
  return points.filter((p) => p.atMs >= startMs && p.atMs <= endMs).map((p) => ({ tMs: p.atMs - startMs, bytes: p.bytes }))
}
