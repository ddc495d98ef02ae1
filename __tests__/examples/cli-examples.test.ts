import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import yaml from 'js-yaml'

/**
 * Every docker-memory command line shown to users, in the examples and in the code blocks of
 * the README and the user docs (USER_DOCS), runs here against the bundled CLI: a renamed flag or a changed output breaks the
 * suite, not a user's pipeline. Plans get `--total-memory 16g`, and plans and detect
 * `--no-docker`, when they have none, so the results do not depend on this machine. A line
 * ending in `# exits N` must exit N; every other line must exit 0.
 */

const CLI =
  /(?:npx --yes docker-memory-action@\S+|node dist\/cli\.js|docker-memory)\s+(?=(?:plan|detect|history|explain|build|resize|bind|release)\b|--version\b)/

/** The Markdown files whose code blocks show commands to users. */
const USER_DOCS = ['README.md', 'docs/cli.md']

/** The commands that cannot run here, each with the reason. */
const NOT_RUN: Array<{ file: string; command: RegExp; reason: string }> = [
  {
    file: 'docs/cli.md',
    command: /^explain --builder /,
    reason: "reads a buildx builder's history: buildx is not installable here, the fake-docker tests cover it"
  },
  {
    file: 'docs/cli.md',
    command: /^(bind|release) /,
    reason: 'binds a docker-container builder: buildx is not installable here, __tests__/bind/cli-bind.test.ts covers it with the fake docker'
  }
]

/** The values the examples' variables and GitHub expressions take here. */
function placeholders(dir: string): Record<string, string> {
  return {
    HISTORY_FILE: join(dir, 'history.json'),
    PEAK: String(3 * 1024 ** 3),
    'matrix.size': '16g'
  }
}

interface Example {
  file: string
  line: number
  argv: string[]
  status: number
}

/** A shell line's words after the command, up to a redirection, pipe, comment or the quote that closes an outer string. */
export function shellWords(text: string): string[] {
  const words: string[] = []
  let word: string | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === ' ' || c === '\t') {
      if (word !== null) words.push(word)
      word = null
    } else if ('>|;&'.includes(c) || (c === '#' && word === null)) {
      break
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1)
      if (end < 0) break
      word = (word ?? '') + text.slice(i + 1, end)
      i = end
    } else {
      word = (word ?? '') + c
    }
  }
  if (word !== null) words.push(word)
  return words
}

function substitute(text: string, values: Record<string, string>, where: string): string {
  return text
    .replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => known(values, expr, where))
    .replace(/\$\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name: string) => known(values, name, where))
}

function known(values: Record<string, string>, name: string, where: string): string {
  if (!(name in values)) throw new Error(`${where}: no test value for ${name}; add one to placeholders()`)
  return values[name]
}

