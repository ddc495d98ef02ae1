import { Command, Option } from 'commander'
import { closeSync, openSync, rmSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import { releaseBuilder } from '../../bind/bind-builder.js'
import { bindPlannedLimit, parseSavedBinding, type PlanBinding } from '../../bind/bind-plan.js'
import { stopsForInsufficient } from '../../core/plan/on-insufficient.js'
import { InputError } from '../../core/errors.js'
import { parsePlanRequest } from '../../core/inputs.js'
import { plan } from '../../core/plan/plan.js'
import { parseSize } from '../../core/units.js'
import { createNewFile } from '../../files/write.js'
import { readRegularFile } from '../../files/read.js'
import { detectMachine } from '../../probes/machine.js'
import { addPlanOptions, flagReader } from '../options.js'
import { EXIT_INSUFFICIENT } from './plan.js'

/**
 * `docker-memory bind`: for CI systems other than GitHub Actions, what the action's plan step
 * does: plan, bind the limit on the builder later build steps use, and keep what `release`
 * needs to give it back. The shell that runs it is recorded as the job holding the limit, so
 * keep it running until `release`.
 */
export function bindCommand(): Command {
  return addPlanOptions(new Command('bind'))
    .description('plan, and bind the build limit on an existing docker-container builder (docker update); release gives it back')
    .option('--builder <name>', 'the builder to bind (default: the current buildx builder, when it is a docker-container one)')
    .option('--memory-swap <size>', 'memory plus swap for the builder (default: equal to the limit)')
    .requiredOption('--state-file <file>', 'a new file (0600) for what release needs; it must not exist')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'env']).default('text'))
    .action(async (opts: Record<string, unknown>) => {
      const read = flagReader(opts)
      const request = { ...parsePlanRequest(read), knownPeak: null }
      const swap = read('memory-swap').trim()
      const bind = { builder: read('builder').trim() || null, memorySwapBytes: swap === '' ? null : parseSize(swap, '--memory-swap') }
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
      // Made first: a state file that exists already is refused before any builder changes.
      claimStateFile(stateFile)
      let binding: PlanBinding
      try {
        binding = await bindPlannedLimit(result, bind, { job: `cli/${hostname()}/${process.ppid}`, host: hostname(), pid: process.ppid })
      } catch (error) {
        rmSync(stateFile, { force: true })
        throw error
      }
      writeStateFile(stateFile, JSON.stringify({ binding: binding.enforcement === 'builder' ? binding.saved : null }))
      printBinding(binding, opts.format as string)
    })
}

export function releaseCommand(): Command {
  return new Command('release')
    .description('give the builder bound by docker-memory bind its previous limit, and remove the state file')
    .requiredOption('--state-file <file>', 'the file docker-memory bind wrote')
    .option('--keep-limit', 'leave the limit on the builder; only its record is removed')
    .action(async (opts: { stateFile: string; keepLimit?: boolean }) => {
      let binding: unknown
      try {
        binding = (JSON.parse(readRegularFile(opts.stateFile, 64 * 1024, 'the state file').toString('utf8')) as { binding?: unknown }).binding
      } catch (error) {
        throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (${(error as Error).message})`)
      }
      const saved = binding === null ? null : parseSavedBinding(JSON.stringify(binding))
      if (binding !== null && saved === null)
        throw new InputError(`--state-file ${opts.stateFile} is not a state file of docker-memory bind (no builder binding in it)`)
      process.stdout.write(saved === null ? 'nothing to release: no builder was bound\n' : `${await releaseBuilder(saved, opts.keepLimit === true)}\n`)
      rmSync(opts.stateFile, { force: true })
    })
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

/** Into the file just created, 0600, still empty. */
function writeStateFile(path: string, text: string): void {
  const fd = openSync(path, 'r+')
  try {
    writeSync(fd, text + '\n')
  } finally {
    closeSync(fd)
  }
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
