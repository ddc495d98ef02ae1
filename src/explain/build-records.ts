/**
 * Explains a builder's build records (what buildx calls its history; here "history" is only
 * our store of peaks): the builds a builder remembers, whoever ran them (docker/build-push-action, bake, a
 * plain `docker buildx build`), with no log captured by the user: `buildx history` keeps each
 * build's record and progress log on the builder. Each failed or killed-but-passed build gets
 * the same explanation as a build of our own.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { homedir, hostname } from 'node:os'
import path from 'node:path'
import type { BuildOutcome } from '../core/build/outcome.js'
import { parseSeries, samplesDuring, seriesFileName, type SeriesPoint } from '../core/build/memory-series.js'
import { cgroupsDuring, parseStepsFile, stepsFileName } from '../core/build/step-cgroups.js'
import type { StepCgroupsSeen } from '../core/build/step-peaks.js'
import {
  buildsSince,
  historyInspectCommand,
  historyLogsCommand,
  historyLsCommand,
  parseHistoryInspect,
  parseHistoryLs,
  parseRefsEntry,
  type BuildRecordDetail,
  type BuildRecord
} from '../core/build/build-records.js'
import { inspectContainerCommand, parseContainerState, type ContainerState } from '../core/bind/builder-container.js'
import { parseDockerInfo } from '../core/docker-info.js'
import type { BuildLogAnalysis } from '../core/explain/build-log.js'
import { explainBuild, type Explanation } from '../core/explain/explain.js'
import type { MappedDockerfile } from '../core/explain/find-instruction.js'
import { buildSummary } from '../core/explain/summary.js'
import { EngineError } from '../core/errors.js'
import type { Plan } from '../core/plan/plan.js'
import { captureDocker, lastLine, streamDocker } from '../runners/docker.js'
import { containerCgroup, readMarks } from '../bind/container-cgroup.js'
import { cgroupFiles } from '../core/enforce/cgroup-limit.js'
import { sinceBind, type CgroupMarks, type MarksSinceBind } from '../core/bind/builder-marks.js'
import { readDockerfile } from './dockerfile.js'
import { ensureWritableDirectory } from '../files/write.js'
import { analyzeLogFile } from './log-file.js'

export interface BuildRecordReport {
  record: BuildRecord
  log: BuildLogAnalysis
  explanation: Explanation
  summary: string
  /** What the build left, as our own builds leave it: for the history of peaks. */
  outcome: BuildOutcome
}

/** A build memory did not hurt: nothing to explain, but its peaks count for the history. */
export interface PassedBuildRecord {
  record: BuildRecord
  log: BuildLogAnalysis
  outcome: BuildOutcome
}

export interface BuildRecordOptions {
  /** ISO time: only builds started since (the action's `main`). */
  since: string | null
  /** Annotation paths are relative to it. */
  workspace: string
  /** Where the builds' logs are written. */
  logDir: string
  plan: Plan | null
  /** buildx's refs directory (`$DOCKER_CONFIG/buildx/refs`), which names each build's Dockerfile. */
  refsDir?: string
  /**
   * The kernel's marks in the builder's cgroup when this job bound it (the action's main): the
   * peak and OOM kills are then this job's. Absent: the high-water mark of the container's life.
   */
  marksAtBind?: CgroupMarks | null
}

/**
 * The builds on `builder` that memory hurt, each explained, and the ones that passed untouched
 * with what they left (their peaks are what the history learns from when nothing fails). The
 * builder's limit and peak are read now, so call it before the limit is restored.
 */
