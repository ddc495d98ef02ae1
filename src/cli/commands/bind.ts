import { Command, Option } from 'commander'
import { rmSync } from 'node:fs'
import { releaseBuilder, type SavedBinding } from '../../bind/bind-builder.js'
import { cliHolder } from '../../bind/holder.js'
import type { BuilderLimitMode } from '../../core/bind/builder-bindings.js'
import { trapCancellation } from '../../runners/process.js'
import { bindPlannedLimit, parseSavedBinding, type PlanBinding } from '../../bind/bind-plan.js'
import { stopsForInsufficient } from '../../core/plan/on-insufficient.js'
import { InputError } from '../../core/errors.js'
import { parsePlanRequest } from '../../core/inputs.js'
import { plan } from '../../core/plan/plan.js'
import { parseSize } from '../../core/units.js'
import { createNewFile, replaceFile } from '../../files/write.js'
import { readRegularFile } from '../../files/read.js'
import { detectMachine } from '../../probes/machine.js'
import { addPlanOptions, flagReader } from '../options.js'
import { EXIT_INSUFFICIENT } from './plan.js'

/**
 * `docker-memory bind`: for CI systems other than GitHub Actions, what the action's plan step
 * does: plan, bind the limit on the builder later build steps use, and keep what `release`
 * needs to give it back. The job is named by the CI's own job id where there is one, and by
 * the shell that runs the job (docs/binding.md).
 *
 * A transaction: the state file is claimed first and holds the intent before the builder
 * changes; SIGINT, SIGTERM and SIGHUP from the start on undo what was done and say so.
 */
export function bindCommand(): Command {
  return addPlanOptions(new Command('bind'))
    .description('plan, and bind the build limit on an existing docker-container builder (docker update); release gives it back')
    .option('--builder <name>', 'the builder to bind (default: the current buildx builder, when it is a docker-container one)')
    .option('--memory-swap <size>', 'memory plus swap for the builder (default: equal to the limit)')
    .addOption(
      new Option('--builder-limit <mode>', 'a limit the builder already has: lower keeps it when lower than the plan; replace sets the plan')
        .choices(['lower', 'replace'])
        .default('lower')
    )
    .requiredOption('--state-file <file>', 'a new file (0600) for what release needs; it must not exist')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'env']).default('text'))
    .action(async (opts: Record<string, unknown>) => {
      // Before anything changes, as build does: a signal from here on is an undo, not a death.
      const { cancel, release } = trapCancellation()
      try {
        await bind(opts, cancel)
      } finally {
        release()
      }
    })
}

async function bind(opts: Record<string, unknown>, cancel: AbortSignal): Promise<void> {
  const read = flagReader(opts)
  const request = { ...parsePlanRequest(read), knownPeak: null }
  const swap = read('memory-swap').trim()
  const bindRequest = {
    builder: read('builder').trim() || null,
    memorySwapBytes: swap === '' ? null : parseSize(swap, '--memory-swap'),
    mode: (opts.builderLimit as BuilderLimitMode | undefined) ?? 'lower'
  }
  const stateFile = opts.stateFile as string
  const machine = await detectMachine({ docker: opts.docker !== false && request.totalMemoryBytes === null })
  const result = plan(machine, request)
  if (stopsForInsufficient(result)) {
    process.stderr.write(
      `docker-memory: the memory plan does not fit this machine (${result.problems.map((p) => p.message).join('; ')}); no builder was bound\n`
    )
    process.exitCode = EXIT_INSUFFICIENT
    return
  }
  if (cancel.aborted) return cancelled(cancel, 'before anything was changed')
  // Made first: a state file that exists already is refused before any builder changes.
  claimStateFile(stateFile)
  let binding: PlanBinding
  try {
    binding = await bindPlannedLimit(result, bindRequest, cliHolder(process.env), {
      cancel,
      onIntent: (saved) => writeState(stateFile, { phase: 'intent', binding: saved })
    })
  } catch (error) {
    // Undone whole (the error says what was undone): nothing for release to do.
    rmSync(stateFile, { force: true })
    if (cancel.aborted) return cancelled(cancel, (error as Error).message.replace(/^cancelled \([A-Z]+\) /, ''))
    throw error
  }
  if (binding.enforcement === 'none' && binding.unsure) {
    // The intent stays in the state file: release gives the builder back.
    process.stderr.write(`docker-memory: ${binding.why}; run docker-memory release --state-file ${stateFile}\n`)
    process.exitCode = cancel.aborted ? exitCodeOf(cancel) : 1
    return
  }
  if (binding.enforcement === 'none' && cancel.aborted) {
    rmSync(stateFile, { force: true })
    return cancelled(cancel, binding.why.replace(/^cancelled \([A-Z]+\) /, ''))
  }
  writeState(stateFile, { phase: 'bound', binding: binding.enforcement === 'builder' ? binding.saved : null })
  if (cancel.aborted && binding.enforcement === 'builder') {
    // Cancelled as the bind finished: given back at once, as if released.
    const back = await releaseBuilder(binding.saved, false)
    rmSync(stateFile, { force: true })
    return cancelled(cancel, `after builder ${binding.builder} was bound; undone: ${back}`)
  }
  printBinding(binding, opts.format as string)
}