export function extractExamples(file: string, text: string, onlyCodeBlocks: boolean, values: Record<string, string>): Example[] {
  const examples: Example[] = []
  let inBlock = false
  const lines = text.replace(/\\\n\s*/g, ' ').split('\n')
  lines.forEach((line, i) => {
    if (/^\s*```/.test(line)) inBlock = !inBlock
    if (onlyCodeBlocks && !inBlock) return
    const m = CLI.exec(line)
    if (!m) return
    const rest = line.slice(m.index + m[0].length)
    const exits = /#\s*exits (\d+)\s*$/.exec(rest)
    examples.push({ file, line: i + 1, argv: shellWords(substitute(rest, values, `${file}:${i + 1}`)), status: exits ? Number(exits[1]) : 0 })
  })
  return examples
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A workspace holding what the examples name: a build log of a real OOM kill and its Dockerfile. */
function workspace(): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-examples-'))
  dirs.push(dir)
  copyFileSync('__tests__/fixtures/captured/buildx-0.28-docker-container-oom.plain.log', join(dir, 'build.log'))
  mkdirSync(join(dir, 'docker/app'), { recursive: true })
  copyFileSync('__tests__/fixtures/captured/Dockerfile.fail', join(dir, 'docker/app/Dockerfile'))
  copyFileSync('__tests__/fixtures/captured/Dockerfile.fail', join(dir, 'Dockerfile'))
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir }
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE']) {
    env[name] = join(dir, name)
    writeFileSync(env[name], '')
  }
  return { dir, env }
}

const cli = resolve('dist/cli.js')

function runExample(example: Example, dir: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const argv = [...example.argv]
  if (argv[0] === 'plan' && !argv.includes('--total-memory')) argv.push('--total-memory', '16g')
  if ((argv[0] === 'plan' || argv[0] === 'detect') && !argv.includes('--no-docker')) argv.push('--no-docker')
  const r = spawnSync(process.execPath, [cli, ...argv], { cwd: dir, env, encoding: 'utf8', timeout: 60000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** What each output format must look like to the tool that reads it. */
function checkOutput(argv: string[], stdout: string, env: Record<string, string>): void {
  const format = argv[argv.indexOf('--format') + 1]
  if (argv[0] === '--version') {
    expect(stdout).toBe(`${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`)
  } else if (argv[0] === 'explain') {
    // The log is a real kill at the fifth line of the Dockerfile the workspace holds.
    expect(stdout).toMatch(format === 'github' ? /^::error [^:]*\bfile=docker\/app\/Dockerfile,(?:[^:]*,)?line=5\b/m : /Dockerfile:5/)
  } else if (!argv.includes('--format') || format === 'text') {
    if (argv[0] === 'plan') expect(stdout).toMatch(/^Docker memory plan \(\w+\): (OK|NOT ENOUGH MEMORY)\n/)
    if (argv[0] === 'history') expect(stdout).toMatch(/^Recorded /)
  } else if (format === 'json') {
    expect(() => JSON.parse(stdout)).not.toThrow()
  } else if (format === 'env') {
    // GitLab's dotenv report: KEY=value lines, no blank lines or comments, at most 20 variables and 5 KiB.
    const lines = stdout.replace(/\n$/, '').split('\n')
    // Bare, or single-quoted so that sourcing it runs nothing: either way no newline, no double quote, no expansion.
    for (const line of lines) expect(line).toMatch(/^[A-Za-z_][A-Za-z0-9_]*=('[^'\n]*'|[^\n"'$`\\]*)$/)
    expect(lines.length).toBeLessThanOrEqual(20)
    expect(Buffer.byteLength(stdout)).toBeLessThan(5 * 1024)
    expect(lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^DOCKER_MEMORY_BUILD='?\d+[mg]'?$/), expect.stringMatching(/^DOCKER_MEMORY_JOBS='?\d+'?$/)])
    )
  } else if (format === 'github') {
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toMatch(/^## (✅|❌) Docker memory plan/m)
    expect(readFileSync(env.GITHUB_OUTPUT, 'utf8')).toMatch(/^build-memory<</m)
  }
}

const exampleFiles = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
})('examples').sort()

/** Examples where GitHub actions do the work and no CLI is shown. */
const WORKFLOW_ONLY = ['examples/github/build-push-action.yml', 'examples/github/reusable-workflow-caller.yml', 'examples/github/concurrency-retry.yml']

const notRun = (e: Example): string | undefined => NOT_RUN.find((n) => n.file === e.file && n.command.test(e.argv.join(' ')))?.reason

describe.each([...exampleFiles.filter((f) => !WORKFLOW_ONLY.includes(f)).map((f) => [f, false] as const), ...USER_DOCS.map((f) => [f, true] as const)])(
  'the docker-memory commands in %s',
  (file, onlyCodeBlocks) => {
    const { dir, env } = workspace()
    const examples = extractExamples(file, readFileSync(file, 'utf8'), onlyCodeBlocks, placeholders(dir))
    const run = examples.filter((e) => notRun(e) === undefined)

    test('there are some', () => {
      expect(run.length).toBeGreaterThan(0)
    })

    // In file order and in one folder, so a `history record` is seen by the `plan` after it.
    test.each(run.map((e) => [`${e.line}: ${e.argv.join(' ')}`, e] as const))('line %s', (_, example) => {
      const r = runExample(example, dir, env)
      expect({
        status: r.status,
        stderr: r.stderr
          .split('\n')
          .filter((l) => !l.startsWith('docker-memory: notice:'))
          .join('\n')
      }).toEqual({ status: example.status, stderr: '' })
      if (example.status === 0) checkOutput(example.argv, r.stdout, env)
    })
  }
)

