/**
 * Main starts, post stops, the sampler of the bound builder's memory (dist/sampler.js), so the
 * summary of a build that build-push-action ran on it can draw its memory against the limit
 * over time; main also keeps the kernel's marks in its cgroup at bind time (`builder-marks`), so
 * post reports the job's peak and kills. Best effort: a builder whose cgroup cannot be read here
 * (a remote engine) just has no samples, and its summary shows the peak alone.
 */
import * as core from '@actions/core'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { inspectContainerCommand, parseContainerState } from '../core/bind/builder-container.js'
import { seriesFileName } from '../core/build/memory-series.js'
import { stepCgroupParent } from '../core/build/step-cgroups.js'
import { parseDockerInfo } from '../core/docker-info.js'
import type { DockerFacts } from '../core/machine.js'
import { containerCgroup, readMarks } from '../bind/container-cgroup.js'
import { EngineCalls } from '../bind/engine-calls.js'
import { getState, saveState } from './state.js'

/** The folder of the job's build logs, where post's explanation of build records looks for the series. */
export function jobLogDir(): string {
  return join(process.env.RUNNER_TEMP || tmpdir(), 'docker-memory')
}

/** `known`: the engine's facts the plan's probe already read at main's start; asked again only without them. */
export async function startBuilderSeries(containerId: string, known: DockerFacts | null): Promise<void> {
  try {
    // Over the engine's socket when it is local, as the bind's calls are: two docker CLI starts
    // here (and `docker info` starting buildx's metadata plugin) were most of what binding
    // still added to the step (bench/plan-startup.mjs, "action main, buildx installed").
    const engine = new EngineCalls({ timeoutMs: 20000 })
    const [inspected, info] = await Promise.all([
      engine.raw(inspectContainerCommand(containerId)),
      known ? null : engine.raw({ args: ['info', '--format', '{{json .}}'], env: {} })
    ])
    if (inspected.code !== 0 || (info !== null && info.code !== 0)) return core.debug('the bound builder could not be inspected: its memory is not sampled')
    const facts = known ?? parseDockerInfo((info as { stdout: string }).stdout)
    const location = containerCgroup(parseContainerState(inspected.stdout), {
      engineLocal: facts.name === hostname(),
      cgroupVersion: facts.cgroupVersion,
      cgroupDriver: facts.cgroupDriver
    })
    if (!location) return core.debug("the bound builder's cgroup is not on this host: its memory is not sampled")
    // The kernel's marks as the job found them: post reports the peak and the kills since (the
    // high-water mark is the container's whole life's).
    saveState('builder-marks', JSON.stringify(readMarks(location)))
    const sampler = join(dirname(process.argv[1] ?? ''), 'sampler.js')
    if (!existsSync(sampler)) return core.debug(`no ${sampler}: the bound builder's memory is not sampled`)
    const usage = join(location.path, location.version === 2 ? 'memory.current' : 'memory.usage_in_bytes')
    mkdirSync(jobLogDir(), { recursive: true })
    const series = join(jobLogDir(), seriesFileName(containerId))
    writeFileSync(series, '')
    // The step cgroups BuildKit makes under the builder's: each step's own peak for post.
    const steps = [stepCgroupParent(location.path), String(location.version)]
    spawn(process.execPath, [sampler, usage, series, ...steps], { detached: true, stdio: 'ignore' }).unref()
    saveState('builder-series', series)
    core.debug(`sampling ${usage} into ${series}`)
  } catch (error) {
    core.debug(`the bound builder's memory is not sampled: ${(error as Error).message}`)
  }
}

/** Post: after the builds are explained, the sampler stops at its next tick. */
export function stopBuilderSeries(): void {
  const series = getState('builder-series')
  if (series === '') return
  try {
    writeFileSync(`${series}.stop`, '')
  } catch (error) {
    core.debug(`the sampler of ${series} could not be told to stop: ${(error as Error).message}`)
  }
}
