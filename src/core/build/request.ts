/**
 * The build inputs, shared by the action (inputs) and `docker-memory build` (flags), named as
 * in docker/build-push-action so a workflow can switch by changing `uses:`.
 */
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { parseBoolean, type InputReader } from '../inputs.js'
import type { Plan } from '../plan/plan.js'
import { MiB, formatSize, parseSize } from '../units.js'
import type { BuildLimit } from './mechanism.js'

export const DRIVERS = ['auto', 'docker-container', 'docker', 'kubernetes', 'remote', 'legacy'] as const
export type DriverChoice = (typeof DRIVERS)[number]

export interface BuildSecret {
  id: string
  value: string
}

export interface BuildRequest {
  context: string
  /** null: the context's Dockerfile. */
  file: string | null
  tags: string[]
  buildArgs: string[]
  target: string | null
  platforms: string[]
  push: boolean
  load: boolean
  outputs: string[]
  cacheFrom: string[]
  cacheTo: string[]
  /** Values stay in memory and go to docker through 0600 files, never through argv. */
  secrets: BuildSecret[]
  labels: string[]
  noCache: boolean
  extraArgs: string[]
  /** An existing builder the user chose; null: ours or the current one. */
  builder: string | null
  driver: DriverChoice
  /** null: equal to the memory limit, so swap is no escape hatch. */
  memorySwapBytes: number | null
  keepBuilder: boolean
}

/** True when the action should build: `context` or `file` was given. */
/** The Dockerfile a build reads: `file`, else `Dockerfile` in the context, as docker does. */
export function dockerfilePath(read: InputReader): string {
  return read('file').trim() || join(read('context').trim() || '.', 'Dockerfile')
}

export function wantsBuild(read: InputReader): boolean {
  return read('context').trim() !== '' || read('file').trim() !== ''
}

export function parseBuildRequest(read: InputReader): BuildRequest {
  const get = (name: string): string => read(name).trim()
  const flag = (name: string): boolean => (get(name) === '' ? false : parseBoolean(get(name), name))
  const driverText = get('driver').toLowerCase() || 'auto'
  if (!(DRIVERS as readonly string[]).includes(driverText)) {
    throw new InputError(`driver "${get('driver')}" is not one of ${DRIVERS.join(', ')}`)
  }
  const swapText = get('memory-swap')
  return {
    context: get('context') || '.',
    file: get('file') || null,
    tags: list(read('tags')),
    buildArgs: lines(read('build-args')),
    target: get('target') || null,
    platforms: list(read('platforms')),
    push: flag('push'),
    load: flag('load'),
    outputs: lines(read('outputs')),
    cacheFrom: lines(read('cache-from')),
    cacheTo: lines(read('cache-to')),
    secrets: parseSecrets(read('secrets')),
    labels: lines(read('labels')),
    noCache: flag('no-cache'),
    extraArgs: get('extra-args') === '' ? [] : get('extra-args').split(/\s+/),
    builder: get('builder') || null,
    driver: driverText as DriverChoice,
    memorySwapBytes: swapText === '' ? null : parseSize(swapText, 'memory-swap'),
    keepBuilder: flag('keep-builder')
  }
}

/** `ID=value` per line, as build-push-action's `secrets`. */
export function parseSecrets(text: string): BuildSecret[] {
  const secrets: BuildSecret[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const eq = line.indexOf('=')
    const id = eq < 0 ? '' : line.slice(0, eq).trim()
    // The message names the id only: the line itself may hold the secret.
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw new InputError(`secrets: a line is not ID=value (the id must be letters, digits, _ . -)`)
    if (secrets.some((s) => s.id === id)) throw new InputError(`secrets names "${id}" twice`)
    secrets.push({ id, value: line.slice(eq + 1) })
  }
  return secrets
}

/** Newline- or comma-separated, as build-push-action's list inputs. */
function list(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** One per line: values such as `type=registry,ref=…` contain commas themselves. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * The plan's build memory as the limit; swap defaults to the same, so swap is no escape hatch.
 * Whole MiB, rounded down: what `--memory 7990m` and a builder's driver option can say, a whole
 * number of the kernel's pages, so a limit read back is the limit written.
 */
export function limitFromPlan(plan: Plan, request: BuildRequest): BuildLimit {
  const memoryBytes = Math.floor(plan.build.bytes / MiB) * MiB
  const swapBytes = request.memorySwapBytes === null ? memoryBytes : Math.floor(request.memorySwapBytes / MiB) * MiB
  if (swapBytes < memoryBytes) {
    throw new InputError(`memory-swap ${formatSize(swapBytes)} is below the build memory ${formatSize(memoryBytes)}; it counts memory plus swap, so it must be at least as large`)
  }
  // Only a CPU limit the machine really has is passed on to a builder we create.
  return { memoryBytes, swapBytes, cpus: plan.machine.cpusSource === 'cgroup-quota' || plan.machine.cpusSource === 'cpuset' ? plan.machine.cpus : null }
}
