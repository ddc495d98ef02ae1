/**
 * The build, end to end, as four steps: put the chosen mechanism's limit in place (create or
 * reuse our builder, bind the engine's BuildKit cgroup), run docker with the log streamed,
 * build the outcome from docker and the kernel's evidence, and undo what this run changed.
 * Every change pushes its undo on one list, run on every way out.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildOutcome } from '../core/build/outcome.js'
import { buildCommand, builderContainerName, buildxConfigFlag, createBuilderCommand, type ResultFiles, type SecretFile } from '../core/build/argv.js'
import { buildkitdConfig } from '../core/plan/parallelism.js'
import { inspectContainerCommand, parseContainerState, type ContainerState } from '../core/bind/builder-container.js'
import { chooseMechanism, legacyCgroupParent, type BuildFacts, type BuildLimit, type BuilderRef, type MechanismChoice } from '../core/enforce/mechanism.js'
import { InputError } from '../core/errors.js'
import { limitFromPlan, type BuildRequest } from '../core/build/request.js'
import { imageResult, type ImageResult } from '../core/build/image.js'
import { atLeast, parseDockerVersion } from '../core/build/versions.js'
import type { Plan } from '../core/plan/plan.js'
import { formatSize } from '../core/units.js'
import { createNewFile, ensureWritableDirectory } from '../files/write.js'
import { probeBuildFacts } from '../probes/build-facts.js'
import { captureDocker, lastLine, removeBuilder, streamDocker } from '../runners/docker.js'
import { trapCancellation, type Streamed } from '../runners/process.js'
import { containerCgroup } from '../bind/container-cgroup.js'
import { bindCgroup, removeOurCgroup, watchCgroup, type CgroupBinding, type WatchResult } from '../enforce/cgroup-binding.js'
import { UndoList } from './undo.js'
import { stepCgroupParent, type StepCgroupsSeen } from '../core/build/step-peaks.js'
import { watchStepCgroups, type StepCgroupWatch } from '../enforce/step-cgroups.js'
import { parallelismNote, readBuilderParallelism } from './builder-config.js'
import { BindError, bindBuilder, describeLimits, releaseBuilder, type SavedBinding } from '../bind/bind-builder.js'
import { buildHolder } from '../bind/holder.js'

/** How the action and the CLI each show what happens. */
export interface BuildReporter {
  info(message: string): void
  warning(message: string): void
  /** The build log: inside a collapsible group in the action. */
  startLog(title: string): void
  logLine(line: string): void
  endLog(): void
}

export interface BuildRun {
  outcome: BuildOutcome
  /** A builder this run created and left for later steps (kept, or for `post` to remove). */
  createdBuilder: string | null
  /** One line saying why the build could not finish, beyond a failing Dockerfile step. */
  problem: string | null
  /** The image it made: empty values when it made none or docker did not say. */
  image: ImageResult
}

export interface RunBuildOptions {
  logDir: string
  reporter: BuildReporter
  /** Leave a builder this run created after a finished build; it is removed otherwise. */
  keepCreatedBuilder: boolean
}

/** A build checked against the plan and this machine: everything that can refuse it has. */
export interface PreparedBuild {
  request: BuildRequest
  limit: BuildLimit
  facts: BuildFacts
  choice: MechanismChoice
}

/** Probes docker and chooses the mechanism; an InputError here comes before anything is written. */
export async function prepareBuild(request: BuildRequest, plan: Plan): Promise<PreparedBuild> {
  const limit = limitFromPlan(plan, request)
  const missing = request.secretFiles.find((s) => !existsSync(s.source))
  if (missing) throw new InputError(`secret-files ${missing.id}: ${missing.source} does not exist`)
  const facts = await probeBuildFacts()
  return { request, limit, facts, choice: chooseMechanism(facts, request, limit) }
}