export function releaseCommand(): Command {
  return new Command('release')
    .description('give the builder bound by docker-memory bind its previous limit (finishing a bind that was stopped half-way), and remove the state file')
    .requiredOption('--state-file <file>', 'the file docker-memory bind wrote')
    .option('--keep-limit', 'leave the limit on the builder; only its record is removed')
    .action(async (opts: { stateFile: string; keepLimit?: boolean }) => {
      const text = readRegularFile(opts.stateFile, 64 * 1024, 'the state file').toString('utf8')
      // Claimed and never written: bind stopped before it decided anything, so it changed nothing.
      if (text.trim() === '') {
        process.stdout.write('nothing to release: bind stopped before it changed anything\n')
        rmSync(opts.stateFile, { force: true })
        return
      }
      let binding: unknown
      try {
        binding = (JSON.parse(text) as { binding?: unknown }).binding
      } catch (error) {
        throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (${(error as Error).message})`)
      }
      const saved = binding === null ? null : parseSavedBinding(JSON.stringify(binding))
      if (binding !== null && saved === null)
        throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (no builder binding in it)`)
      if (saved === null) {
        process.stdout.write('nothing to release: no builder was bound\n')
        rmSync(opts.stateFile, { force: true })
        return
      }
      const { cancel, release } = trapCancellation()
      try {
        process.stdout.write(`${await releaseBuilder(saved, opts.keepLimit === true, { cancel })}\n`)
      } catch (error) {
        if (!cancel.aborted) throw error
        // The record goes last: the next release finishes what this one began.
        process.stderr.write(
          `docker-memory: release ${(error as Error).message.replace(/^.*?cancelled/, 'cancelled')}; the state file stays for the next release\n`
        )
        process.exitCode = exitCodeOf(cancel)
        return
      } finally {
        release()
      }
      rmSync(opts.stateFile, { force: true })
    })
}

const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 }

function exitCodeOf(cancel: AbortSignal): number {
  return SIGNAL_EXIT[String(cancel.reason)] ?? 130
}

function cancelled(cancel: AbortSignal, what: string): void {
  process.stderr.write(`docker-memory: cancelled (${String(cancel.reason)}) ${what}\n`)
  process.exitCode = exitCodeOf(cancel)
}

function claimStateFile(path: string): void {
  try {
    createNewFile(path)
  } catch (error) {
    throw new InputError(
      `--state-file ${path} cannot be created as a new file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): it must not exist`
    )
  }
}

/** Replaced whole (a new file renamed over it): a kill mid-write leaves the old state or the new, never half of one. */
function writeState(path: string, state: { phase: 'intent' | 'bound'; binding: SavedBinding | null }): void {
  replaceFile(path, Buffer.from(JSON.stringify(state) + '\n'))
}

function printBinding(binding: PlanBinding, format: string): void {
  const why = binding.enforcement === 'none' ? binding.why : null
  if (binding.enforcement === 'builder' && binding.warning) process.stderr.write(`docker-memory: ${binding.warning}\n`)
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ builder: binding.builder, enforcement: binding.enforcement, ...(why ? { reason: why } : {}) }, null, 2) + '\n')
  } else if (format === 'env') {
    if (why) process.stderr.write(`docker-memory: no builder was bound: ${why}\n`)
    process.stdout.write(`DOCKER_MEMORY_BUILDER=${binding.builder}\nDOCKER_MEMORY_ENFORCEMENT=${binding.enforcement}\n`)
  } else {
    process.stdout.write(
      binding.enforcement === 'builder'
        ? `${binding.message}\nbuilder: ${binding.builder}\nenforcement: builder\n`
        : `no builder was bound: ${why}\nenforcement: none\n`
    )
  }
}
