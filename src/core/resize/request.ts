/** When the action resizes Docker's VM, and to what. Pure. */
import { InputError } from '../errors.js'
import type { MachineFacts } from '../machine.js'
import { plan, type Plan, type PlanRequest } from '../plan/plan.js'
import { formatSize, GiB, parseSize } from '../units.js'
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
  const bytes = parseSize(text, 'resize')
  // 0 would pass every "already large enough" test and silently do nothing.
  if (bytes < GiB) throw new InputError(`resize "${text}" is below 1 GiB, the least Docker's VM boots with; give the size the VM should have (12g) or auto`)
  return { kind: 'size', bytes }
}

/** VMs report a little less than they are given (about 4 % under Docker Desktop); plan as if 5 % were missing. */
const REPORTED_SHARE = 0.95

export type ResizeDecision = { kind: 'none' } | { kind: 'resize'; bytes: number } | { kind: 'impossible'; why: string }

/** Whether to resize Docker's VM for this plan, and to what. */
export function resizeWanted(machine: MachineFacts, request: PlanRequest, first: Plan, input: ResizeInput): ResizeDecision {
  // Restarting Docker stops every container: only `on-insufficient: resize` allows it.
  if (first.onInsufficient !== 'resize') return { kind: 'none' }
  if (input.kind === 'size') {
    if (first.engine.source === 'docker' && first.engine.bytes >= input.bytes * (1 - MEMTOTAL_TOLERANCE)) return { kind: 'none' }
    return { kind: 'resize', bytes: input.bytes }
  }
  if (first.status === 'ok') return { kind: 'none' }
  if (!machine.docker) return { kind: 'resize', bytes: first.requiredEngineBytes }
  // requiredEngineBytes leaves out the reserve and the build's share, so each whole GiB is
  // planned again until the plan fits, with the same plan() the action then publishes.
  const physical = machine.memory.totalBytes
  for (let size = Math.ceil(first.requiredEngineBytes / GiB) * GiB; size <= physical; size += GiB) {
    const trial = plan({ ...machine, docker: { ...machine.docker, memTotalBytes: Math.floor(size * REPORTED_SHARE) } }, request)
    if (trial.status === 'ok') return { kind: 'resize', bytes: size }
  }
  const problem = first.problems[0]
  return {
    kind: 'impossible',
    why: `no VM size up to this machine's ${formatSize(physical)} makes the plan fit (${problem ? problem.message : 'see the plan'})`
  }
}

/** Seconds Docker may take to stop and to come back (the CLI's --timeout, the action's resize-timeout). */
export function parseResizeTimeout(text: string, what: string): number {
  const value = text.trim()
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86400) {
    throw new InputError(`${what} "${text}" must be a whole number of seconds from 1 to 86400`)
  }
  return Number(value) * 1000
}