export async function runBuild(prepared: PreparedBuild, options: RunBuildOptions): Promise<BuildRun> {
  const { cancel, release } = trapCancellation()
  const undo = new UndoList()
  const { reporter } = options
  // Pushed first, so undone last: the builder a build ran in outlives the build's other undos.
  const own: OwnBuilder = { name: null }
  undo.push('remove the builder', async () => {
    if (own.name === null) return
    const failed = await removeBuilder(own.name)
    if (failed !== null) throw new Error(`${own.name}: ${failed}`)
    reporter.info(`removed builder ${own.name}`)
  })
  try {
    const { facts } = prepared
    reporter.info(
      `docker ${facts.clientVersion} (engine ${facts.serverVersion}), buildx ${facts.buildxVersion ?? 'absent'}, cgroup v${facts.cgroupVersion ?? '?'} ${facts.cgroupDriver ?? ''}`.trim()
    )
    const inPlace = await setUpMechanism(prepared, own, undo, reporter, cancel)
    await noteParallelism(inPlace.choice, prepared.limit, reporter)
    if (cancel.aborted) throw new Error(`cancelled (${String(cancel.reason)}) before the build started; nothing it set up is left`)
    const evidence = await runDocker(prepared, inPlace, undo, options, cancel)
    const outcome = await outcomeOf(prepared, inPlace, evidence)
    // A finished build hands its builder over; a cancelled one takes it along.
    const createdBuilder = options.keepCreatedBuilder && !evidence.streamed.cancelledBy ? own.name : null
    if (createdBuilder !== null) own.name = null
    return { outcome, createdBuilder, problem: await problemOf(inPlace, evidence, own.name ?? createdBuilder), image: evidence.image }
  } finally {
    await undo.run((m) => reporter.warning(m))
    release()
  }
}

/** A docker-container builder that is not ours keeps its config: say what max-parallelism it runs with. */
async function noteParallelism(choice: MechanismChoice, limit: BuildLimit, reporter: BuildReporter): Promise<void> {
  const b = choice.builder
  if (!b || b.create || b.driver !== 'docker-container' || limit.maxParallelism == null) return
  const note = parallelismNote(b.name, await readBuilderParallelism(builderContainerName(b.name)), limit.maxParallelism)
  if (note) reporter.warning(note.message)
}

/** The builder this run created, while it is this run's to remove. */
interface OwnBuilder {
  name: string | null
}

/** The mechanism the build runs under, and the cgroup bound for it (null when it needs none). */
interface LimitInPlace {
  choice: MechanismChoice
  binding: CgroupBinding | null
}

/**
 * Puts the limit in place. A mechanism that fails here is marked unavailable and the choice
 * made again, which ends: each failure takes one mechanism away.
 */
async function setUpMechanism(prepared: PreparedBuild, own: OwnBuilder, undo: UndoList, reporter: BuildReporter, cancel: AbortSignal): Promise<LimitInPlace> {
  const { facts, request, limit } = prepared
  let choice = prepared.choice
  const again = (why: string): void => {
    facts.unavailable[choice.enforcement] = why
    choice = chooseMechanism(facts, request, limit)
  }
  for (;;) {
    // Cancelled while a builder was being created: nothing more is set up, only undone.
    if (cancel.aborted) return { choice, binding: null }
    if (choice.enforcement === 'cgroup') {
      try {
        const binding = bindCgroup(choice.cgroup.path, choice.cgroup.version, limit.memoryBytes, limit.swapBytes)
        undo.push('restore the BuildKit cgroup limit', () => binding.restore())
        return { choice, binding }
      } catch (e) {
        again((e as Error).message)
        continue
      }
    }
    if (choice.enforcement === 'builder' && choice.inPlace) {
      const failed = await bindInPlace(choice.builder.name, limit, undo, reporter, cancel)
      if (failed !== null) {
        again(failed)
        continue
      }
    }
    if ((choice.enforcement === 'builder' || choice.enforcement === 'kubernetes') && choice.builder.create) {
      const name = choice.builder.name
      const made = await ensureBuilder(choice.builder, limit, facts, reporter, cancel)
      if (made.created) own.name = name
      if (made.failed) {
        again(made.failed)
        continue
      }
      // Read the limit back from the container itself: a buildx that ignores the option would
      // otherwise leave a builder we would report as bound.
      const container = choice.enforcement === 'builder' ? await inspectBuilder(name) : null
      if (container && container.memoryBytes !== limit.memoryBytes) {
        if (own.name !== null) own.name = await removeNow(own.name)
        const has = container.memoryBytes === 0 ? 'no memory limit' : `a memory limit of ${formatSize(container.memoryBytes)}`
        again(`the container of builder ${name} has ${has}, not ${formatSize(limit.memoryBytes)}`)
        continue
      }
      if (container) reporter.info(`builder container ${builderContainerName(name)} has a memory limit of ${formatSize(limit.memoryBytes)}`)
    }
    return { choice, binding: null }
  }
}

