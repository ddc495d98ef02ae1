/**
 * The build inputs, shared by the action (inputs) and `docker-memory build` (flags), named as
 * in docker/build-push-action so a workflow can switch by changing `uses:`.
 */
import { InputError } from '../errors.js'
import { parseBoolean, type InputReader } from '../inputs.js'
import { parseArguments, parseList } from './input-lists.js'
import { withDefaultContext } from './git-context.js'
import { buildLimitBytes, type Plan } from '../plan/plan.js'
import { MiB, formatSize, parseSize } from '../units.js'
import type { BuildLimit } from '../enforce/mechanism.js'

export const DRIVERS = ['auto', 'docker-container', 'docker', 'kubernetes', 'remote', 'legacy'] as const
export type DriverChoice = (typeof DRIVERS)[number]

export interface BuildSecret {
  id: string
  value: string
}

/** A secret docker reads itself, from a file or from its environment: no value passes through us. */
export interface BuildSecretSource {
  id: string
  /** The file's path (`secret-files`) or the variable's name (`secret-envs`). */
  source: string
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
  secretFiles: BuildSecretSource[]
  secretEnvs: BuildSecretSource[]
  ssh: string[]
  buildContexts: string[]
  /** `--attest` values: `type=provenance,…` / `type=sbom,…`; null: buildx's own default. */
  provenance: string | null
  sbom: string | null
  annotations: string[]
  network: string | null
  pull: boolean
  addHosts: string[]
  shmSize: string | null
  labels: string[]
  noCache: boolean
  /** `--allow` entitlements (network.host, security.insecure). */
  allow: string[]
  /** More `--attest` values (`type=…,…`), less any provenance or sbom the inputs of those names set. */
  attests: string[]
  /** `--call`: build (buildx's default), check, outline, targets. null: not given. */
  call: string | null
  cgroupParent: string | null
  noCacheFilters: string[]
  ulimits: string[]
  extraArgs: string[]
  /** An existing builder the user chose; null: ours or the current one. */
  builder: string | null
  driver: DriverChoice
  /** null: equal to the memory limit, so swap is no escape hatch. */
  memorySwapBytes: number | null
  keepBuilder: boolean
}

/**
 * True when the action should build: `context` or `file` was given, or `tags` or `push`, which
 * ask for an image as they do of build-push-action (the context is then the workspace).
 */
export function wantsBuild(read: InputReader): boolean {
  const push = read('push').trim()
  return read('context').trim() !== '' || read('file').trim() !== '' || read('tags').trim() !== '' || (push !== '' && parseBoolean(push, 'push'))
}

/**
 * `driver`, checked on every step, a step that only plans included: a typo there would
 * otherwise pass unnoticed until the day the step builds.
 */
export function parseDriver(input: string): DriverChoice {
  const text = input.trim().toLowerCase() || 'auto'
  if ((DRIVERS as readonly string[]).includes(text)) return text as DriverChoice
  throw new InputError(`driver "${input.trim()}" is not one of ${DRIVERS.join(', ')}`)
}

/**
 * Where the build runs when `context` is not given: build-push-action's Git context (the
 * commit, fetched by BuildKit) in a workflow run, else the current folder (the CLI).
 */
export interface BuildDefaults {
  /** gitContext() of the run, or null outside one. */
  gitContext: string | null
}

/**
 * Every list as build-push-action reads it (parseList: CSV with quotes, commas splitting only
 * the inputs it splits), every boolean as getBooleanInput reads it.
 */
