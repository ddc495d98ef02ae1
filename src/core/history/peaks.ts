/**
 * Limits learned from history: the peaks earlier builds reached, per build key, and what the
 * next plan makes of them. Pure: the stores (src/history/) hand over and take back text.
 */
import { createHash } from 'node:crypto'
import { HistoryFormatError, InputError } from '../errors.js'
import { formatSize as fmt, MiB, parseSize, bareNumberHint } from '../units.js'
import { highestPerStep, type StepPeak } from '../plan/parallelism.js'

export { HistoryFormatError }

export const HISTORY_VERSION = 1
/** Peaks kept per key: enough to span cold and warm caches, small enough to follow a build that shrank. */
export const PEAKS_PER_KEY = 10
/** Keys kept per file, the least recently recorded dropped first, so a cache never grows without bound. */
export const MAX_KEYS = 200

export interface PeakRecord {
  bytes: number
  /** ISO time the peak was recorded. */
  at: string
  /** Each step's own peak in that run, where the steps' cgroups could be watched. */
  steps?: StepPeak[]
}

export interface History {
  version: typeof HISTORY_VERSION
  builds: Record<string, { peaks: PeakRecord[] }>
}

export interface KnownPeak {
  key: string
  /** The highest of the recorded peaks. */
  bytes: number
  runs: number
  /** The highest peak of each step (instruction and platform) over the recorded runs; absent or empty when none was measured. */
  steps?: StepPeak[]
}

export function emptyHistory(): History {
  return { version: HISTORY_VERSION, builds: {} }
}

/** Reads a history file's text; anything that is not a well-formed history throws HistoryFormatError. */
export function parseHistory(text: string): History {
  const { history, dropped } = salvageHistory(text)
  if (dropped.length > 0) throw new HistoryFormatError(`has ${dropped[0]}`, 'corrupt')
  return history
}

export interface SalvagedHistory {
  history: History
  /** What was left out, for a notice: `a malformed peak for web`, `no peaks for api`. */
  dropped: string[]
}

/**
 * Reads what can be read: a malformed peak or build is left out and named, so one bad entry
 * never costs every other key. Only a file that is not a v1 history at all throws.
 */
export function salvageHistory(text: string): SalvagedHistory {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new HistoryFormatError('is not JSON', 'corrupt')
  }
  if (!isObject(data) || typeof data.version !== 'number') throw new HistoryFormatError('has no version', 'corrupt')
  if (data.version > HISTORY_VERSION) throw new HistoryFormatError(`is version ${data.version}, written by a newer docker-memory`, 'newer')
  if (data.version !== HISTORY_VERSION || !isObject(data.builds)) throw new HistoryFormatError('has no builds', 'corrupt')
  const builds: History['builds'] = {}
  const dropped: string[] = []
  for (const [key, entry] of Object.entries(data.builds)) {
    if (!isObject(entry) || !Array.isArray(entry.peaks)) {
      dropped.push(`no peaks for ${key}`)
      continue
    }
    const peaks: PeakRecord[] = []
    for (const p of entry.peaks as unknown[]) {
      if (isObject(p) && Number.isSafeInteger(p.bytes) && (p.bytes as number) > 0 && typeof p.at === 'string') {
        const steps = Array.isArray(p.steps) ? p.steps.filter(isStepPeak) : []
        if (Array.isArray(p.steps) && steps.length < p.steps.length) dropped.push(`a malformed step peak for ${key}`)
        peaks.push({ bytes: p.bytes as number, at: p.at, ...(steps.length > 0 ? { steps } : {}) })
      } else dropped.push(`a malformed peak for ${key}`)
    }
    if (peaks.length > 0) builds[key] = { peaks }
  }
  return { history: { version: HISTORY_VERSION, builds }, dropped }
}

export function serializeHistory(history: History): string {
  return JSON.stringify(history, null, 2) + '\n'
}