/**
 * The user's builder, its container given the limit for this build and its own back when the
 * build ends; this process holds the binding record meanwhile. What failed, else null.
 */
async function bindInPlace(name: string, limit: BuildLimit, undo: UndoList, reporter: BuildReporter, cancel: AbortSignal): Promise<string | null> {
  let intent: SavedBinding | null = null
  try {
    const r = await bindBuilder(name, { memoryBytes: limit.memoryBytes, memorySwapBytes: limit.swapBytes }, buildHolder(), {
      cancel,
      onIntent: (saved) => (intent = saved)
    })
    if (r.bound === null) return r.reason
    const bound = r.bound
    undo.push(`give builder ${name} its limit back`, async () => reporter.info(await releaseBuilder(bound, false)))
    reporter.info(
      `builder ${name} bound by docker update of its container ${bound.container} (one limit for all its build steps together): ${describeLimits(bound.limits)}, was ${describeLimits(bound.before)}; given back after the build`
    )
    if (bound.note) reporter.info(bound.note)
    if (bound.warning) reporter.warning(bound.warning)
    return null
  } catch (error) {
    if (!(error instanceof BindError)) throw error
    // Not undone whole: the builder may keep this build's limit unless given back at the end.
    const left: SavedBinding | null = intent
    if (error.changed && left) undo.push(`give builder ${name} its limit back`, async () => reporter.info(await releaseBuilder(left, false)))
    return error.message
  }
}

/** What running docker left for the outcome: its stream, log, watched cgroup, builder and image. */
interface DockerEvidence {
  streamed: Streamed
  startedAt: Date
  logPath: string
  watched: WatchResult
  /** The builder's container after the build, for its OOMKilled flag. */
  after: ContainerState | null
  image: ImageResult
  stepCgroups: StepCgroupsSeen
}

/** Writes the secrets and the log file, runs docker with the log streamed and the cgroup watched. */
async function runDocker(
  prepared: PreparedBuild,
  inPlace: LimitInPlace,
  undo: UndoList,
  options: RunBuildOptions,
  cancel: AbortSignal
): Promise<DockerEvidence> {
  const { request, facts } = prepared
  const { choice, binding } = inPlace
  const { reporter } = options
  const startedAt = new Date()
  const logPath = createLog(options.logDir, startedAt)
  const secretFiles = writeSecrets(request, undo)
  // A cgroup-parent the user named is theirs to keep: none of ours then, and no peak read from it.
  const parent = choice.enforcement === 'legacy' && request.cgroupParent === null ? legacyCgroupParent(facts, `${process.pid}-${startedAt.getTime()}`) : null
  if (parent) {
    undo.push('remove the build cgroup', async () => {
      if (!(await removeOurCgroup(parent.path))) reporter.warning(`${parent.path} could not be removed: a step container is still in it`)
    })
  }
  const results = resultFiles(facts, undo)
  const command = buildCommand(request, choice, secretFiles, parent?.name ?? null, results)
  describe(choice, binding, reporter)

  const builderName = choice.enforcement === 'builder' ? choice.builder.name : null
  const container = builderName ? await inspectBuilder(builderName) : null
  const watchPath = binding
    ? { path: binding.path, version: binding.version }
    : parent
      ? { path: parent.path, version: parent.version }
      : container
        ? containerCgroup(container, facts)
        : null
  // Each RUN step's own cgroup: under a builder's container in its `buildkit` child, under our
  // BuildKit or legacy parent cgroup as its children.
  const stepParent = watchPath ? (container && !binding && !parent ? stepCgroupParent(watchPath.path) : watchPath.path) : null
  const steps = stepParent && watchPath ? watchStepCgroups(stepParent, watchPath.version) : null
  const watch = watchPath ? watchCgroup(watchPath.path, watchPath.version, 500, steps ? () => steps.tick() : undefined) : null

  reporter.startLog(`docker ${command.args.slice(0, 2).join(' ')} (${choice.enforcement})`)
  reporter.info(
    `${Object.entries(command.env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}docker ${command.args.join(' ')}`
  )
  let streamed: Streamed
  try {
    streamed = await streamDocker(command.args, { env: command.env, logPath, onLine: (l) => reporter.logLine(l), cancel })
  } finally {
    reporter.endLog()
    if (watch) undo.push('stop watching the build cgroup', () => watch.stop())
  }
  const watched: WatchResult = watch ? watch.stop() : { peakBytes: null, peakSource: null, oomKills: null, samples: [] }
  const after = builderName ? await inspectBuilder(builderName) : null
  return { streamed, startedAt, logPath, watched, after, image: readImageResult(results, reporter), stepCgroups: stepCgroupsSeen(stepParent, steps, watchPath) }
}

