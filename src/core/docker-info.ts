/** `docker info --format '{{json .}}'` → DockerFacts. Pure: the runner hands over the text. */
import type { DockerBackend, DockerFacts } from './machine.js'

interface BackendRow {
  backend: DockerBackend
  inVm: boolean
  matches: (info: RawInfo) => boolean
}

interface RawInfo {
  Name?: string
  OperatingSystem?: string
  ServerVersion?: string
  MemTotal?: number
  NCPU?: number
  OSType?: string
  Architecture?: string
  CgroupVersion?: string
  CgroupDriver?: string
  Labels?: string[] | null
  ClientInfo?: { Version?: string; Plugins?: Array<{ Name?: string; Version?: string }> }
}

// How each desktop backend shows itself in `docker info`; the first match wins.
// Stryker disable ArrayDeclaration,ObjectLiteral,StringLiteral,BooleanLiteral,ArrowFunction: a module-level
// table is built once, when the module is loaded; the mutation run keeps modules loaded between
// mutants, so a mutant of the table itself is never active (it would be reported as surviving
// whatever the tests check). Each row is pinned by a test of its own: __tests__/core/docker-info.test.ts
// (each backend and whether it is a VM). The patterns, read at run time, stay mutated.
const BACKENDS: readonly BackendRow[] = [
  { backend: 'docker-desktop', inVm: true, matches: (i) => /Docker Desktop/i.test(i.OperatingSystem ?? '') },
  { backend: 'colima', inVm: true, matches: (i) => /^colima/i.test(i.Name ?? '') },
  { backend: 'rancher-desktop', inVm: true, matches: (i) => /Rancher Desktop/i.test(i.OperatingSystem ?? '') || /^lima-rancher-desktop/.test(i.Name ?? '') },
  { backend: 'orbstack', inVm: true, matches: (i) => /OrbStack/i.test(i.OperatingSystem ?? '') },
  { backend: 'podman', inVm: false, matches: (i) => /podman/i.test(i.ServerVersion ?? '') || /podman/i.test(i.OperatingSystem ?? '') }
]
// Stryker restore ArrayDeclaration,ObjectLiteral,StringLiteral,BooleanLiteral,ArrowFunction

export class DockerInfoError extends Error {}

export function parseDockerInfo(json: string): DockerFacts {
  let info: RawInfo
  try {
    info = JSON.parse(json) as RawInfo
  } catch {
    throw new DockerInfoError('docker info did not print JSON')
  }
  if (typeof info !== 'object' || info === null || typeof info.MemTotal !== 'number') {
    throw new DockerInfoError('docker info has no MemTotal')
  }
  const row = BACKENDS.find((b) => b.matches(info))
  const buildx = info.ClientInfo?.Plugins?.find((p) => p.Name === 'buildx')
  return {
    name: info.Name ?? '',
    serverVersion: info.ServerVersion ?? 'unknown',
    memTotalBytes: info.MemTotal,
    ncpu: info.NCPU ?? 0,
    osType: info.OSType ?? 'linux',
    operatingSystem: info.OperatingSystem ?? '',
    architecture: info.Architecture ?? '',
    cgroupVersion: info.CgroupVersion ?? null,
    cgroupDriver: info.CgroupDriver ?? null,
    backend: row?.backend ?? 'engine',
    inVm: row?.inVm ?? false,
    clientVersion: info.ClientInfo?.Version ?? null,
    buildxVersion: buildx?.Version ?? null
  }
}
