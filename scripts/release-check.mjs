#!/usr/bin/env node
// The runnable part of a release (.github/workflows/release.yml runs it before publishing, and
// .ci/run on every change, so a release cannot be the first time it runs):
//   1. one version everywhere: package.json, its CHANGELOG.md section, the bundle's
//      `--version`, the tag (with --tag), and the major version in every `@vN` reference users
//      copy (README, docs/, examples/, workflows, action.yml files);
//   2. `npm pack`: the tarball holds what the action and the CLI run, and none of the sources;
//   3. `npm publish --dry-run --provenance --access public` of that tarball (it needs no login
//      and no registry: npm stops before the upload);
//   4. `npx` of that tarball runs every docker-memory command the examples use.
// With --notes FILE it writes the version's CHANGELOG section there (the GitHub release notes);
// --versions-only stops after the first check.
// Prints one line per check; exits 1 with the reasons when any fails.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'

const repo = resolve(fileURLToPath(import.meta.url), '../..')

/** The CHANGELOG.md section of `version` (`## [1.0.0] - 2026-12-02` up to the next `## [` or link list), or null. */
export function changelogSection(text, version) {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`))
  if (start < 0) return null
  const end = lines.findIndex((l, i) => i > start && (/^## \[/.test(l) || /^\[[^\]]+\]: /.test(l)))
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  return { heading: lines[start], body }
}

/** Every `docker-memory-action…@vN` / `docker-memory-action@N` a user copies, with where it is. */
export function majorReferences(text) {
  const refs = []
  const pattern = /docker-memory-action(?:\/[\w./-]+)?@v?(\d+)(?![\d.])/g
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(pattern)) refs.push({ line: i + 1, text: m[0], major: Number(m[1]) })
  })
  return refs
}

/** What the version checks find wrong: [] when package.json, CHANGELOG.md, the tag and every reference agree. */
export function versionProblems({ version, changelog, tag, references }) {
  const problems = []
  if (!/^\d+\.\d+\.\d+$/.test(version)) problems.push(`package.json's version ${version} is not X.Y.Z`)
  if (tag !== undefined && tag !== `v${version}`) problems.push(`the tag ${tag} is not v${version}, package.json's version`)
  const section = changelogSection(changelog, version)
  if (section === null) problems.push(`CHANGELOG.md has no section "## [${version}]"`)
  else if (!/ - \d{4}-\d\d-\d\d$/.test(section.heading)) problems.push(`CHANGELOG.md's "${section.heading}" has no date (## [${version}] - YYYY-MM-DD)`)
  else if (section.body === '') problems.push(`CHANGELOG.md's section ${version} is empty`)
  if (!new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: \\S+`, 'm').test(changelog)) problems.push(`CHANGELOG.md has no link [${version}]: …`)
  const major = Number(version.split('.')[0])
  for (const [file, refs] of references) {
    for (const r of refs) if (r.major !== major) problems.push(`${file}:${r.line}: ${r.text} is not major version ${major}`)
  }
  return problems
}

/** The files users copy references from: every text file but the CHANGELOG (its history names old versions) and what is generated or installed. */
function referenceFiles() {
  const skip = new Set(['node_modules', '.git', 'dist', 'lib', 'coverage', '__tests__', 'bench', 'scripts', 'src'])
  const files = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(md|ya?ml)$|^Jenkinsfile$/.test(entry.name) && entry.name !== 'CHANGELOG.md') files.push(path)
    }
  }
  walk(repo)
  return files
}

/** What the tarball must hold (the action's and the CLI's entry points; the types, from package.json's `types`) and must not. */
const MUST_HOLD = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml', 'dist/cli.js', 'dist/main.js', 'dist/post.js', 'dist/index.js']
const MUST_NOT = /^(src|__tests__|bench|scripts|node_modules|\.ci|\.github|examples)\//

/** Every docker-memory command line of the examples (GitLab, Jenkins, Buildkite, GitHub), as argv after `docker-memory`. */
export function exampleCommands(file, text, values) {
  const commands = []
  const cli = /(?:npx --yes docker-memory-action@\S+|docker-memory)\s+((?:plan|detect|history|explain|build|resize|bind|release)\b.*)$/
  text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .forEach((line, i) => {
      const m = cli.exec(line)
      if (!m) return
      const substituted = m[1].replace(/\$\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name) => {
        if (!(name in values)) throw new Error(`${file}:${i + 1}: no value for $${name} in release-check's exampleValues`)
        return values[name]
      })
      commands.push({ where: `${file}:${i + 1}`, argv: shellWords(substituted) })
    })
  return commands
}

/** A shell line's words, quotes removed, up to a redirection, pipe, `;`, `&&`, `||` or comment. */
function shellWords(text) {
  const words = []
  let word = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === ' ' || c === '\t') {
      if (word !== null) words.push(word)
      word = null
    } else if ('>|;&'.includes(c) || (c === '#' && word === null)) break
    else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1)
      // The quote that closes an outer string (Jenkins' sh '…'): the words end there.
      if (end < 0) break
      word = (word ?? '') + text.slice(i + 1, end)
      i = end
    } else word = (word ?? '') + c
  }
  if (word !== null) words.push(word)
  return words
}

/** The commands that need a buildx builder of their own: checked to exist in the package (`--help`), run by the fake-docker tests. */
const NEEDS_BUILDX = (argv) => argv[0] === 'bind' || argv[0] === 'release' || (argv[0] === 'explain' && argv.includes('--builder'))

function run(cmd, args, cwd, extraEnv = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 300000,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', ...extraEnv }
  })
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' }
}

