/**
 * Whether a build fits this runner, and which runner would hold it: `fits`, `needs-memory` and
 * `larger-runner`, from a measured peak. Pure.
 */
import { InputError } from '../errors.js'
import { formatSize as fmt, parseSize } from '../units.js'

/** A `runs-on` label and the memory its runner gives a job. */
export interface RunnerLabel {
  label: string
  bytes: number
}

export interface Fit {
  /** null: no peak was measured, so nothing is known either way. */
  fits: boolean | null
  /** Machine memory that holds the peak, its headroom, the containers and the reserve; null with no peak. */
  needsMemoryBytes: number | null
  /** The smallest of the given labels with at least `needsMemoryBytes`; null when none is given or large enough. */
  largerRunner: string | null
  /** What the figures came from: `history` (earlier runs), `build` (this step's build), or `none`. */
  source: 'history' | 'build' | 'none'
}

/** What a runner must hold besides the build, for a later peak: the plan's room, containers and the reserve asked for. */
export interface FitBasis {
  roomBytes: number
  containerBytes: number
  /** null: the default reserve, which grows with the machine. */
  reserveMemoryBytes: number | null
  labels: RunnerLabel[]
}

// A runs-on label: what GitHub accepts in a label (letters, digits, . _ -), no spaces.
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

/**
 * `runner-labels`: `label=size` per line (or comma-separated), the memory each runner shows a
 * job. Sorted smallest first; a repeated label is refused, as it would be ambiguous.
 */
export function parseRunnerLabels(text: string): RunnerLabel[] {
  const out: RunnerLabel[] = []
  for (const entry of text
    .split(/[\n,]/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l !== '')) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry)
    if (!m) throw new InputError(`runner-labels line "${entry}" is not label=size (for example ubuntu-latest=14.9g)`)
    const [, label, size] = m
    if (!LABEL.test(label)) throw new InputError(`runner-labels line "${entry}": "${label}" is not a runner label (letters, digits, . _ -)`)
    if (out.some((r) => r.label === label)) throw new InputError(`runner-labels names "${label}" twice`)
    out.push({ label, bytes: parseSize(size, `runner-labels size for ${label}`) })
  }
  return out.sort((a, b) => a.bytes - b.bytes)
}

/** The smallest runner with at least `bytes`; null when none is. */
export function smallestLabelFor(labels: readonly RunnerLabel[], bytes: number): RunnerLabel | null {
  return [...labels].sort((a, b) => a.bytes - b.bytes).find((r) => r.bytes >= bytes) ?? null
}

export function fitOf(fit: { fits: boolean; requiredTotalBytes: number } | null, labels: readonly RunnerLabel[], source: Fit['source']): Fit {
  if (fit === null) return { fits: null, needsMemoryBytes: null, largerRunner: null, source: 'none' }
  return { fits: fit.fits, needsMemoryBytes: fit.requiredTotalBytes, largerRunner: smallestLabelFor(labels, fit.requiredTotalBytes)?.label ?? null, source }
}

/** One line for people. */
export function fitSentence(fit: Fit, labels: readonly RunnerLabel[]): string {
  if (fit.fits === null || fit.needsMemoryBytes === null) return 'No peak is known yet, so whether the build fits this runner is not known (fits is empty).'
  const where = fit.source === 'build' ? 'this build' : 'earlier runs'
  const runner =
    labels.length === 0
      ? 'no runner-labels were given to choose a larger one from'
      : fit.largerRunner
        ? `the smallest of runner-labels that has it is ${fit.largerRunner}`
        : `none of runner-labels (largest ${labels.at(-1)?.label}, ${fmt(labels.at(-1)?.bytes ?? 0)}) has it`
  return `From the peak of ${where}, the build needs a machine with ${fmt(fit.needsMemoryBytes)}: it ${fit.fits ? 'fits' : 'does NOT fit'} this runner; ${runner}.`
}
