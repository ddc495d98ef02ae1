// The README's input and output tables, generated from the files that define them, so the
// documentation cannot drift from what the action accepts. A block
//
//   <!-- docs:inputs action.yml -->  …  <!-- docs:end -->
//
// is rewritten from that file's inputs (or `outputs`, or a reusable workflow's `secrets`); the
// file is an action.yml or a reusable workflow (`on.workflow_call`). `--check` changes nothing and fails when a table is stale.
//
//   node scripts/docs.mjs [--check] [README.md]
import { readFileSync, writeFileSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import yaml from 'js-yaml'

const BLOCK = /(<!-- docs:(inputs|outputs|secrets|profiles) ?(\S*) -->\n)[\s\S]*?(<!-- docs:end -->)/g

async function renderReadme(readme, root) {
  const { PROFILES, profileMemory, GiB } = await import(new URL('../dist/index.js', import.meta.url).href)
  let blocks = 0
  const text = readme.replace(BLOCK, (_, open, kind, file, close) => {
    blocks++
    const body = kind === 'profiles' ? profilesTable(PROFILES, profileMemory, GiB) : table(kind, load(join(root, file), file), file)
    return `${open}${body}${close}`
  })
  if (blocks === 0) throw new Error('no <!-- docs:inputs FILE --> or <!-- docs:outputs FILE --> block')
  return text
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
  const readmePath = args.find((a) => !a.startsWith('--')) ?? 'README.md'
  const readme = readFileSync(readmePath, 'utf8')
  let rendered
  try {
    rendered = await renderReadme(readme, dirname(readmePath))
  } catch (error) {
    console.error(`docs: ${readmePath}: ${error.message}`)
    return 1
  }
  if (check) {
    if (rendered === readme) {
      console.log(`docs: ${readmePath} is up to date`)
      return 0
    }
    console.error(`docs: ${readmePath} does not match the files it documents: run npm run docs and commit it`)
    return 1
  }
  if (rendered !== readme) {
    writeFileSync(`${readmePath}.tmp`, rendered)
    renameSync(`${readmePath}.tmp`, readmePath)
  }
  console.log(`docs: ${readmePath} ${rendered === readme ? 'was already up to date' : 'updated'}`)
  return 0
}

process.exitCode = await main(process.argv.slice(2))