export function parseBuildRequest(read: InputReader, defaults: BuildDefaults = { gitContext: null }): BuildRequest {
  const get = (name: string): string => read(name).trim()
  const flag = (name: string): boolean => (get(name) === '' ? false : parseBoolean(get(name), name))
  const list = (name: string): string[] => parseList(read(name), name)
  const lines = (name: string): string[] => parseList(read(name), name, { ignoreComma: true })
  const swapText = get('memory-swap')
  const defaultContext = defaults.gitContext ?? '.'
  const context = withDefaultContext(get('context'), defaultContext) || defaultContext
  const provenance = attestation('provenance', get('provenance'))
  const sbom = attestation('sbom', get('sbom'))
  const secrets = parseSecrets(read('secrets'))
  // build-push-action's github-token: the Git context's credentials, as the GIT_AUTH_TOKEN secret
  // BuildKit uses to fetch it, unless one was given or the build does not fetch that context.
  const token = get('github-token')
  if (token !== '' && defaults.gitContext !== null && context.startsWith(defaults.gitContext) && !secrets.some((s) => s.id === 'GIT_AUTH_TOKEN'))
    secrets.push({ id: 'GIT_AUTH_TOKEN', value: token })
  return {
    context,
    file: get('file') || null,
    tags: list('tags'),
    buildArgs: lines('build-args'),
    target: get('target') || null,
    platforms: list('platforms'),
    push: flag('push'),
    load: flag('load'),
    outputs: parseList(read('outputs'), 'outputs', { ignoreComma: true, noQuotes: true }),
    cacheFrom: lines('cache-from'),
    cacheTo: lines('cache-to'),
    secrets,
    secretFiles: secretSources(lines('secret-files'), 'secret-files', 'ID=path'),
    secretEnvs: secretSources(list('secret-envs'), 'secret-envs', 'ID=VARIABLE'),
    ssh: list('ssh'),
    buildContexts: lines('build-contexts').map((c) => withDefaultContext(c, defaultContext)),
    provenance,
    sbom,
    annotations: lines('annotations'),
    network: get('network') || null,
    pull: flag('pull'),
    addHosts: list('add-hosts'),
    shmSize: checkedSize(get('shm-size'), 'shm-size'),
    labels: lines('labels'),
    noCache: flag('no-cache'),
    allow: list('allow'),
    attests: attests(lines('attests'), provenance !== null, sbom !== null),
    call: get('call') || null,
    cgroupParent: get('cgroup-parent') || null,
    noCacheFilters: list('no-cache-filters'),
    ulimits: lines('ulimit'),
    extraArgs: get('extra-args') === '' ? [] : parseArguments(get('extra-args'), 'extra-args'),
    builder: get('builder') || null,
    driver: parseDriver(read('driver')),
    memorySwapBytes: swapText === '' ? null : parseSize(swapText, 'memory-swap'),
    keepBuilder: flag('keep-builder')
  }
}

/**
 * `ID=value` per line, as build-push-action's `secrets` (its list rules: a line may be quoted,
 * `"ID=a value, with commas"`, and a quoted value may span lines).
 */
export function parseSecrets(text: string): BuildSecret[] {
  const secrets: BuildSecret[] = []
  for (const entry of parseList(text, 'secrets', { ignoreComma: true, secret: true })) {
    const eq = entry.indexOf('=')
    const id = eq < 0 ? '' : entry.slice(0, eq).trim()
    // The message names the id only: the line itself may hold the secret.
    if (!/^[A-Za-z0-9_.-]+$/.test(id)) throw new InputError(`secrets: a line is not ID=value (the id must be letters, digits, _ . -)`)
    if (secrets.some((s) => s.id === id)) throw new InputError(`secrets names "${id}" twice`)
    secrets.push({ id, value: entry.slice(eq + 1) })
  }
  return secrets
}

/** `ID=source` entries, as build-push-action's `secret-files` and `secret-envs`. */
function secretSources(entries: string[], input: string, shape: string): BuildSecretSource[] {
  const sources: BuildSecretSource[] = []
  for (const entry of entries) {
    const eq = entry.indexOf('=')
    const id = eq < 0 ? '' : entry.slice(0, eq).trim()
    const source = eq < 0 ? '' : entry.slice(eq + 1).trim()
    if (!/^[A-Za-z0-9_.-]+$/.test(id) || source === '') throw new InputError(`${input}: "${entry}" is not ${shape} (the id must be letters, digits, _ . -)`)
    if (sources.some((s) => s.id === id)) throw new InputError(`${input} names "${id}" twice`)
    sources.push({ id, source })
  }
  return sources
}

