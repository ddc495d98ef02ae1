import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildOutcome } from '../../../src/core/build/outcome.js'
import { analyzeBuildLogs, BuildLogAnalyzer } from '../../../src/core/explain/build-log.js'
import { parseDmesg } from '../../../src/core/explain/dmesg.js'
import { mapDockerfile } from '../../../src/core/explain/dockerfile-map.js'
import { parsePlanRequest } from '../../../src/core/inputs.js'
import type { MachineFacts } from '../../../src/core/machine.js'
import { plan, type Plan } from '../../../src/core/plan/plan.js'
import { GiB } from '../../../src/core/units.js'

export const FIXTURES = path.resolve('__tests__/fixtures')

/** A one-line step's header in a generated log of `total` steps. */
export function stepHeader(i: number, total: number): string {
  return `#${i} [stage-${i % 7} ${i}/${total}] RUN echo ${i}`
}

/** The step that ends a generated log: killed, and its error with exit code 137. */
export function killedStep(n: number): string[] {
  return [`#${n} [stage-0 ${n}/${n}] RUN make`, `#${n} 0.1 Killed`, `#${n} ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 137`]
}

/** A log read as log-file.ts reads a file: straight into the reader's ring, `size` bytes at most at a time. */
export function readAsFile(text: string, size: number): BuildLogAnalyzer {
  const analyzer = new BuildLogAnalyzer()
  const bytes = Buffer.from(text)
  let at = 0
  while (
    analyzer.read((into) => {
      const n = bytes.copy(into, 0, at, Math.min(bytes.length, at + into.length))
      at += n
      return n
    }, size) > 0
  );
  return analyzer
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8')
}

/** Two captured buildx 0.28 builds: a step killed that still passed, and a step OOM-killed. */
export const PASSED_LOG = fixture('captured/buildx-0.28-docker-container-killed-but-passed.plain.log')
export const OOM_LOG = fixture('captured/buildx-0.28-docker-container-oom.plain.log')
/** The kernel's four kills in the captured dmesg (buildx's builder, cgroup v1): tail holding 80 MiB first. */
export const CAPTURED_KILLS = parseDmesg(fixture('captured/dmesg-memcg-oom-cgroupv1.txt'))
/** Their Dockerfiles, by the name each log gives. */
export const CAPTURED_DOCKERFILES = { 'Dockerfile.piped': fixture('captured/Dockerfile.piped'), 'Dockerfile.fail': fixture('captured/Dockerfile.fail') }
export type CapturedDockerfile = keyof typeof CAPTURED_DOCKERFILES

/** The builds of a log of those captures, each given its Dockerfile (at `path` when given). */
export function capturedBuilds(text: string, path?: string) {
  return analyzeBuildLogs(text).map((log) => ({
    log,
    dockerfile: { path: path ?? log.dockerfileName!, instructions: mapDockerfile(CAPTURED_DOCKERFILES[log.dockerfileName as CapturedDockerfile]) }
  }))
}

/** The plan for a runner like GitHub's public Linux ones: 16 GiB, 4 CPUs, no cgroup limit. */
export function runnerPlan(totalGiB = 16, cpus = 4, inputs: Record<string, string> = {}): Plan {
  const machine: MachineFacts = {
    os: { platform: 'linux', arch: 'x64', release: '6.8' },
    memory: { totalBytes: totalGiB * GiB, availableBytes: totalGiB * GiB * 0.9, swapTotalBytes: 4 * GiB, swapFreeBytes: 4 * GiB },
    cpus: { logical: cpus },
    cgroup: null,
    docker: null,
    runner: {
      ci: 'github',
      ciName: 'GitHub Actions',
      environment: 'github-hosted',
      name: 'runner',
      os: 'Linux',
      arch: 'X64',
      inContainer: false,
      containerHint: null
    }
  }
  return plan(
    machine,
    parsePlanRequest((name) => inputs[name] ?? '')
  )
}

export function outcome(overrides: Partial<BuildOutcome> = {}): BuildOutcome {
  return {
    enforcement: 'legacy',
    enforcementReason: 'the legacy builder enforces --memory on each RUN step',
    limitBytes: 100 * 1024 * 1024,
    swapLimitBytes: 100 * 1024 * 1024,
    limitScope: 'step',
    exitCode: 137,
    signal: null,
    cancelled: false,
    startedAt: '2026-11-23T11:00:00.000Z',
    durationMs: 4000,
    logPath: '/nonexistent',
    logFormat: 'legacy',
    dockerfile: 'Dockerfile',
    context: '.',
    peakBytes: 100 * 1024 * 1024,
    peakSource: 'memory.max_usage_in_bytes',
    builderName: null,
    builderOomKilled: null,
    oomKills: null,
    memorySamples: [],
    ...overrides
  }
}
