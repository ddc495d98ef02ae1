import { Command, Option } from 'commander'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildAndExplain, type BuildSink } from '../../build/build-and-explain.js'
import { prepareBuild } from '../../build/run-build.js'
import { parseBuildRequest } from '../../core/build/request.js'
import { stopsForInsufficient } from '../../core/build/stops.js'
import { InputError } from '../../core/errors.js'
import { explanationText } from '../../core/explain/text.js'
import type { InputReader } from '../../core/inputs.js'
import { parsePlanRequest } from '../../core/inputs.js'
import { plan } from '../../core/plan/plan.js'
import { ensureWritableDirectory } from '../../files/safe-file.js'
import { detectMachine } from '../../probes/machine.js'
import { addHistoryOptions, addPlanOptions, flagReader } from '../options.js'
import { historyFromFlags } from './history.js'
import { EXIT_INSUFFICIENT } from './plan.js'

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export function buildCommand(): Command {
  return addHistoryOptions(addPlanOptions(new Command('build')))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .description('build an image with the planned memory limit enforced by a mechanism that really binds')
    .argument('[context]', 'build context', '.')
    .option('-f, --file <path>', 'Dockerfile')
    .option('-t, --tag <name>', 'image name (repeatable)', collect)
    .option('--build-arg <name=value>', 'build argument (repeatable)', collect)
    .option('--target <stage>', 'stage to build')
    .option('--platform <list>', 'platforms, comma-separated')
    .option('--push', 'push the image')
    .option('--load', 'load the image into docker')
    .option('--output <spec>', 'output (repeatable)', collect)
    .option('--cache-from <spec>', 'cache source (repeatable)', collect)
    .option('--cache-to <spec>', 'cache destination (repeatable)', collect)
    .option('--secret-env <id=VAR>', 'build secret read from an environment variable, so its value never appears in argv (repeatable)', collect)
    .option('--label <name=value>', 'image label (repeatable)', collect)
    .option('--no-cache', 'do not use the build cache')
    .option('--extra-args <args>', 'more docker build arguments, separated by spaces')
    .option('--builder <name>', 'an existing buildx builder to use as it is')
    .option('--driver <driver>', 'auto, docker-container, docker, kubernetes, remote or legacy', 'auto')
    .option('--memory-swap <size>', 'memory plus swap (default: the memory limit)')
    .option('--keep-builder', 'keep the builder created for this limit')
    .option('--log-dir <dir>', 'where the build log is written', join(tmpdir(), 'docker-memory'))
    .action(async (context: string, opts: Record<string, unknown>) => {
      const read = buildReader(context, opts)
      const request = parseBuildRequest(read)
      const planRequest = parsePlanRequest(flagReader(opts))
      ensureWritableDirectory(String(opts.logDir), '--log-dir')
      const history = await historyFromFlags(opts, read)
      const machine = await detectMachine({ docker: opts.docker !== false && planRequest.totalMemoryBytes === null })
      const result = plan(machine, { ...planRequest, knownPeak: history?.peak ?? null })
      for (const p of result.problems) say(`${result.onInsufficient === 'warn' ? 'warning' : 'error'}: ${p.message}; fix: ${p.fix}`)
      if (stopsForInsufficient(result)) {
        process.exitCode = EXIT_INSUFFICIENT
        return
      }
      const prepared = await prepareBuild(request, result)
      await buildAndExplain(prepared, result, history, cliSink(String(opts.logDir), opts.format === 'json', request.keepBuilder))
    })
}

function say(line: string): void {
  process.stderr.write(`docker-memory: ${line}\n`)
}

/** Progress and the build log on stderr, the result on stdout (text, or JSON with the action's output names). */
function cliSink(logDir: string, json: boolean, keepBuilder: boolean): BuildSink {
  return {
    logDir,
    keepCreatedBuilder: keepBuilder,
    publish: false,
    info: say,
    warning: (m) => say(`warning: ${m}`),
    notice: (m) => say(`notice: ${m}`),
    startLog: () => undefined,
    logLine: (l) => void process.stderr.write(`${l}\n`),
    endLog: () => undefined,
    explained: (report) => {
      if (report.explanation.annotations.length > 0) process.stderr.write(explanationText(report.log, report.explanation))
      for (const p of report.problems) say(`note: ${p}`)
    },
    finished: ({ outcome, outputs, lines }) => {
      // The action's output names too, so a script reads the same as a workflow.
      process.stdout.write(json ? JSON.stringify({ ...outcome, outputs }, null, 2) + '\n' : lines.join('\n') + '\n')
    },
    fail: (message, exitCode) => {
      say(message)
      process.exitCode = exitCode
    }
  }
}

/** The flags under the action's input names, so both go through parseBuildRequest. */
function buildReader(context: string, opts: Record<string, unknown>): InputReader {
  const lines = (v: unknown): string => (Array.isArray(v) ? v.join('\n') : '')
  const secrets = (Array.isArray(opts.secretEnv) ? (opts.secretEnv as string[]) : []).map((entry) => {
    const m = /^([^=]+)=(\w+)$/.exec(entry)
    if (!m) throw new InputError(`--secret-env "${entry}" is not ID=VARIABLE`)
    const value = process.env[m[2]]
    if (value === undefined) throw new InputError(`--secret-env ${m[1]}: the variable ${m[2]} is not set`)
    return `${m[1]}=${value}`
  })
  const values: Record<string, string> = {
    context,
    file: (opts.file as string) ?? '',
    tags: lines(opts.tag),
    'build-args': lines(opts.buildArg),
    target: (opts.target as string) ?? '',
    platforms: (opts.platform as string) ?? '',
    push: opts.push ? 'true' : '',
    load: opts.load ? 'true' : '',
    outputs: lines(opts.output),
    'cache-from': lines(opts.cacheFrom),
    'cache-to': lines(opts.cacheTo),
    secrets: secrets.join('\n'),
    labels: lines(opts.label),
    'no-cache': opts.cache === false ? 'true' : '',
    'extra-args': (opts.extraArgs as string) ?? '',
    builder: (opts.builder as string) ?? '',
    driver: (opts.driver as string) ?? '',
    'memory-swap': (opts.memorySwap as string) ?? '',
    'keep-builder': opts.keepBuilder ? 'true' : ''
  }
  return (name) => values[name] ?? ''
}