export async function explainBuildRecords(
  builder: string,
  options: BuildRecordOptions
): Promise<{ builds: BuildRecordReport[]; passed: PassedBuildRecord[]; problems: string[] }> {
  const ls = await captureDocker(historyLsCommand(builder).args, { timeoutMs: 60000 })
  if (ls.spawnError) throw new EngineError(`cannot read the history of builder ${builder}: ${ls.spawnError}`)
  if (ls.code !== 0) throw new EngineError(`cannot read the history of builder ${builder}: ${lastLine(ls.stderr) || `exit code ${ls.code}`}`)
  ensureWritableDirectory(options.logDir, 'the build log folder')
  const all = parseHistoryLs(ls.stdout)
  const records = buildsSince(all, options.since ?? new Date(0).toISOString())
  const problems: string[] = []
  const builds: BuildRecordReport[] = []
  const passed: PassedBuildRecord[] = []
  const containers = new Map<string, ContainerState | null>()
  for (const record of records) {
    if (record.status !== 'Error' && record.status !== 'Completed') continue
    const logPath = path.join(options.logDir, `history-${record.id}.log`)
    const streamed = await streamDocker(historyLogsCommand(builder, record.id).args, {
      env: {},
      logPath,
      onLine: () => {},
      cancel: new AbortController().signal
    })
    if (streamed.code !== 0) {
      problems.push(`the log of build ${record.id} on builder ${builder} could not be read (exit code ${streamed.code})`)
      continue
    }
    const log = analyzeLogFile(logPath)
    const killed = log.steps.some((s) => s.killedLines > 0)
    const untouched = record.status === 'Completed' && !killed
    const inspected = await captureDocker(historyInspectCommand(builder, record.id).args, { timeoutMs: 60000 })
    const detail = inspected.code === 0 ? parseHistoryInspect(inspected.stdout) : null
    const node = record.ref.split('/')[1] ?? `${builder}0`
    if (!containers.has(node)) containers.set(node, await inspectContainer(`buildx_buildkit_${node}`))
    const container = containers.get(node) ?? null
    const marks = container ? await builderMarks(container, options.marksAtBind ?? null) : null
    if (untouched) {
      // Nothing to explain, so no Dockerfile to find: only its peaks, for the history.
      const outcome = outcomeOf(record, detail, builder, container, marks, logPath, null, log, series(options.logDir, container))
      outcome.stepCgroups = stepsOf(options.logDir, container, outcome)
      passed.push({ record, log, outcome })
      continue
    }
    if (!detail) problems.push(`build ${record.id} on builder ${builder} could not be inspected: its Dockerfile line is unknown`)
    withInspectedError(log, detail)
    const dockerfile = await findDockerfile(record, detail, builder, node, options)
    if (!dockerfile) problems.push(`the Dockerfile of build ${record.id} (${record.name}) was not found in ${options.workspace}: annotations carry no line`)
    const outcome = outcomeOf(record, detail, builder, container, marks, logPath, dockerfile?.path ?? null, log, series(options.logDir, container))
    outcome.stepCgroups = stepsOf(options.logDir, container, outcome)
    const explanation = explainBuild({ log, dockerfile, outcome, kills: [], plan: options.plan })
    builds.push({ record, log, explanation, summary: buildSummary(log, explanation, outcome, options.plan), outcome })
  }
  return { builds, passed, problems }
}

/** `history logs` stops at the step's error; the record keeps the excerpt and the final error buildx printed. */
function withInspectedError(log: BuildLogAnalysis, detail: BuildRecordDetail | null): void {
  const error = detail?.error
  if (!error) return
  log.excerpt ??= error.excerpt
  log.finalError ??= error.message
}

/**
 * The refs entry buildx wrote on this host names the Dockerfile by absolute path; without it,
 * the record's Context and Dockerfile, taken from the workspace.
 */