/** What the step watch saw, or why there was none to see. */
function stepCgroupsSeen(parent: string | null, steps: StepCgroupWatch | null, builder: { path: string } | null): StepCgroupsSeen {
  if (parent === null || steps === null) return { unseen: "the build's cgroup is not on this host, so its steps' cgroups cannot be read" }
  // No step cgroup appeared: no RUN step ran (all cached) where the builder's cgroup is readable; else it is not.
  if (!steps.visible() && !existsSync(builder?.path ?? parent)) return { unseen: `${parent} could not be read from here` }
  return { parent, cgroups: steps.seen() }
}

/** A fresh directory of ours for the files docker writes the result to; gone on every way out. */
function resultFiles(facts: BuildFacts, undo: UndoList): ResultFiles {
  const dir = mkdtempSync(join(tmpdir(), 'docker-memory-result-'))
  undo.pushSync('remove the build result files', () => rmSync(dir, { recursive: true, force: true }))
  // buildx before 0.6 has no --metadata-file and would refuse the build (build-push-action checks the same).
  return { iid: join(dir, 'iid'), metadata: atLeast(facts.buildxVersion, '0.6.0') ? join(dir, 'metadata.json') : null }
}

function readImageResult(files: ResultFiles, reporter: BuildReporter): ImageResult {
  const read = (path: string | null): string | null => (path !== null && existsSync(path) ? readFileSync(path, 'utf8') : null)
  try {
    return imageResult(read(files.iid), read(files.metadata))
  } catch (e) {
    reporter.warning(`${(e as Error).message}: the digest and metadata outputs are empty`)
    return imageResult(read(files.iid), null)
  }
}

/** The log file, created here and nowhere else: a file or link planted at its name is refused. */
function createLog(logDir: string, startedAt: Date): string {
  ensureWritableDirectory(logDir, 'the log directory')
  const logPath = join(logDir, `docker-memory-build-${startedAt.getTime()}-${process.pid}.log`)
  createNewFile(logPath)
  return logPath
}

/**
 * Each secret in a 0600 file of its own, created exclusively in a fresh directory with a random
 * name, so nothing planted in advance (a symlink) can receive it; the directory goes on every
 * way out, a crash included.
 */
function writeSecrets(request: BuildRequest, undo: UndoList): SecretFile[] {
  if (request.secrets.length === 0) return []
  const dir = mkdtempSync(join(tmpdir(), 'docker-memory-secrets-'))
  undo.pushSync('remove the build secrets', () => rmSync(dir, { recursive: true, force: true }))
  return request.secrets.map((s) => {
    const path = join(dir, s.id)
    const fd = openSync(path, 'wx', 0o600)
    try {
      writeSync(fd, s.value)
    } finally {
      closeSync(fd)
    }
    return { id: s.id, path }
  })
}

async function outcomeOf(prepared: PreparedBuild, inPlace: LimitInPlace, evidence: DockerEvidence): Promise<BuildOutcome> {
  const { request } = prepared
  const { choice } = inPlace
  const { streamed, watched, after } = evidence
  return {
    enforcement: choice.enforcement,
    enforcementReason: choice.reason,
    limitBytes: choice.enforcement === 'none' ? null : choice.memoryBytes,
    swapLimitBytes: choice.enforcement === 'none' ? null : choice.swapBytes,
    limitScope: choice.scope,
    exitCode: streamed.cancelledBy ? null : streamed.code,
    signal: streamed.cancelledBy ?? streamed.signal,
    cancelled: streamed.cancelledBy !== null,
    startedAt: evidence.startedAt.toISOString(),
    durationMs: Date.now() - evidence.startedAt.getTime(),
    logPath: evidence.logPath,
    logFormat: choice.invocation === 'legacy' ? 'legacy' : 'plain',
    dockerfile: request.file,
    context: request.context,
    peakBytes: watched.peakBytes,
    peakSource: watched.peakSource,
    builderName: choice.builder?.name ?? null,
    builderOomKilled: after ? after.oomKilled : null,
    oomKills: watched.oomKills,
    memorySamples: watched.samples,
    stepCgroups: evidence.stepCgroups
  }
}

