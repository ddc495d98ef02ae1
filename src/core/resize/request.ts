/** When the action resizes Docker's VM, and to what. Pure. */
import { InputError } from '../errors.js'
import type { Plan } from '../plan.js'
import { parseSize } from '../units.js'
import { MEMTOTAL_TOLERANCE } from './target.js'

/**
 * The action's `resize` input, read only with `on-insufficient: resize`. `auto` (or empty):
 * when the plan does not fit, give the VM what the plan requires. A size: bring the VM up to
 * at least that size, even when the plan fits.
 */
export type ResizeInput = { kind: 'auto' } | { kind: 'size'; bytes: number }

export function parseResizeInput(text: string): ResizeInput {
  const value = text.trim().toLowerCase()
  if (value === '' || value === 'auto') return { kind: 'auto' }
  if (value === 'false' || value === 'no') {
    throw new InputError(`resize "${text}": to never resize, leave on-insufficient at fail, warn or downgrade; resize takes auto or a size (12g)`)
  }
  return { kind: 'size', bytes: parseSize(text, 'resize') }
}

/** The VM size to ask for, or null when nothing needs resizing. */
export function resizeWanted(plan: Plan, input: ResizeInput): number | null {
  // Restarting Docker stops every container: only `on-insufficient: resize` allows it.
  if (plan.onInsufficient !== 'resize') return null
  if (input.kind === 'size') {
    if (plan.engine.source === 'docker' && plan.engine.bytes >= input.bytes * (1 - MEMTOTAL_TOLERANCE)) return null
    return input.bytes
  }
  if (plan.status === 'insufficient' && plan.onInsufficient === 'resize') return plan.requiredEngineBytes
  return null
}

/** Seconds Docker may take to stop and to come back (the CLI's --timeout, the action's resize-timeout). */
export function parseResizeTimeout(text: string, what: string): number {
  const value = text.trim()
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86400) {
    throw new InputError(`${what} "${text}" must be a whole number of seconds from 1 to 86400`)
  }
  return Number(value) * 1000
}
