/** How large Docker's VM should become. Pure. */
import { InputError } from '../errors.js'
import { formatSize as fmt, GiB, MiB } from '../units.js'

/** Seed 000: "Sweet spot: 50-70% of total RAM for Docker"; the upper end is the default ceiling. */
export const DEFAULT_CEILING_PERCENT = 70
/** The VM reports a little less than it was given (kernel and firmware reservations). */
export const MEMTOTAL_TOLERANCE = 0.1

export interface TargetRequest {
  /** What the plan requires (`Plan.requiredEngineBytes`) or what the user asked for. */
  requestedBytes: number
  physicalBytes: number
  /** Memory the host keeps for itself. */
  reserveBytes: number
  ceilingPercent?: number
  /** Colima takes whole GiB; Docker Desktop and WSL take MiB. */
  unit: 'GiB' | 'MiB'
}

export interface Target {
  targetBytes: number
  ceilingBytes: number
}

/** The most the VM may get: the seed's share of the machine, and never more than it leaves the host. */
export function vmCeiling(physicalBytes: number, reserveBytes: number, percent = DEFAULT_CEILING_PERCENT): number {
  return Math.min(Math.floor((physicalBytes * percent) / 100), physicalBytes - reserveBytes)
}

export function resizeTarget(request: TargetRequest): Target {
  const percent = request.ceilingPercent ?? DEFAULT_CEILING_PERCENT
  const byPercent = Math.floor((request.physicalBytes * percent) / 100)
  const byReserve = request.physicalBytes - request.reserveBytes
  const ceilingBytes = vmCeiling(request.physicalBytes, request.reserveBytes, percent)
  const step = request.unit === 'GiB' ? GiB : MiB
  const targetBytes = Math.ceil(request.requestedBytes / step) * step
  if (targetBytes < GiB) {
    throw new InputError(`Docker's VM cannot be given ${fmt(targetBytes)}: 1 GiB is the least it boots with`)
  }
  if (targetBytes > ceilingBytes) {
    const why =
      byPercent <= byReserve
        ? `${percent} % of this machine's ${fmt(request.physicalBytes)}`
        : `this machine's ${fmt(request.physicalBytes)} less ${fmt(request.reserveBytes)} kept for the host`
    throw new InputError(
      `Docker's VM would need ${fmt(targetBytes)}, above the ceiling of ${fmt(ceilingBytes)} (${why}); use a smaller model or container limits, or a machine with at least ${fmt(Math.ceil((targetBytes * 100) / percent / GiB) * GiB)}`
    )
  }
  return { targetBytes, ceilingBytes }
}

/** True when the engine's MemTotal shows the VM got `targetBytes` (it reports a little less). */
export function memoryMatches(memTotalBytes: number, targetBytes: number): boolean {
  return memTotalBytes >= targetBytes * (1 - MEMTOTAL_TOLERANCE) && memTotalBytes <= targetBytes * 1.01
}

/** True when the engine already has about `targetBytes` or more, so there is nothing to do. */
export function alreadyLargeEnough(memTotalBytes: number, targetBytes: number): boolean {
  return memTotalBytes >= targetBytes * (1 - MEMTOTAL_TOLERANCE)
}