/** A new history with `bytes` recorded for `key`; the oldest peaks and keys beyond the caps are dropped. */
export function withPeak(history: History, key: string, bytes: number, at: string, steps: StepPeak[] = []): History {
  const builds = { ...history.builds }
  const peaks = [...(builds[key]?.peaks ?? []), { bytes, at, ...(steps.length > 0 ? { steps } : {}) }].slice(-PEAKS_PER_KEY)
  // Re-inserted last, so the file lists builds from least to most recently recorded.
  delete builds[key]
  builds[key] = { peaks }
  const keys = Object.keys(builds)
  if (keys.length > MAX_KEYS) {
    const newest = (k: string): string => builds[k].peaks.at(-1)?.at ?? ''
    for (const k of keys.sort((a, b) => newest(a).localeCompare(newest(b))).slice(0, keys.length - MAX_KEYS)) delete builds[k]
  }
  return { version: HISTORY_VERSION, builds }
}

/**
 * The highest recorded peak, not the latest: a run with a warm layer cache skips the heavy
 * steps and peaks low, and planning from it would starve the next cold build.
 */
export function knownPeak(history: History, key: string): KnownPeak | null {
  const peaks = history.builds[key]?.peaks ?? []
  if (peaks.length === 0) return null
  // A loop, not Math.max(...peaks): spreading 200k peaks overflows the call stack.
  const steps = highestPerStep(peaks.map((p) => p.steps ?? []))
  return { key, bytes: peaks.reduce((max, p) => Math.max(max, p.bytes), 0), runs: peaks.length, ...(steps.length > 0 ? { steps } : {}) }
}

/**
 * Room above the known peak: a quarter of it, at least 512 MiB. Peaks move between runs with
 * how parallel jobs interleave and with dependency updates; a quarter covers one more
 * compiler job on a typical 4-job build, and the floor covers one on a small build.
 */
export function headroomFor(peakBytes: number): number {
  return Math.max(512 * MiB, Math.ceil(peakBytes / 4))
}

/** What the build limit must be for a build whose known peak is `peakBytes`. */
export function neededBuildBytes(peakBytes: number): number {
  return peakBytes + headroomFor(peakBytes)
}

export interface BuildKeyParts {
  /** The Dockerfile's content. */
  dockerfile: string
  target?: string
  /** `linux/amd64,linux/arm64` or a list; order does not matter. */
  platforms?: string | string[]
}

/**
 * The build's name in the history when the user gives none: a hash of what decides its
 * memory. The Dockerfile's content (not its path) so a moved file keeps its history and an
 * edited one starts afresh; line endings are normalised so a checkout on Windows matches.
 */