/** Why the build could not finish, beyond a failing Dockerfile step; null when it could. */
async function problemOf(inPlace: LimitInPlace, evidence: DockerEvidence, removedBuilder: string | null): Promise<string | null> {
  const { streamed, after } = evidence
  if (streamed.cancelledBy)
    return `the build was cancelled (${streamed.cancelledBy}); docker was stopped${removedBuilder ? ` and builder ${removedBuilder} is removed` : ''}`
  if (streamed.code !== 0 && !(await engineAnswers())) return 'the Docker engine stopped answering during the build; the build did not finish'
  if (after?.oomKilled) {
    const size = inPlace.choice.enforcement === 'none' ? '' : `${formatSize(inPlace.choice.memoryBytes)} `
    return `the BuildKit daemon of builder ${inPlace.choice.builder?.name} was OOM-killed: ${size}does not hold the daemon and the build together`
  }
  return null
}

/** Reuses our builder when one of the same name (so the same limit) exists, creates it otherwise. */
async function ensureBuilder(
  builder: BuilderRef,
  limit: BuildLimit,
  facts: BuildFacts,
  reporter: BuildReporter,
  cancel: AbortSignal
): Promise<{ created: boolean; failed: string | null }> {
  if (facts.builders.some((b) => b.name === builder.name)) {
    reporter.info(`reusing builder ${builder.name}`)
    return { created: false, failed: null }
  }
  // The builder takes the plan's max-parallelism in its buildkitd.toml; buildx copies the file in at creation.
  const dir = limit.maxParallelism != null && builder.driver !== 'kubernetes' ? mkdtempSync(join(tmpdir(), 'docker-memory-buildkitd-')) : null
  let r
  try {
    const config = dir === null ? null : { path: join(dir, 'buildkitd.toml'), flag: buildxConfigFlag(facts.buildxVersion) }
    if (config) writeFileSync(config.path, buildkitdConfig(limit.maxParallelism!), { flag: 'wx', mode: 0o644 })
    const create = createBuilderCommand(builder.name, builder.driver, limit, config)
    reporter.info(`docker ${create.args.join(' ')}${config ? ` (${config.path}: max-parallelism = ${limit.maxParallelism})` : ''}`)
    r = await captureDocker(create.args, { env: create.env, timeoutMs: 300000, cancel })
  } finally {
    if (dir !== null) rmSync(dir, { recursive: true, force: true })
  }
  if (r.code === 0) return { created: true, failed: null }
  // A half-made builder would be reused by the next step as if it were good.
  await removeNow(builder.name)
  return { created: false, failed: `docker buildx create failed: ${lastLine(r.stderr || r.stdout) || (cancel.aborted ? 'cancelled' : `exit code ${r.code}`)}` }
}

/** Removes a builder; null, for the caller to forget it. */
async function removeNow(name: string): Promise<null> {
  await removeBuilder(name)
  return null
}

async function inspectBuilder(name: string): Promise<ContainerState | null> {
  const r = await captureDocker(inspectContainerCommand(builderContainerName(name)).args, { timeoutMs: 20000 })
  if (r.code !== 0) return null
  try {
    return parseContainerState(r.stdout)
  } catch {
    return null
  }
}

async function engineAnswers(): Promise<boolean> {
  const r = await captureDocker(['version', '--format', '{{json .}}'], { timeoutMs: 10000 })
  try {
    return parseDockerVersion(r.stdout).server !== null
  } catch {
    return false
  }
}

function describe(choice: MechanismChoice, binding: CgroupBinding | null, reporter: BuildReporter): void {
  if (choice.enforcement === 'none') {
    reporter.warning(`No memory limit binds this build: ${choice.reason}.`)
    return
  }
  const size = formatSize(choice.memoryBytes)
  const swap = choice.swapBytes === null ? '' : `, memory+swap ${formatSize(choice.swapBytes)}`
  reporter.info(
    `memory limit ${size}${swap} enforced by ${choice.enforcement} (${choice.scope === 'step' ? 'each RUN step on its own' : 'all steps together'}): ${choice.reason}`
  )
  if (binding?.swapUnbound) reporter.warning(`${binding.path} has no swap accounting: the build may swap beyond ${size}.`)
  for (const w of choice.warnings) reporter.warning(w)
}