/** Checked here, passed on as written: docker reads the same units. */
function checkedSize(text: string, input: string): string | null {
  if (text === '') return null
  parseSize(text, input)
  return text
}

// Go's strconv.ParseBool, which buildx applies to each attestation attribute.
const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True']
const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False']

/**
 * `provenance`/`sbom` as build-push-action passes them: `--attest type=<kind>,<value>`, a bare
 * boolean turned into `disabled=…` (docker/actions-toolkit resolveAttestationAttrs). Empty: no
 * flag, so buildx's own default applies.
 */
function attestation(kind: 'provenance' | 'sbom', value: string): string | null {
  if (value === '') return null
  const attrs = value
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
  const resolved = attrs.map((a) => (GO_TRUE.includes(a) ? 'disabled=false' : GO_FALSE.includes(a) ? 'disabled=true' : a))
  if (resolved.some((a) => !a.includes('='))) throw new InputError(`${kind} "${value}" is not true, false or key=value attributes (mode=max)`)
  return [`type=${kind}`, ...resolved].join(',')
}

/**
 * `attests` as build-push-action passes them: each a `type=…` attestation, a bare Go boolean
 * turned into `disabled=…`; a provenance or sbom one is left out when the input of that name
 * is set, which takes precedence.
 */
function attests(entries: string[], provenanceSet: boolean, sbomSet: boolean): string[] {
  const out: string[] = []
  for (const entry of entries) {
    const attrs = entry
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '')
    const type = attrs.find((a) => a.startsWith('type='))?.slice('type='.length)
    if (!type) throw new InputError(`attests "${entry}" names no type= (type=sbom, type=provenance,mode=max)`)
    if ((type === 'provenance' && provenanceSet) || (type === 'sbom' && sbomSet)) continue
    const resolved = attrs.map((a) => (GO_TRUE.includes(a) ? 'disabled=false' : GO_FALSE.includes(a) ? 'disabled=true' : a))
    if (resolved.some((a) => !a.includes('='))) throw new InputError(`attests "${entry}" is not key=value attributes`)
    out.push(resolved.join(','))
  }
  return out
}

/**
 * The limit and memory-swap in whole MiB, as both the build and the builder binding set them:
 * the kernel keeps whole pages, so a limit read back is the limit written. memory-swap (null:
 * equal to the limit, so swap is no escape hatch) counts memory plus swap, so it may not be less.
 */
export function wholeMiBLimits(limitBytes: number, memorySwapBytes: number | null): { memoryBytes: number; swapBytes: number } {
  const memoryBytes = Math.floor(limitBytes / MiB) * MiB
  const swapBytes = memorySwapBytes === null ? memoryBytes : Math.floor(memorySwapBytes / MiB) * MiB
  if (swapBytes < memoryBytes) {
    throw new InputError(
      `memory-swap ${formatSize(swapBytes)} is below the build memory ${formatSize(memoryBytes)}; it counts memory plus swap, so it must be at least as large`
    )
  }
  return { memoryBytes, swapBytes }
}

/** The plan's build memory as the limit, in whole MiB (`wholeMiBLimits`): what `--memory 7990m` and a builder's driver option can say. */
export function limitFromPlan(plan: Plan, request: BuildRequest): BuildLimit {
  const planned = buildLimitBytes(plan)
  // With on-insufficient: warn the plan is published, but a build with no limit to bind would
  // run unbounded while saying otherwise: it is refused instead.
  if (planned === null) {
    const why = plan.problems[0]?.message ?? `${formatSize(plan.build.bytes)} is left for it`
    throw new InputError(`the plan leaves no memory limit a build can run under (${why}); nothing was built`)
  }
  const { memoryBytes, swapBytes } = wholeMiBLimits(planned, request.memorySwapBytes)
  // Only a CPU limit the machine really has is passed on to a builder we create.
  return {
    memoryBytes,
    swapBytes,
    cpus: plan.machine.cpusSource === 'cgroup-quota' || plan.machine.cpusSource === 'cpuset' ? plan.machine.cpus : null,
    maxParallelism: plan.parallelism.maxParallelism
  }
}
