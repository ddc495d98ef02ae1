import { parseDockerInfo } from '../core/docker-info.js'
import { parseBuildxInspect, parseBuildxLs, type BuilderInfo } from '../core/build/builders.js'
import { buildkitCgroupPath, type BuildFacts } from '../core/enforce/mechanism.js'
import { parseBuildxVersion, parseDockerVersion, parseEngineName } from '../core/build/versions.js'
import { hostname } from 'node:os'
import { captureDocker, firstLine } from '../runners/docker.js'
import { EngineError } from '../core/errors.js'

/** Everything the mechanism choice needs, asked of docker once per build. */
export async function probeBuildFacts(): Promise<BuildFacts> {
  const version = await captureDocker(['version', '--format', '{{json .}}'], { timeoutMs: 20000 })
  if (version.spawnError) throw new EngineError(`cannot build: ${version.spawnError}`)
  let versions
  try {
    versions = parseDockerVersion(version.stdout)
  } catch (e) {
    throw new EngineError(`cannot build: ${(e as Error).message} (${firstLine(version.stderr)})`)
  }
  // docker version prints the client half and exits non-zero when the engine is away.
  if (versions.server === null)
    throw new EngineError(`cannot build: no Docker engine answers (${firstLine(version.stderr) || 'docker version has no Server part'})`)

  const info = await captureDocker(['info', '--format', '{{json .}}'], { timeoutMs: 20000 })
  const docker = info.code === 0 ? parseDockerInfo(info.stdout) : null

  let buildxVersion: string | null = null
  let builders: BuilderInfo[] = []
  const bx = await captureDocker(['buildx', 'version'], { timeoutMs: 20000 })
  if (bx.code === 0) {
    buildxVersion = parseBuildxVersion(bx.stdout)
    const ls = await captureDocker(['buildx', 'ls', '--format', 'json'], { timeoutMs: 20000 })
    if (ls.code === 0) {
      builders = parseBuildxLs(ls.stdout)
    } else {
      // buildx before 0.13 has no `ls --format json`: the current builder is enough to decide.
      const inspect = await captureDocker(['buildx', 'inspect'], { timeoutMs: 20000 })
      if (inspect.code === 0) builders = [{ ...parseBuildxInspect(inspect.stdout), current: true }]
    }
  }
  const engineLocal = info.code === 0 && parseEngineName(info.stdout) === hostname()
  const cgroupVersion = docker?.cgroupVersion ?? null
  const cgroupDriver = docker?.cgroupDriver ?? null
  return {
    clientVersion: versions.client,
    serverVersion: versions.server,
    buildxVersion,
    builders,
    buildkitCgroup: buildkitCgroupPath(cgroupVersion, cgroupDriver, engineLocal),
    engineLocal,
    cgroupVersion,
    cgroupDriver,
    unavailable: {}
  }
}