export function buildKey(parts: BuildKeyParts): string {
  const platforms = (Array.isArray(parts.platforms) ? parts.platforms : (parts.platforms ?? '').split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .sort()
  const hash = createHash('sha256')
    .update(parts.dockerfile.replace(/\r\n/g, '\n'))
    .update('\0')
    .update(parts.target?.trim() ?? '')
    .update('\0')
    .update(platforms.join(','))
    .digest('hex')
  return `dockerfile-${hash.slice(0, 16)}`
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._:/@+=-]{0,199}$/

/** A user-given key: printable, no spaces, so it is safe in a cache key and a file. */
export function parseHistoryKey(input: string, what = 'history key'): string {
  const key = input.trim()
  if (!KEY.test(key)) {
    throw new InputError(`${what} "${input}" must be 1 to 200 letters, digits or . _ : / @ + = -, starting with a letter or digit`)
  }
  return key
}

/** A recorded peak: a size of at least 1 MiB (a bare number is bytes, so `3` is almost surely a slip). */
export function parsePeak(input: string, what = 'peak'): number {
  const bytes = parseSize(input, what)
  if (bytes < MiB) {
    throw new InputError(`${what} "${input}" is below 1 MiB${bareNumberHint(input, '3g')}`)
  }
  return bytes
}

export interface RunnerSize {
  /** The `runs-on` label, or a description for larger runners, whose labels each organisation picks. */
  label: string
  os: 'linux' | 'windows' | 'macos'
  arch: 'x64' | 'arm64'
  cpus: number
  /** As GitHub states it, in GB. */
  memoryGB: number
  /** A Docker engine runs Linux builds there. */
  docker: boolean
  larger: boolean
}

/**
 * GitHub-hosted runners for public repositories (docs.github.com, "GitHub-hosted runners
 * reference"), and the Linux larger runners
 * (Team and Enterprise plans). Only rows with `docker` are ever suggested for a build:
 * ubuntu-slim runs in a container without an engine, macOS runners have no Docker, Windows
 * runners build Windows images.
 */
export const GITHUB_RUNNERS: readonly RunnerSize[] = [
  { label: 'ubuntu-slim', os: 'linux', arch: 'x64', cpus: 1, memoryGB: 5, docker: false, larger: false },
  { label: 'macos-latest', os: 'macos', arch: 'arm64', cpus: 3, memoryGB: 7, docker: false, larger: false },
  { label: 'macos-15-intel', os: 'macos', arch: 'x64', cpus: 4, memoryGB: 14, docker: false, larger: false },
  { label: 'windows-latest', os: 'windows', arch: 'x64', cpus: 4, memoryGB: 16, docker: false, larger: false },
  { label: 'ubuntu-latest', os: 'linux', arch: 'x64', cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: 'ubuntu-24.04-arm', os: 'linux', arch: 'arm64', cpus: 4, memoryGB: 16, docker: true, larger: false },
  { label: 'a larger runner with 8 CPUs', os: 'linux', arch: 'x64', cpus: 8, memoryGB: 32, docker: true, larger: true },
  { label: 'a larger runner with 16 CPUs', os: 'linux', arch: 'x64', cpus: 16, memoryGB: 64, docker: true, larger: true },
  { label: 'a larger runner with 32 CPUs', os: 'linux', arch: 'x64', cpus: 32, memoryGB: 128, docker: true, larger: true },
  { label: 'a larger runner with 64 CPUs', os: 'linux', arch: 'x64', cpus: 64, memoryGB: 256, docker: true, larger: true },
  { label: 'a larger runner with 96 CPUs', os: 'linux', arch: 'x64', cpus: 96, memoryGB: 384, docker: true, larger: true }
]

/**
 * Memory a runner shows a job. GitHub's "16 GB" reads as about 15.6 GiB on the machine;
 * counting decimal gigabytes (14.9 GiB) errs low, so a runner named here really fits.
 */
function runnerBytes(runner: RunnerSize): number {
  return runner.memoryGB * 1e9
}

/** The smallest GitHub-hosted runner with Docker and at least `totalBytes`; null when none is that large. */
export function smallestRunnerFor(totalBytes: number, arch?: 'x64' | 'arm64'): RunnerSize | null {
  return (
    GITHUB_RUNNERS.filter((r) => r.docker && (arch === undefined || r.arch === arch))
      .sort((a, b) => a.memoryGB - b.memoryGB)
      .find((r) => runnerBytes(r) >= totalBytes) ?? null
  )
}

export function runnerName(runner: RunnerSize): string {
  return runner.larger ? `${runner.label} (${runner.memoryGB} GB)` : `${runner.label} (${runner.cpus} CPUs, ${runner.memoryGB} GB)`
}

/** One line for people: what a known peak means for the build limit. */
export function peakSentence(peak: KnownPeak): string {
  const needed = neededBuildBytes(peak.bytes)
  const runs = peak.runs === 1 ? 'its one recorded run' : `the highest of its last ${peak.runs} recorded runs`
  return `This build (${peak.key}) peaked at ${fmt(peak.bytes)} (${runs}); with ${fmt(needed - peak.bytes)} headroom it needs a build limit of ${fmt(needed)}.`
}

function isStepPeak(v: unknown): v is StepPeak {
  return (
    isObject(v) &&
    typeof v.instruction === 'string' &&
    v.instruction.length <= 1000 &&
    (v.platform === null || typeof v.platform === 'string') &&
    Number.isSafeInteger(v.bytes) &&
    (v.bytes as number) > 0
  )
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
