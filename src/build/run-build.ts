/**
 * The build, end to end: probe once, choose the mechanism, put the limit in place (create or
 * reuse our builder, or bind the engine's BuildKit cgroup), run docker with the log streamed,
 * then collect the kernel's evidence and undo what this run changed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildOutcome } from '../core/build-outcome.js'
import { buildCommand, builderContainerName, createBuilderCommand, removeBuilderCommand, type SecretFile } from '../core/build/argv.js'
import { parseContainerInspect, type BuilderContainer } from '../core/build/container-inspect.js'
import { chooseMechanism, containerCgroupPath, legacyCgroupParent, type BuildFacts, type BuildLimit, type MechanismChoice } from '../core/build/mechanism.js'
import type { BuildRequest } from '../core/build/request.js'
import { parseDockerVersion } from '../core/build/versions.js'
import { formatSize } from '../core/units.js'
import { createNewFile, ensureWritableDirectory } from '../files/safe-file.js'
import { captureDocker, streamDocker, trapCancellation } from '../runners/docker.js'
import { bindCgroup, removeOurCgroup, watchCgroup, type CgroupBinding, type WatchResult } from './cgroup-binding.js'
import { probeBuildFacts } from './probe.js'

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
  /** A builder this run created, for the caller to remove (now in the CLI, in `post` in the action). */
  createdBuilder: string | null
  /** One line saying why the build could not finish, beyond a failing Dockerfile step. */
  problem: string | null
}

export interface RunBuildOptions {
  logDir: string
  reporter: BuildReporter
}

export async function runBuild(request: BuildRequest, limit: BuildLimit, options: RunBuildOptions): Promise<BuildRun> {
  const { cancel, release } = trapCancellation()
  try {
    return await runTrapped(request, limit, options, cancel)
  } finally {
    release()
  }
}

