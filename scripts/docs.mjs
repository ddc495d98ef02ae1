// The documentation's input and output tables, generated from the files that define them, so
// the documentation cannot drift from what the action accepts. A block
//
//   <!-- docs:inputs action.yml -->  …  <!-- docs:end -->
//
// is rewritten from that file's inputs (or `outputs`, or a reusable workflow's `secrets`); the
// file is an action.yml or a reusable workflow (`on.workflow_call`), its path relative to the
// Markdown file's folder, as a link would be. `--check` changes nothing and fails when a table is stale.
//
//   node scripts/docs.mjs [--check] [FILE.md ...]
//
// Without files: README.md and docs/*.md, of which at least one must hold a block (the tables
// live in docs/reference.md, so the README stays a user's first screen). A file named on the
// command line must hold one.
import { existsSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import yaml from 'js-yaml'

const BLOCK = /(<!-- docs:(inputs|outputs|secrets|profiles) ?(\S*) -->\n)[\s\S]*?(<!-- docs:end -->)/g

async function render(readme, root) {
  const { PROFILES, profileMemory, GiB } = await import(new URL('../dist/index.js', import.meta.url).href)
  let blocks = 0
  const text = readme.replace(BLOCK, (_, open, kind, file, close) => {
    blocks++
    const body = kind === 'profiles' ? profilesTable(PROFILES, profileMemory, GiB) : table(kind, load(join(root, file), file), file)
    return `${open}${body}${close}`
  })
  return { text, blocks }
}

const NO_BLOCK = 'no <!-- docs:inputs FILE --> or <!-- docs:outputs FILE --> block'

function defaultFiles() {
  const docs = existsSync('docs')
    ? readdirSync('docs')
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join('docs', f))
    : []
  return ['README.md', ...docs]
}

function load(path, file) {
  let doc
  try {
    doc = yaml.load(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${file}: ${error.reason ?? error.message}`, { cause: error })
  }
  // A reusable workflow declares them under on.workflow_call; an action at the top.
  const call = doc?.on?.workflow_call
  return call
    ? { inputs: call.inputs ?? {}, outputs: call.outputs ?? {}, secrets: call.secrets ?? {}, workflow: true }
    : { inputs: doc?.inputs ?? {}, outputs: doc?.outputs ?? {}, secrets: {}, workflow: false }
}

function table(kind, spec, file) {
  const entries = Object.entries(spec[kind])
  if (entries.length === 0) return `${file} has no ${kind}.\n`
  const rows = []
  if (kind === 'inputs') {
    rows.push(spec.workflow ? '| Input | Type | Default | Description |' : '| Input | Default | Description |')
    rows.push(spec.workflow ? '| --- | --- | --- | --- |' : '| --- | --- | --- |')
    for (const [name, input] of entries) {
      const fallback = input?.required ? '**required**' : input?.default === undefined || input.default === '' ? '' : code(String(input.default))
      const cells = spec.workflow
        ? [code(name), input?.type ?? 'string', fallback, cell(input?.description, `${file} input ${name}`)]
        : [code(name), fallback, cell(input?.description, `${file} input ${name}`)]
      rows.push(`| ${cells.join(' | ')} |`)
    }
  } else if (kind === 'secrets') {
    rows.push('| Secret | Required | Description |', '| --- | --- | --- |')
    for (const [name, secret] of entries)
      rows.push(`| ${code(name)} | ${secret?.required ? 'yes' : 'no'} | ${cell(secret?.description, `${file} secret ${name}`)} |`)
  } else {
    rows.push('| Output | Description |', '| --- | --- |')
    for (const [name, output] of entries) rows.push(`| ${code(name)} | ${cell(output?.description, `${file} output ${name}`)} |`)
  }
  return rows.join('\n') + '\n'
}

// The runner sizes of FACTS §3 and seed 001's rows, computed by the plan itself.
function profilesTable(profiles, profileMemory, GiB) {
  const rows = [`| machine | ${profiles.join(' | ')} |`, `| ---: | ${profiles.map(() => '---:').join(' | ')} |`]
  for (const [gib, note] of [
    [5, ' (ubuntu-slim)'],
    [7, ' (macOS arm64)'],
    [14, ' (macOS Intel)'],
    [16, ' (ubuntu-latest)'],
    [32, ''],
    [64, ''],
    [128, '']
  ]) {
    const cells = profiles.map((p) => `${Number((profileMemory(p, gib * GiB) / GiB).toFixed(2))} GiB`)
    rows.push(`| ${gib} GiB${note} | ${cells.join(' | ')} |`)
  }
  return rows.join('\n') + '\n'
}

function code(text) {
  return `\`${text.replace(/\|/g, '\\|')}\``
}

function cell(text, what) {
  if (!text || !String(text).trim()) throw new Error(`${what} has no description`)
  return String(text)
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
}

async function main(args) {
  const check = args.includes('--check')
  const named = args.filter((a) => !a.startsWith('--'))
  const paths = named.length > 0 ? named : defaultFiles()
  let total = 0
  let failed = 0
  for (const path of paths) {
    const before = readFileSync(path, 'utf8')
    let rendered
    try {
      rendered = await render(before, dirname(path))
      if (rendered.blocks === 0 && named.length > 0) throw new Error(NO_BLOCK)
    } catch (error) {
      console.error(`docs: ${path}: ${error.message}`)
      failed++
      continue
    }
    if (rendered.blocks === 0) continue
    total += rendered.blocks
    const after = rendered.text
    if (check) {
      if (after === before) console.log(`docs: ${path} is up to date`)
      else {
        console.error(`docs: ${path} does not match the files it documents: run npm run docs and commit it`)
        failed++
      }
      continue
    }
    if (after !== before) {
      writeFileSync(`${path}.tmp`, after)
      renameSync(`${path}.tmp`, path)
    }
    console.log(`docs: ${path} ${after === before ? 'was already up to date' : 'updated'}`)
  }
  if (total === 0 && failed === 0) {
    console.error(`docs: ${paths.join(', ')}: ${NO_BLOCK}`)
    return 1
  }
  return failed > 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
