/**
 * The docker command lines of every mechanism, as data. Pure. Secret values never appear:
 * the edge writes each to a 0600 file and hands over only its path.
 */
import { toDockerSize } from '../units.js'
import type { BuildLimit, MechanismChoice } from '../enforce/mechanism.js'
import { atLeast } from './versions.js'
import type { BuildRequest } from './request.js'

export interface DockerCommand {
  args: string[]
  /** Variables to set for docker on top of the inherited environment. */
  env: Record<string, string>
}

/**
 * `config`: a buildkitd.toml for the builder (max-parallelism), and buildx's flag for it:
 * `--buildkitd-config` since buildx 0.13, `--config` before (buildxConfigFlag).
 */
export function createBuilderCommand(name: string, driver: string, limit: BuildLimit, config: { path: string; flag: string } | null = null): DockerCommand {
  const opts =
    driver === 'kubernetes'
      ? [`requests.memory=${toDockerSize(limit.memoryBytes)}`, `limits.memory=${toDockerSize(limit.memoryBytes)}`]
      : [`memory=${toDockerSize(limit.memoryBytes)}`, `memory-swap=${toDockerSize(limit.swapBytes)}`]
  if (limit.cpus !== null) {
    opts.push(
      ...(driver === 'kubernetes' ? [`requests.cpu=${limit.cpus}`, `limits.cpu=${limit.cpus}`] : ['cpu-period=100000', `cpu-quota=${limit.cpus * 100000}`])
    )
  }
  const configArgs = config && driver !== 'kubernetes' ? [config.flag, config.path] : []
  return { args: ['buildx', 'create', '--name', name, '--driver', driver, ...opts.flatMap((o) => ['--driver-opt', o]), ...configArgs, '--bootstrap'], env: {} }
}

/** buildx renamed `create --config` to `--buildkitd-config` in 0.13; 0.36 knows only the new name. */
export function buildxConfigFlag(buildxVersion: string | null): string {
  return atLeast(buildxVersion, '0.13.0') ? '--buildkitd-config' : '--config'
}

export function removeBuilderCommand(name: string): DockerCommand {
  return { args: ['buildx', 'rm', name], env: {} }
}

/** The container buildx runs a docker-container builder's BuildKit in (`buildx_buildkit_<node>`; the first node is `<name>0`). */
export function builderContainerName(builder: string): string {
  return `buildx_buildkit_${builder}0`
}

export interface SecretFile {
  id: string
  path: string
}

/**
 * Files docker writes the build's result to, as docker/build-push-action asks for them: the
 * image ID (`--iidfile`) and buildx's result metadata (`--metadata-file`).
 */
export interface ResultFiles {
  iid: string
  /** null: a buildx too old to write it. */
  metadata: string | null
}

/**
 * `cgroupParent`: a cgroup of our own for the classic builder's step containers, so the
 * kernel's high-water mark of all steps can be read from one place.
 */
export function buildCommand(
  request: BuildRequest,
  choice: MechanismChoice,
  secretFiles: SecretFile[],
  cgroupParent: string | null = null,
  results: ResultFiles | null = null
): DockerCommand {
  const flags: string[] = []
  const add = (flag: string, values: string[]): void => {
    for (const v of values) flags.push(flag, v)
  }
  if (request.file !== null) flags.push('--file', request.file)
  add('--tag', request.tags)
  add('--build-arg', request.buildArgs)
  if (request.target !== null) flags.push('--target', request.target)
  add('--label', request.labels)
  if (request.noCache) flags.push('--no-cache')
  add('--add-host', request.addHosts)
  if (request.network !== null) flags.push('--network', request.network)
  if (request.shmSize !== null) flags.push('--shm-size', request.shmSize)
  if (request.pull) flags.push('--pull')
  add('--ulimit', request.ulimits)
  // A local or tar exporter makes no image, so no image ID (as build-push-action).
  if (results !== null && !request.outputs.some(writesFiles)) flags.push('--iidfile', results.iid)

  if (choice.invocation === 'legacy') {
    add('--cache-from', request.cacheFrom)
    if (choice.enforcement === 'legacy') flags.push('--memory', toDockerSize(choice.memoryBytes), '--memory-swap', toDockerSize(choice.swapBytes))
    // Ours, for the steps' peak, unless the user named one (then the peak is not read).
    const parent = request.cgroupParent ?? cgroupParent
    if (parent !== null) flags.push('--cgroup-parent', parent)
    // Without it the classic builder keeps the container of a failed (killed) step forever.
    flags.push('--force-rm')
    return { args: ['build', ...flags, ...request.extraArgs, request.context], env: { DOCKER_BUILDKIT: '0' } }
  }

  if (request.platforms.length > 0) flags.push('--platform', request.platforms.join(','))
  add('--output', request.outputs)
  add('--cache-from', request.cacheFrom)
  for (const s of secretFiles) flags.push('--secret', `id=${s.id},src=${s.path}`)
  for (const s of request.secretFiles) flags.push('--secret', `id=${s.id},src=${s.source}`)
  // The variable's name only: docker reads the value from the environment it inherits.
  for (const s of request.secretEnvs) flags.push('--secret', `id=${s.id},env=${s.source}`)
  add('--ssh', request.ssh)
  if (request.cgroupParent !== null) flags.push('--cgroup-parent', request.cgroupParent)
  flags.push('--progress', 'plain')

  if (choice.invocation === 'classic-buildkit') {
    return { args: ['build', ...flags, ...request.extraArgs, request.context], env: { DOCKER_BUILDKIT: '1' } }
  }
  add('--cache-to', request.cacheTo)
  add('--build-context', request.buildContexts)
  add('--annotation', request.annotations)
  for (const a of [request.provenance, request.sbom]) if (a !== null) flags.push('--attest', a)
  add('--attest', request.attests)
  add('--allow', request.allow)
  if (request.call !== null) flags.push('--call', request.call)
  add('--no-cache-filter', request.noCacheFilters)
  // buildx writes it only when the build succeeds.
  if (results?.metadata) flags.push('--metadata-file', results.metadata)
  if (request.push) flags.push('--push')
  if (request.load) flags.push('--load')
  if (choice.enforcement === 'resource')
    flags.push('--resource', `memory=${toDockerSize(choice.memoryBytes)}`, '--resource', `memory-swap=${toDockerSize(choice.swapBytes)}`)
  const builder = choice.builder ? ['--builder', choice.builder.name] : []
  return { args: ['buildx', 'build', ...builder, ...flags, ...request.extraArgs, request.context], env: {} }
}

/** `type=local` / `type=tar`, or a bare path, which buildx reads as a local export. */
function writesFiles(output: string): boolean {
  const fields = output.split(',').map((f) => f.trim())
  if (fields.length === 1 && !fields[0].startsWith('type=')) return true
  return fields.some((f) => f === 'type=local' || f === 'type=tar')
}