async function runTrapped(request: BuildRequest, limit: BuildLimit, options: RunBuildOptions, cancel: AbortSignal): Promise<BuildRun> {
  const { reporter } = options
  const checkpoint = (): void => {
    if (cancel.aborted) throw new Error(`cancelled (${String(cancel.reason)}) before the build started; nothing it set up is left`)
  }
  const facts = await probeBuildFacts()
  checkpoint()
  reporter.info(
    `docker ${facts.clientVersion} (engine ${facts.serverVersion}), buildx ${facts.buildxVersion ?? 'absent'}, cgroup v${facts.cgroupVersion ?? '?'} ${facts.cgroupDriver ?? ''}`.trim()
  )

  let choice = chooseMechanism(facts, request, limit)
  let binding: CgroupBinding | null = null
  let createdBuilder: string | null = null
  let legacyParentPath: string | null = null
  let secretsDir: string | null = null
  let finished = false
  try {
    // Falling through is bounded: each failed mechanism is marked unavailable before choosing again.
    for (;;) {
      if (choice.enforcement === 'cgroup' && choice.cgroupPath !== null) {
        try {
          binding = bindCgroup(choice.cgroupPath, (facts.buildkitCgroup as { version: 1 | 2 }).version, limit.memoryBytes, limit.swapBytes)
        } catch (e) {
          choice = again(facts, request, limit, 'cgroup', (e as Error).message)
          continue
        }
      }
      if (choice.builder?.create) {
        const made = await ensureBuilder(choice, facts, limit, reporter, cancel)
        if (made.created) createdBuilder = choice.builder.name
        checkpoint()
        if (made.failed) {
          choice = again(facts, request, limit, choice.enforcement, made.failed)
          continue
        }
        // Read the limit back from the container itself: a buildx that ignores the option would
        // otherwise leave a builder we would report as bound.
        const container = choice.enforcement === 'builder' ? await inspectBuilder(choice.builder.name) : null
        if (container && container.memoryBytes !== limit.memoryBytes) {
          if (createdBuilder) createdBuilder = await removeNow(createdBuilder)
          const has = container.memoryBytes === null ? 'no memory limit' : `a memory limit of ${formatSize(container.memoryBytes)}`
          choice = again(facts, request, limit, 'builder', `the container of builder ${choice.builder.name} has ${has}, not ${formatSize(limit.memoryBytes)}`)
          continue
        }
        if (container) reporter.info(`builder container ${builderContainerName(choice.builder.name)} has a memory limit of ${formatSize(limit.memoryBytes)}`)
      }
      break
    }
    checkpoint()

    const startedAt = new Date()
    ensureWritableDirectory(options.logDir, 'the log directory')
    const logPath = join(options.logDir, `docker-memory-build-${startedAt.getTime()}-${process.pid}.log`)
    createNewFile(logPath)
    if (request.secrets.length > 0) secretsDir = mkdtempSync(join(tmpdir(), 'docker-memory-secrets-'))
    const secretFiles: SecretFile[] = request.secrets.map((s) => {
      const path = join(secretsDir as string, s.id)
      writeFileSync(path, s.value, { mode: 0o600 })
      return { id: s.id, path }
    })
    const parent = choice.enforcement === 'legacy' ? legacyCgroupParent(facts, `${process.pid}-${startedAt.getTime()}`) : null
    legacyParentPath = parent?.path ?? null
    const command = buildCommand(request, choice, secretFiles, parent?.name ?? null)
    describe(choice, binding, reporter)

    const container = choice.builder && choice.enforcement === 'builder' ? await inspectBuilder(choice.builder.name) : null
    const watchPath = binding ? { path: binding.path, version: binding.version } : parent ? { path: parent.path, version: parent.version } : builderCgroup(container, facts)
    const watch = watchPath ? watchCgroup(watchPath.path, watchPath.version) : null

    reporter.startLog(`docker ${command.args.slice(0, 2).join(' ')} (${choice.enforcement})`)
    reporter.info(`${Object.entries(command.env).map(([k, v]) => `${k}=${v} `).join('')}docker ${command.args.join(' ')}`)
    let streamed
    try {
      streamed = await streamDocker(command.args, { env: command.env, logPath, onLine: (l) => reporter.logLine(l), cancel })
    } finally {
      reporter.endLog()
    }
    const watched: WatchResult = watch ? watch.stop() : { peakBytes: null, peakSource: null, oomKills: null, samples: [] }
    const after = choice.builder && choice.enforcement === 'builder' ? await inspectBuilder(choice.builder.name) : null

    let problem: string | null = null
    if (streamed.cancelledBy) {
      problem = `the build was cancelled (${streamed.cancelledBy}); docker was stopped${createdBuilder ? ` and builder ${createdBuilder} is removed` : ''}`
    } else if (streamed.code !== 0 && !(await engineAnswers())) {
      problem = 'the Docker engine stopped answering during the build; the build did not finish'
    } else if (after?.oomKilled) {
      problem = `the BuildKit daemon of builder ${choice.builder?.name} was OOM-killed: ${formatSize(limit.memoryBytes)} does not hold the daemon and the build together`
    }

    const outcome: BuildOutcome = {
      enforcement: choice.enforcement,
      enforcementReason: choice.reason,
      limitBytes: choice.enforcement === 'none' ? null : choice.memoryBytes,
      swapLimitBytes: choice.enforcement === 'none' ? null : choice.swapBytes,
      limitScope: choice.scope,
      exitCode: streamed.cancelledBy ? null : streamed.code,
      signal: streamed.cancelledBy ?? streamed.signal,
      cancelled: streamed.cancelledBy !== null,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      logPath,
      logFormat: choice.invocation === 'legacy' ? 'legacy' : 'plain',
      dockerfile: request.file,
      context: request.context,
      peakBytes: watched.peakBytes,
      peakSource: watched.peakSource,
      builderName: choice.builder?.name ?? null,
      builderOomKilled: after ? after.oomKilled : null,
      oomKills: watched.oomKills,
      memorySamples: watched.samples
    }
    finished = !streamed.cancelledBy
    return { outcome, createdBuilder: finished ? createdBuilder : null, problem }
  } finally {
    // Each undo on its own: one that fails must not keep the others from running.
    const undo = async (what: string, step: () => unknown): Promise<void> => {
      try {
        await step()
      } catch (error) {
        reporter.warning(`could not ${what}: ${(error as Error).message}`)
      }
    }
    await undo('restore the BuildKit cgroup limit', () => binding?.restore())
    await undo('remove the build secrets', () => secretsDir && rmSync(secretsDir, { recursive: true, force: true }))
    await undo('remove the build cgroup', async () => {
      if (legacyParentPath && !(await removeOurCgroup(legacyParentPath))) reporter.warning(`${legacyParentPath} could not be removed: a step container is still in it`)
    })
    // Cancelled, or failed on the way: what this run created goes now, not in a post step that may never come.
    await undo('remove the builder', () => !finished && createdBuilder && removeNow(createdBuilder))
  }
}