describe('the commands that do not run here', () => {
  const all = [...exampleFiles, ...USER_DOCS].flatMap((f) => extractExamples(f, readFileSync(f, 'utf8'), USER_DOCS.includes(f), placeholders('/tmp')))

  test.each(NOT_RUN.map((n) => [`${n.file}: ${n.command.source} (${n.reason})`, n] as const))('%s is still shown, so its entry is still needed', (_, entry) => {
    expect(all.some((e) => e.file === entry.file && entry.command.test(e.argv.join(' ')))).toBe(true)
  })

  test('the workflow-only examples show no CLI, and exist', () => {
    for (const f of WORKFLOW_ONLY) expect(extractExamples(f, readFileSync(f, 'utf8'), false, {})).toEqual([])
  })
})

describe('the extraction', () => {
  const values = { HISTORY_FILE: '/h.json', 'matrix.size': '32g' }
  test.each([
    [
      `sh 'npx --yes docker-memory-action@1 plan --history-file "$HISTORY_FILE" --key app --format env > docker-memory.env'`,
      ['plan', '--history-file', '/h.json', '--key', 'app', '--format', 'env']
    ],
    [`sh 'npx --yes docker-memory-action@1 plan --key app'`, ['plan', '--key', 'app']],
    ['  - npx --yes docker-memory-action@1 plan --profile balanced | buildkite-agent annotate', ['plan', '--profile', 'balanced']],
    ['run: npx --yes docker-memory-action@1 plan --total-memory ${{ matrix.size }} --format github', ['plan', '--total-memory', '32g', '--format', 'github']],
    ['node dist/cli.js plan        # the memory plan', ['plan']],
    [
      'docker-memory history record --key web --peak 3g \\\n    --history-file $$HISTORY_FILE',
      ['history', 'record', '--key', 'web', '--peak', '3g', '--history-file', '/h.json']
    ]
  ])('%s', (line, argv) => {
    expect(extractExamples('x', line, false, values).map((e) => e.argv)).toEqual([argv])
  })

  test('a trailing `# exits N` is the status the line must end with', () => {
    expect(
      extractExamples('x', 'docker-memory plan --total-memory 2g   # exits 2\ndocker-memory plan # the plan\n', false, values).map((e) => [e.argv, e.status])
    ).toEqual([
      [['plan', '--total-memory', '2g'], 2],
      [['plan'], 0]
    ])
  })

  test('a variable without a test value fails loudly instead of running something else', () => {
    expect(() => extractExamples('x', 'docker-memory plan --key $NOPE', false, values)).toThrow('x:1: no test value for NOPE')
  })

  test('in the README only code blocks count', () => {
    expect(
      extractExamples('x', 'Run `docker-memory plan --key KEY` to see.\n```sh\ndocker-memory plan --cpus 2\n```\n', true, values).map((e) => e.argv)
    ).toEqual([['plan', '--cpus', '2']])
  })
})

