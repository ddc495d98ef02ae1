import { Option, type Command } from 'commander'
import type { InputReader } from '../core/inputs.js'

export const FORMATS = ['text', 'json', 'env', 'github'] as const
export type Format = (typeof FORMATS)[number]

/** The action's plan inputs as flags: `build-memory` becomes `--build-memory`. */
export function addPlanOptions(command: Command): Command {
  return command
    .option('--profile <name>', 'conservative, balanced or maximum', 'balanced')
    .option('--build-memory <size>', 'build memory: a size (20g, 1.5g) or a percentage of available memory (75%)')
    .option('--reserve-memory <size>', 'memory kept for the OS and runner (default: 10 % of memory, 1–8 GiB)')
    .option('--containers <list>', 'container limits, name=size, separated by commas or newlines', collect, '')
    .option('--ollama-model <name>', 'auto, or an Ollama model: phi3:mini, llama3.1:8b, qwen2.5:7b, mistral:7b')
    .option('--on-insufficient <what>', 'fail, warn, downgrade or resize', 'fail')
    .option('--memory-per-job <size>', 'memory one parallel build job needs', '2g')
    .option('--total-memory <size>', 'plan for a machine with this much memory instead of this one')
    .option('--cpus <n>', 'plan for a machine with this many CPUs instead of this one')
    .option('--runner-labels <list>', 'runners a build may move to, label=size, separated by commas or newlines (sets larger-runner)', collect, '')
    .option('--no-docker', 'do not ask the Docker engine')
}

/** How `plan` publishes: printed as text, JSON or dotenv, or through @actions/core as the action does. */
export function addPublishOptions(command: Command): Command {
  return command
    .option('--export-env <bool>', 'with --format github: write GITHUB_ENV', 'true')
    .option(
      '--export-parallelism [bool]',
      'with --format github or env: also set MAKEFLAGS, GOFLAGS, GRADLE_OPTS, CARGO_BUILD_JOBS, MAX_JOBS and CMAKE_BUILD_PARALLEL_LEVEL to the job count',
      'false'
    )
    .option('--summary <bool>', 'with --format github: write the job summary', 'true')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
}

/** Where `plan` (and `build`) look up the peak a build reached before. */
export function addHistoryOptions(command: Command): Command {
  return command
    .option('--history-file <file>', 'a history file (docker-memory history record): plan at least the known peak plus headroom')
    .option('--key <key>', "the build's name in the history file")
}

function collect(value: string, previous: string): string {
  return previous === '' ? value : `${previous}\n${value}`
}

/** Reads flags by their action input name. */
export function flagReader(opts: Record<string, unknown>): InputReader {
  return (name) => {
    const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    const value = opts[key] as string | boolean | string[] | undefined | null
    // commander gives strings, booleans and arrays of strings; an array is one comma-separated value.
    return value === undefined || value === null ? '' : Array.isArray(value) ? value.join(',') : String(value)
  }
}