function again(facts: BuildFacts, request: BuildRequest, limit: BuildLimit, failed: MechanismChoice['enforcement'], why: string): MechanismChoice {
  facts.unavailable[failed] = why
  return chooseMechanism(facts, request, limit)
}

/** Reuses our builder when one of the same name (so the same limit) exists, creates it otherwise. */
async function ensureBuilder(
  choice: MechanismChoice,
  facts: BuildFacts,
  limit: BuildLimit,
  reporter: BuildReporter,
  cancel: AbortSignal
): Promise<{ created: boolean; failed: string | null }> {
  const builder = choice.builder as { name: string; driver: string }
  if (facts.builders.some((b) => b.name === builder.name)) {
    reporter.info(`reusing builder ${builder.name}`)
    return { created: false, failed: null }
  }
  const create = createBuilderCommand(builder.name, builder.driver, limit)
  reporter.info(`docker ${create.args.join(' ')}`)
  const r = await captureDocker(create.args, { env: create.env, timeoutMs: 300000, cancel })
  if (r.code === 0) return { created: true, failed: null }
  // A half-made builder would be reused by the next step as if it were good.
  await removeNow(builder.name)
  return { created: false, failed: `docker buildx create failed: ${lastLine(r.stderr || r.stdout) || (cancel.aborted ? 'cancelled' : `exit code ${r.code}`)}` }
}

async function removeNow(name: string): Promise<null> {
  await captureDocker(removeBuilderCommand(name).args, { timeoutMs: 60000 })
  return null
}

async function inspectBuilder(name: string): Promise<BuilderContainer | null> {
  const r = await captureDocker(['inspect', '--type', 'container', '--format', '{{json .}}', builderContainerName(name)], { timeoutMs: 20000 })
  if (r.code !== 0) return null
  try {
    return parseContainerInspect(r.stdout)
  } catch {
    return null
  }
}

function builderCgroup(container: BuilderContainer | null, facts: BuildFacts): { path: string; version: 1 | 2 } | null {
  if (!container || !facts.engineLocal) return null
  const path = containerCgroupPath(container.id, facts.cgroupVersion, facts.cgroupDriver)
  return path && (facts.cgroupVersion === '1' || facts.cgroupVersion === '2') ? { path, version: facts.cgroupVersion === '1' ? 1 : 2 } : null
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
  const size = choice.memoryBytes === null ? '?' : formatSize(choice.memoryBytes)
  const swap = choice.swapBytes === null ? '' : `, memory+swap ${formatSize(choice.swapBytes)}`
  reporter.info(`memory limit ${size}${swap} enforced by ${choice.enforcement} (${choice.scope === 'step' ? 'each RUN step on its own' : 'all steps together'}): ${choice.reason}`)
  if (binding?.swapUnbound) reporter.warning(`${binding.path} has no swap accounting: the build may swap beyond ${size}.`)
  for (const w of choice.warnings) reporter.warning(w)
}

function lastLine(text: string): string {
  return text.split('\n').filter((l) => l.trim() !== '').pop()?.trim() ?? ''
}