async function findDockerfile(
  record: BuildRecord,
  detail: BuildRecordDetail | null,
  builder: string,
  node: string,
  options: BuildRecordOptions
): Promise<MappedDockerfile | null> {
  const candidates: string[] = []
  const refsDir = options.refsDir ?? path.join(process.env.DOCKER_CONFIG || path.join(homedir(), '.docker'), 'buildx', 'refs')
  try {
    candidates.push(parseRefsEntry(await readFile(path.join(refsDir, builder, node, record.id), 'utf8')).dockerfilePath)
  } catch {
    // Not built from this host, or by a buildx that writes no refs.
  }
  if (detail && !/^[a-z]+:\/\//.test(detail.context)) candidates.push(path.resolve(options.workspace, detail.context, detail.dockerfile ?? 'Dockerfile'))
  for (const absolute of candidates) {
    const dockerfile = await readDockerfile(options.workspace, absolute)
    if (dockerfile) return dockerfile
  }
  return null
}

async function inspectContainer(name: string): Promise<ContainerState | null> {
  const r = await captureDocker(inspectContainerCommand(name).args, { timeoutMs: 20000 })
  try {
    return r.code === 0 ? parseContainerState(r.stdout) : null
  } catch {
    return null
  }
}

function outcomeOf(
  record: BuildRecord,
  detail: BuildRecordDetail | null,
  builder: string,
  container: ContainerState | null,
  marks: MarksSinceBind | null,
  logPath: string,
  dockerfile: string | null,
  log: BuildLogAnalysis,
  points: SeriesPoint[]
): BuildOutcome {
  const limit = container && container.memoryBytes > 0 ? container.memoryBytes : null
  const startedAt = detail?.startedAt ?? record.createdAt
  const completedAt = detail?.completedAt ?? record.completedAt
  return {
    enforcement: limit ? 'builder' : 'none',
    enforcementReason: limit ? `builder ${builder}'s container has a limit` : `builder ${builder}'s container has no memory limit`,
    limitBytes: limit,
    swapLimitBytes: container && container.memorySwapBytes > 0 ? container.memorySwapBytes : null,
    limitScope: limit ? 'build' : null,
    exitCode: record.status === 'Error' ? 1 : 0,
    signal: null,
    cancelled: false,
    startedAt,
    durationMs: completedAt ? Math.max(0, Date.parse(completedAt) - Date.parse(startedAt)) : 0,
    logPath,
    logFormat: log.format,
    dockerfile,
    context: detail?.context ?? '.',
    peakBytes: marks?.peakBytes ?? null,
    peakSource: marks?.peakSource ?? null,
    builderName: builder,
    builderOomKilled: container?.oomKilled ?? null,
    oomKills: marks?.oomKills ?? null,
    memorySamples: completedAt ? samplesDuring(points, Date.parse(startedAt), Date.parse(completedAt)) : []
  }
}

/** What the action's sampler (dist/sampler.js) wrote of the builder container's memory; none without it. */
function series(logDir: string, container: ContainerState | null): SeriesPoint[] {
  if (!container) return []
  try {
    return parseSeries(readFileSync(path.join(logDir, seriesFileName(container.id)), 'utf8'))
  } catch {
    return []
  }
}

/**
 * The step cgroups the action's sampler saw on the builder while this build ran, or why there
 * are none: the sampler runs only under a builder the action's plan step bound.
 */
function stepsOf(logDir: string, container: ContainerState | null, outcome: BuildOutcome): StepCgroupsSeen {
  if (!container) return { unseen: `builder ${outcome.builderName ?? ''} has no container here to read step cgroups from` }
  const file = stepsFileName(path.join(logDir, seriesFileName(container.id)))
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return { unseen: "no step cgroups were sampled on this builder (the action's sampler runs only on a builder its plan step bound, on this host)" }
  }
  const start = Date.parse(outcome.startedAt)
  const within = cgroupsDuring(parseStepsFile(text), start, start + outcome.durationMs)
  return { parent: `buildkit/ under the cgroup of container ${container.id.slice(0, 12)}`, cgroups: within }
}

/**
 * The builder container's high-water mark and OOM kills: since the bind when main read them then
 * (the mark is the container's whole life's), else over all its builds since it started, which
 * bounds this one's. The count covers every build on the builder since the bind.
 */
async function builderMarks(container: ContainerState, atBind: CgroupMarks | null): Promise<MarksSinceBind | null> {
  const info = await captureDocker(['info', '--format', '{{json .}}'], { timeoutMs: 20000 })
  if (info.code !== 0) return null
  const facts = parseDockerInfo(info.stdout)
  const location = containerCgroup(container, { engineLocal: facts.name === hostname(), cgroupVersion: facts.cgroupVersion, cgroupDriver: facts.cgroupDriver })
  if (!location) return null
  const files = cgroupFiles(location.version)
  const limit = container.memoryBytes > 0 ? container.memoryBytes : null
  return sinceBind(atBind, readMarks(location), limit, { peak: path.join(location.path, files.peak), limit: path.join(location.path, files.limit) })
}