async function main() {
  const { values: opts } = parseArgs({ options: { tag: { type: 'string' }, notes: { type: 'string' }, 'versions-only': { type: 'boolean' } } })
  const problems = []
  const say = (line) => console.log(`release-check: ${line}`)

  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'))
  const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8')
  const references = referenceFiles().map((f) => [relative(repo, f), majorReferences(readFileSync(f, 'utf8'))])
  const versionIssues = versionProblems({ version: pkg.version, changelog, tag: opts.tag, references })
  const bundled = run(process.execPath, [join(repo, 'dist/cli.js'), '--version'], repo).stdout.trim()
  if (bundled !== pkg.version) versionIssues.push(`dist/cli.js --version says ${bundled}, package.json ${pkg.version}: run npm run bundle`)
  problems.push(...versionIssues)
  const refCount = references.reduce((n, [, r]) => n + r.length, 0)
  say(
    `version ${pkg.version}: package.json, CHANGELOG.md, dist/cli.js --version${opts.tag ? `, the tag ${opts.tag}` : ''} and ${refCount} @v${pkg.version.split('.')[0]} references ${versionIssues.length === 0 ? 'agree' : 'DISAGREE'}`
  )
  if (opts.notes) {
    const section = changelogSection(changelog, pkg.version)
    if (section) writeFileSync(opts.notes, section.body + '\n')
  }

  // --versions-only: the first check and the notes, without packing (seconds, for the unit tests).
  if (opts['versions-only']) return finish(problems, say)

  const dir = mkdtempSync(join(tmpdir(), 'docker-memory-release-'))
  try {
    // npm pack runs prepack (the declaration build), as the publish does.
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    )[0]
    const tarball = join(dir, packed.filename)
    const files = packed.files.map((f) => f.path)
    const missing = [...MUST_HOLD, pkg.types.replace(/^\.\//, '')].filter((f) => !files.includes(f))
    const extra = files.filter((f) => MUST_NOT.test(f))
    if (missing.length > 0) problems.push(`the tarball lacks ${missing.join(', ')}`)
    if (extra.length > 0) problems.push(`the tarball holds sources or tests: ${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', …' : ''}`)
    say(
      `npm pack: ${packed.filename}, ${files.length} files, ${(statSync(tarball).size / 1024).toFixed(0)} KiB${missing.length + extra.length === 0 ? '' : ' (WRONG CONTENTS)'}`
    )

    const dry = run('npm', ['publish', '--dry-run', '--provenance', '--access', 'public', tarball], dir)
    if (dry.status !== 0) problems.push(`npm publish --dry-run failed: ${dry.stderr.trim().split('\n').slice(-3).join(' / ')}`)
    const line = `${dry.stdout}\n${dry.stderr}`.split('\n').find((l) => l.startsWith('+ ')) ?? ''
    say(`npm publish --dry-run --provenance --access public: ${dry.status === 0 ? line.trim() || 'passed' : 'FAILED'}`)

    // A workspace with what the examples name: the captured log of a real OOM kill and its Dockerfile.
    const work = join(dir, 'work')
    mkdirSync(join(work, 'docker/app'), { recursive: true })
    copyFileSync(join(repo, '__tests__/fixtures/captured/buildx-0.28-docker-container-oom.plain.log'), join(work, 'build.log'))
    copyFileSync(join(repo, '__tests__/fixtures/captured/Dockerfile.fail'), join(work, 'Dockerfile'))
    copyFileSync(join(repo, '__tests__/fixtures/captured/Dockerfile.fail'), join(work, 'docker/app/Dockerfile'))
    const values = {
      HISTORY_FILE: join(work, 'history.json'),
      PEAK: String(3 * 1024 ** 3),
      HOME: work,
      BUILDER: 'app-builder',
      BUILDKITE_JOB_ID: '1',
      CI_JOB_ID: '1',
      BUILD_TAG: 'jenkins-app-1'
    }
    const exampleFiles = ['examples/gitlab/.gitlab-ci.yml', 'examples/jenkins/Jenkinsfile', 'examples/buildkite/pipeline.yml']
    const commands = exampleFiles.flatMap((f) => exampleCommands(f, readFileSync(join(repo, f), 'utf8'), values))
    // One npx install of the tarball serves every command: npx caches it by its integrity.
    const npmCache = join(dir, 'npm-cache')
    let ran = 0
    for (const c of commands) {
      const argv = NEEDS_BUILDX(c.argv) ? [c.argv[0], '--help'] : [...c.argv]
      // Plans are for a 16 GiB runner without asking an engine: the result must not depend on this machine.
      if (argv[0] === 'plan' && !argv.includes('--total-memory')) argv.push('--total-memory', '16g')
      if ((argv[0] === 'plan' || argv[0] === 'detect') && !argv.includes('--no-docker')) argv.push('--no-docker')
      const r = run('npx', ['--yes', '--package', tarball, '--', 'docker-memory', ...argv], work, { npm_config_cache: npmCache, npm_config_offline: 'true' })
      // explain exits 0 on a found kill unless --fail-on-oom (3).
      const expected = argv[0] === 'explain' && argv.includes('--fail-on-oom') ? 3 : 0
      if (r.status !== expected)
        problems.push(`${c.where}: npx docker-memory ${argv.join(' ')} exited ${r.status} (expected ${expected}): ${r.stderr.trim().split('\n')[0]}`)
      else ran++
    }
    say(
      `npx of the tarball: ${ran} of ${commands.length} example commands ran (${[...new Set(commands.map((c) => c.argv.slice(0, c.argv[0] === 'history' ? 2 : 1).join(' ')))].join(', ')})`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  finish(problems, say)
}

function finish(problems, say) {
  if (problems.length > 0) {
    for (const p of problems) console.error(`release-check: ${p}`)
    process.exit(1)
  }
  say('all checks passed')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