describe('the other CI systems read their examples as their own formats', () => {
  /** A job's shell lines, in the order they run. */
  const lines = (text: string): string[] => text.split('\n').map((l) => l.trim())
  const at = (all: string[], pattern: RegExp): number => all.findIndex((l) => pattern.test(l))
  const PLAN = /docker-memory-action@1 plan\b.*--format env > docker-memory\.env/
  const BUILD = /docker buildx build .*--progress=plain .*\| tee build\.log/
  const EXPLAIN = /docker-memory-action@1 explain --log build\.log --file Dockerfile/

  test('GitLab: one job plans where it builds (its dind engine), builds, and explains in after_script', () => {
    const ci = yaml.load(readFileSync('examples/gitlab/.gitlab-ci.yml', 'utf8')) as Record<
      string,
      { image?: string; services?: string[]; script?: string[]; after_script?: string[]; needs?: string[] }
    >
    const job = ci['build-image']
    expect(job.services).toEqual(['docker:28-dind'])
    const script = job.script ?? []
    expect(at(script, PLAN)).toBeGreaterThanOrEqual(0)
    expect(at(script, PLAN)).toBeLessThan(at(script, /docker buildx create .*memory=\$DOCKER_MEMORY_BUILD,memory-swap=\$DOCKER_MEMORY_BUILD/))
    expect(at(script, /docker buildx create/)).toBeLessThan(at(script, BUILD))
    expect(script[at(script, BUILD)]).toMatch(/^set -o pipefail && /)
    // after_script runs after a failed script too.
    expect(at(job.after_script ?? [], EXPLAIN)).toBe(0)
    // No other job: a plan in another job may land on another runner.
    expect(Object.keys(ci).filter((k) => typeof ci[k] === 'object' && !Array.isArray(ci[k]))).toEqual(['build-image'])
  })

  test('Jenkins: plans, builds and explains on the same agent; post { always } explains a failed build too', () => {
    const text = readFileSync('examples/jenkins/Jenkinsfile', 'utf8')
    const build = lines(text.slice(text.indexOf("stage('Build')"), text.indexOf('  post {')))
    expect(build).toContain('set -eo pipefail')
    expect(at(build, PLAN)).toBeLessThan(at(build, BUILD))
    expect(at(build, PLAN)).toBeGreaterThanOrEqual(0)
    expect(at(lines(text.slice(text.indexOf('  post {'))), EXPLAIN)).toBeGreaterThanOrEqual(0)
  })

  test('Buildkite: one command step, every runtime variable deferred with $$, plan before the build and explain after it', () => {
    const pipeline = yaml.load(readFileSync('examples/buildkite/pipeline.yml', 'utf8')) as { steps: Array<{ commands: string[] }> }
    const commands = pipeline.steps[0].commands
    expect(commands.join('\n').match(/(?<!\$)\$[A-Z{(]/g)).toBeNull()
    const plan = at(commands, /docker-memory-action@1 plan .*--format env > docker-memory\.env/)
    const build = at(commands, /docker buildx build .*\| tee build\.log \|\| status=\$\$\?$/)
    expect(plan).toBeGreaterThanOrEqual(0)
    expect(plan).toBeLessThan(build)
    expect(at(commands, EXPLAIN)).toBe(build + 1)
  })
})

/**
 * gitlab-ci-local (from npm) validates a .gitlab-ci.yml against GitLab's own CI JSON schema and
 * expands it as GitLab would, without running a job: the example pasted into a fresh project.
 */
describe('gitlab-ci-local', () => {
  function listJobs(text: string): { status: number | null; out: string } {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-gitlab-'))
    dirs.push(dir)
    writeFileSync(join(dir, '.gitlab-ci.yml'), text)
    const git = (...args: string[]): void => {
      expect(spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).status).toBe(0)
    }
    git('init', '-q', '-b', 'main')
    git('remote', 'add', 'origin', 'https://gitlab.com/example/app.git')
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '--allow-empty', '-m', 'first')
    const r = spawnSync(process.execPath, [resolve('node_modules/gitlab-ci-local/src/index.js'), '--list'], { cwd: dir, encoding: 'utf8', timeout: 120000 })
    return { status: r.status, out: `${r.stdout}\n${r.stderr}` }
  }

  test('accepts the example and lists its one job', () => {
    const r = listJobs(readFileSync('examples/gitlab/.gitlab-ci.yml', 'utf8'))
    expect(r.out).not.toMatch(/Invalid \.gitlab-ci\.yml/)
    expect(r.status).toBe(0)
    expect(r.out).toMatch(/^build-image\s.*\bbuild\b/m)
  })

  test("refuses what GitLab refuses: a job named after a keyword (the old example's `image:` job)", () => {
    const r = listJobs('stages: [build]\nimage:\n  stage: build\n  image: docker:28\n  script: [echo]\n')
    expect(r.out).toMatch(/Invalid \.gitlab-ci\.yml configuration!/)
    expect(r.status).not.toBe(0)
  })
})
