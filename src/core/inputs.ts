/**
 * Validation of what the user asked for, shared by the action (inputs) and the CLI (flags):
 * both hand over the raw strings by name, and get a PlanRequest or one InputError.
 */
import { STEP_FLOOR_BYTES } from './enforce/mechanism.js'
import { InputError } from './errors.js'
import { parseRunnerLabels } from './plan/fit.js'
import { parseOllamaModel } from './plan/ollama.js'
import { DOCKER_MIN_MEMORY } from './plan/layers.js'
import { ON_INSUFFICIENT, type ContainerRequest, type OnInsufficient, type PlanRequest } from './plan/plan.js'
import { parseProfile } from './plan/profiles.js'
import { envName } from './publish.js'
import { bareNumberHint, formatSize, parseSize, parseSizeOrPercent } from './units.js'

/** Reads one raw input by its action name (`build-memory`); '' when not given. */
export type InputReader = (name: string) => string

/** Defaults, in the action's own words; action.yml declares the same (a test keeps them equal). */
export const PLAN_DEFAULTS = {
  profile: 'balanced',
  'on-insufficient': 'fail',
  'memory-per-job': '2g',
  'export-env': 'true',
  'export-parallelism': 'false',
  summary: 'true'
} as const

const CONTAINER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/

export function parsePlanRequest(read: InputReader): PlanRequest {
  const get = (name: string, fallback = ''): string => read(name).trim() || fallback

  const buildMemoryText = get('build-memory')
  const buildMemory = buildMemoryText === '' || buildMemoryText === 'auto' ? null : parseSizeOrPercent(buildMemoryText, 'build-memory')
  if (buildMemory?.kind === 'bytes')
    atLeast(buildMemory.bytes, STEP_FLOOR_BYTES, `the ${formatSize(STEP_FLOOR_BYTES)} a build step needs to start`, 'build-memory', buildMemoryText, {
      example: '4g, or leave build-memory empty to plan from the profile',
      zeroNote: '; Docker would read a limit of 0 as no limit at all'
    })

  const reserveText = get('reserve-memory')
  const reserveMemoryBytes = reserveText === '' || reserveText === 'auto' ? null : parseSize(reserveText, 'reserve-memory')

  const memoryPerJobText = get('memory-per-job', PLAN_DEFAULTS['memory-per-job'])
  const memoryPerJobBytes = parseSize(memoryPerJobText, 'memory-per-job')
  if (memoryPerJobBytes < 64 * 1024 * 1024) {
    throw new InputError(`memory-per-job "${memoryPerJobText}" is below 64 MiB; no compiler job fits in that`)
  }

  const totalText = get('total-memory')
  const totalMemoryBytes = totalText === '' ? null : parseSize(totalText, 'total-memory')
  if (totalMemoryBytes !== null && totalMemoryBytes < 256 * 1024 * 1024) {
    throw new InputError(`total-memory "${totalText}" is below 256 MiB; no runner is that small${bareNumberHint(totalText, '16g')}`)
  }

  const cpusText = get('cpus')
  let cpus: number | null = null
  if (cpusText !== '') {
    if (!/^\d+$/.test(cpusText) || Number(cpusText) < 1 || Number(cpusText) > 4096) {
      throw new InputError(`cpus "${cpusText}" must be a whole number from 1 to 4096`)
    }
    cpus = Number(cpusText)
  }

  return {
    profile: parseProfile(get('profile', PLAN_DEFAULTS.profile)),
    buildMemory,
    reserveMemoryBytes,
    containers: parseContainers(read('containers')),
    ollama: parseOllamaModel(get('ollama-model')),
    onInsufficient: parseOnInsufficient(get('on-insufficient', PLAN_DEFAULTS['on-insufficient'])),
    memoryPerJobBytes,
    totalMemoryBytes,
    cpus,
    platforms: parsePlatforms(read('platforms')),
    runnerLabels: parseRunnerLabels(read('runner-labels'))
  }
}

/** `linux/amd64,linux/arm64` or one per line: each runs its steps beside the others'. */
export function parsePlatforms(text: string): string[] {
  const platforms = text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return [...new Set(platforms)]
}

/** `name=size` per line (or separated by commas); `#` starts a comment. */
export function parseContainers(text: string): ContainerRequest[] {
  const containers: ContainerRequest[] = []
  // Names seen, by their variable name: one lookup per line keeps 10k lines linear.
  const byEnvName = new Map<string, string>()
  const entries = text
    .split(/[\n,]/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
  for (const entry of entries) {
    const m = /^([^=\s]+)\s*=\s*(\S+)$/.exec(entry)
    if (!m) {
      throw new InputError(`containers line "${entry}" is not name=size (for example redis=512m)`)
    }
    const [, name, sizeText] = m
    if (!CONTAINER_NAME.test(name)) {
      throw new InputError(`containers line "${entry}": "${name}" is not a container name (letters, digits, _ . -)`)
    }
    if (name.toLowerCase() === 'ollama') {
      throw new InputError(`containers line "${entry}": the ollama container is planned from ollama-model; use that input instead`)
    }
    const clash = byEnvName.get(envName(name))
    if (clash === name) throw new InputError(`containers names "${name}" twice`)
    if (clash !== undefined) {
      throw new InputError(`containers "${clash}" and "${name}" would share the variable DOCKER_MEMORY_CONTAINER_${envName(name)}: rename one`)
    }
    byEnvName.set(envName(name), name)
    const bytes = parseSize(sizeText, `containers size for ${name}`)
    atLeast(bytes, DOCKER_MIN_MEMORY, `Docker's minimum of ${formatSize(DOCKER_MIN_MEMORY)}`, `containers size for ${name}`, sizeText)
    containers.push({ name, bytes })
  }
  return containers
}

function parseOnInsufficient(input: string): OnInsufficient {
  const value = input.trim().toLowerCase()
  if ((ON_INSUFFICIENT as readonly string[]).includes(value)) return value as OnInsufficient
  throw new InputError(`on-insufficient "${input}" is not one of ${ON_INSUFFICIENT.join(', ')}`)
}

// @actions/core's getBooleanInput: YAML 1.2's core schema, nothing else (no yes/no, no 1/0).
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** A boolean input as @actions/core's getBooleanInput reads it (and build-push-action with it): true, True, TRUE, false, False or FALSE. */
export function parseBoolean(input: string, name: string): boolean {
  const value = input.trim()
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  // yes/no, on/off and 1/0 are booleans elsewhere (YAML 1.1, shells): say why they are not here.
  const near = /^(yes|no|on|off|y|n|1|0)$/i.test(value) ? ' (only true, True, TRUE, false, False or FALSE, as GitHub reads a boolean input)' : ''
  throw new InputError(`${name} "${value}" must be true or false${near}`)
}

function atLeast(bytes: number, floor: number, floorText: string, what: string, text: string, hint = { example: '512m', zeroNote: '' }): void {
  if (bytes < floor) {
    throw new InputError(`${what} "${text}" is below ${floorText}${bareNumberHint(text, hint.example, hint.zeroNote)}`)
  }
}
