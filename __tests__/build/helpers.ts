import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseBuildxLs } from '../../src/core/build/builders.js'
import { buildkitCgroupPath, type BuildFacts } from '../../src/core/enforce/mechanism.js'
import { parseBuildRequest, type BuildRequest } from '../../src/core/build/request.js'
import { parseBuildxVersion, parseDockerVersion } from '../../src/core/build/versions.js'

export const captured = (f: string): string => readFileSync(join('__tests__/fixtures/captured', f), 'utf8')
export const own = (f: string): string => readFileSync(join('__tests__/fixtures/build', f), 'utf8')

/** Facts as the probe builds them, from real captures of each machine. */
export const MACHINES = {
  /** This machine, PATH's docker: a 28 client without buildx. */
  client28NoBuildx: (): BuildFacts => facts(captured('docker-version-client-28-engine-20.10.json'), null, null),
  /** This machine with /usr/bin first: the 20.10 client, BuildKit built in. */
  client2010: (): BuildFacts => facts(own('docker-version-client-20.10-engine-20.10.json'), null, null),
  /** The machine of the buildx captures: buildx 0.28, the default docker builder current, memtest beside it. */
  buildx028: (): BuildFacts => facts(captured('docker-version-client-28-engine-20.10.json'), captured('buildx-version.txt'), captured('buildx-ls.json'))
}

function facts(version: string, buildx: string | null, ls: string | null, cgroupVersion = '1', cgroupDriver = 'cgroupfs'): BuildFacts {
  const v = parseDockerVersion(version)
  return {
    clientVersion: v.client,
    serverVersion: v.server,
    buildxVersion: buildx === null ? null : parseBuildxVersion(buildx),
    builders: ls === null ? [] : parseBuildxLs(ls),
    buildkitCgroup: buildkitCgroupPath(cgroupVersion, cgroupDriver, true),
    engineLocal: true,
    cgroupVersion,
    cgroupDriver,
    unavailable: {}
  }
}

export function request(inputs: Record<string, string> = {}): BuildRequest {
  return parseBuildRequest((name) => inputs[name] ?? '')
}
