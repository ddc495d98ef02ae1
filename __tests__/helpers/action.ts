import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import yaml from 'js-yaml'

export const ROOT = join(import.meta.dirname, '../..')

export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  env: Record<string, string>
  state: Record<string, string>
  summary: string
  files: { output: string; env: string; state: string; summary: string }
}

/**
 * The little of this process's environment an entry point gets: PATH, HOME and the engine to
 * talk to (the engine tier's own, not whatever listens on /var/run/docker.sock).
 */
function engine(): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root' }
  if (process.env.DOCKER_HOST !== undefined) env.DOCKER_HOST = process.env.DOCKER_HOST
  return env
}

/** Parses GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE: `name<<delimiter` heredocs or `name=value` lines. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i])
      out[heredoc[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

/**
 * Runs a bundled entry (`dist/main.js`, `dist/post.js`) the way the runner does: inputs as
 * INPUT_* variables, and empty command files to write to. `wrap` runs it through a shell
 * command instead of directly (for example to enter a cgroup first).
 */
export function runEntry(
  entry: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string>; wrap?: (cmd: string) => string[] } = {}
): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), 'dma-action-'))
  const files = { output: join(dir, 'output'), env: join(dir, 'env'), state: join(dir, 'state'), summary: join(dir, 'summary') }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env: Record<string, string> = {
    ...engine(),
    GITHUB_ACTIONS: 'true',
    RUNNER_ENVIRONMENT: 'self-hosted',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const script = join(ROOT, entry)
  const [cmd, ...args] = options.wrap ? options.wrap(`exec node ${script}`) : ['node', script]
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', cwd: ROOT })
  const read = (f: string) => readFileSync(f, 'utf8')
  const written = { output: read(files.output), env: read(files.env), state: read(files.state), summary: read(files.summary) }
  rmSync(dir, { recursive: true, force: true })
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseCommandFile(written.output),
    env: parseCommandFile(written.env),
    state: parseCommandFile(written.state),
    summary: written.summary,
    files: written
  }
}

export function runCli(args: string[], options: { env?: Record<string, string>; wrap?: (cmd: string) => string[] } = {}) {
  const script = join(ROOT, 'dist/cli.js')
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const [cmd, ...rest] = options.wrap ? options.wrap(`exec node ${script} ${quoted}`) : ['node', script, ...args]
  const r = spawnSync(cmd, rest, { env: { ...engine(), ...options.env }, encoding: 'utf8', cwd: ROOT })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/**
 * Runs an action the way the runner does from its action.yml: every declared input gets its
 * default unless given, and `runs.main` is resolved from the action's own folder.
 */
export function runActionYml(actionYml: string, inputs: Record<string, string>, options: { env?: Record<string, string> } = {}): ActionRun {
  const action = yaml.load(readFileSync(join(ROOT, actionYml), 'utf8')) as { inputs?: Record<string, { default?: string }>; runs: { main: string } }
  const all: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs ?? {})) all[name] = String(input.default ?? '')
  const main = relative(ROOT, resolve(ROOT, dirname(actionYml), action.runs.main))
  return runEntry(main, { ...all, ...inputs }, options)
}
