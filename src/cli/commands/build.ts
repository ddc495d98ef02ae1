import { Command, Option } from 'commander'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeBuilderCommand } from '../../core/build/argv.js'
import { buildOutputs, buildResultLines } from '../../core/build/outputs.js'
import { dockerfilePath, limitFromPlan, parseBuildRequest } from '../../core/build/request.js'
import { InputError } from '../../core/errors.js'
import { explanationText } from '../../core/explain/text.js'
import { buildKey, parseHistoryKey, type KnownPeak } from '../../core/history.js'
import type { InputReader } from '../../core/inputs.js'
import { parsePlanRequest } from '../../core/inputs.js'
import { plan } from '../../core/plan.js'
import { formatSize } from '../../core/units.js'
import { runBuild, type BuildReporter } from '../../build/run-build.js'
import { reportBuild } from '../../explain/report.js'
import { ensureWritableDirectory, MAX_TEXT_FILE_BYTES, readRegularFile } from '../../files/safe-file.js'
import { fileHistoryStore } from '../../history/file-store.js'
import { loadKnownPeak, recordPeak } from '../../history/store.js'
import { detectMachine } from '../../probes/machine.js'
import { captureDocker } from '../../runners/docker.js'
import { EXIT_INSUFFICIENT } from './plan.js'
import { addHistoryOptions, addPlanOptions, flagReader } from '../options.js'

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
      const format = opts.format as string
      const say = (line: string): void => void process.stderr.write(`docker-memory: ${line}\n`)
      ensureWritableDirectory(String(opts.logDir), '--log-dir')
      const history = await historyFor(opts, read, say)
      const machine = await detectMachine({ docker: opts.docker !== false && planRequest.totalMemoryBytes === null })
      const result = plan(machine, { ...planRequest, knownPeak: history?.peak ?? null })
      for (const p of result.problems) say(`${result.onInsufficient === 'warn' ? 'warning' : 'error'}: ${p.message}; fix: ${p.fix}`)
      if (result.status === 'insufficient' && result.onInsufficient !== 'warn') {
        // A 40-minute build that is sure to be killed is better not started.
        process.exitCode = EXIT_INSUFFICIENT
        return
      }
      const limit = limitFromPlan(result, request)
      const reporter: BuildReporter = {
        info: say,
        warning: (m) => say(`warning: ${m}`),
        startLog: () => undefined,
        logLine: (l) => void process.stderr.write(`${l}\n`),
        endLog: () => undefined
      }
      const run = await runBuild(request, limit, { logDir: String(opts.logDir), reporter })
      if (run.createdBuilder && !request.keepBuilder) {
        await captureDocker(removeBuilderCommand(run.createdBuilder).args, { timeoutMs: 60000 })
        say(`removed builder ${run.createdBuilder} (--keep-builder keeps it for the next build)`)
      }
      if (run.problem) say(run.problem)
      const o = run.outcome
      let findings = 0
      if (!o.cancelled) {
        const report = await reportBuild(o, result)
        if (report.explanation.annotations.length > 0) process.stderr.write(explanationText(report.log, report.explanation))
        for (const p of report.problems) say(`note: ${p}`)
        findings = report.explanation.findings.length
      }
      // The action's output names too, so a script reads the same as a workflow.
      if (format === 'json') process.stdout.write(JSON.stringify({ ...o, outputs: buildOutputs(o, findings) }, null, 2) + '\n')
      else process.stdout.write(buildResultLines(o).join('\n') + '\n')
      if (history && o.peakBytes !== null && !o.cancelled) {
        const { notices } = await recordPeak(history.key, o.peakBytes, fileHistoryStore(history.file))
        for (const n of notices) say(`notice: ${n}`)
        say(`recorded the peak ${formatSize(o.peakBytes)} for ${history.key} in ${history.file}`)
      }
      if (o.cancelled) process.exitCode = 130
      else if (o.exitCode !== 0) process.exitCode = o.exitCode && o.exitCode > 0 && o.exitCode < 256 ? o.exitCode : 1
    })
}

/**
 * With --history-file: the build's name (--key, or a hash of its Dockerfile, target and
 * platforms) and the peak it reached before.
 */
async function historyFor(opts: Record<string, unknown>, read: InputReader, say: (line: string) => void): Promise<{ file: string; key: string; peak: KnownPeak | null } | null> {
  const file = opts.historyFile as string | undefined
  if (file === undefined) {
    if (opts.key !== undefined) throw new InputError('--key needs --history-file FILE')
    return null
  }
  let key: string
  if (opts.key !== undefined) {
    key = parseHistoryKey(String(opts.key), '--key')
  } else {
    const path = dockerfilePath(read)
    let dockerfile: string
    try {
      dockerfile = readRegularFile(path, MAX_TEXT_FILE_BYTES, 'the Dockerfile').toString('utf8')
    } catch (error) {
      throw new InputError(`${(error as Error).message}, to name this build for --history-file; give --key`)
    }
    key = buildKey({ dockerfile, target: read('target'), platforms: read('platforms') })
  }
  const { peak, notice } = await loadKnownPeak(fileHistoryStore(file), key)
  if (notice !== null) say(`notice: ${notice}`)
  return { file, key, peak }
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
