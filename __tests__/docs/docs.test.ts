import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import yaml from 'js-yaml'

const script = resolve('scripts/docs.mjs')
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function docs(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A README with the action's tables, next to a copy of action.yml that a test may change. */
function project(): { dir: string; readme: string; action: string } {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-docs-'))
  dirs.push(dir)
  copyFileSync('action.yml', join(dir, 'action.yml'))
  const readme = join(dir, 'README.md')
  writeFileSync(readme, '# x\n\n<!-- docs:inputs action.yml -->\n<!-- docs:end -->\n\ntext\n\n<!-- docs:outputs action.yml -->\n<!-- docs:end -->\n')
  expect(docs(readme).status).toBe(0)
  return { dir, readme, action: join(dir, 'action.yml') }
}

function addInput(actionPath: string, name: string, input: Record<string, unknown>): void {
  const action = yaml.load(readFileSync(actionPath, 'utf8')) as { inputs: Record<string, unknown> }
  action.inputs[name] = input
  writeFileSync(actionPath, yaml.dump(action))
}

const REFERENCE = 'docs/reference.md'

describe('the generated tables', () => {
  test("match this repository's action.yml and reusable workflow, in docs/reference.md", () => {
    expect(docs('--check')).toMatchObject({ status: 0, stdout: `docs: ${REFERENCE} is up to date\n` })
  })

  test('list every input and output of action.yml, with its default', () => {
    const action = yaml.load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> }
    const reference = readFileSync(REFERENCE, 'utf8')
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(reference).toContain(`| \`${name}\` | ${input.default ? `\`${input.default}\`` : ''} |`)
    }
    for (const name of Object.keys(action.outputs)) expect(reference).toContain(`| \`${name}\` |`)
  })

  test("list the reusable workflow's secrets, so callers know what a registry login takes", () => {
    const workflow = yaml.load(readFileSync('.github/workflows/docker-memory-build.yml', 'utf8')) as {
      on: { workflow_call: { secrets: Record<string, unknown> } }
    }
    const names = Object.keys(workflow.on.workflow_call.secrets)
    expect(names).toEqual(['registry-username', 'registry-password', 'build-secrets'])
    const reference = readFileSync(REFERENCE, 'utf8')
    for (const name of names) expect(reference).toContain(`| \`${name}\` | no |`)
  })

  test('a table in a Markdown file that is stale fails the check, wherever the file is', () => {
    const { dir } = project()
    mkdirSync(join(dir, 'docs'))
    const reference = join(dir, 'docs', 'reference.md')
    writeFileSync(reference, '<!-- docs:outputs ../action.yml -->\n<!-- docs:end -->\n')
    expect(docs('--check', reference)).toMatchObject({ status: 1 })
    expect(docs(reference)).toMatchObject({ status: 0, stdout: `docs: ${reference} updated\n` })
    expect(readFileSync(reference, 'utf8')).toContain('| `builder` |')
  })

  test('an input added to action.yml fails the check until the docs are regenerated', () => {
    const { readme, action } = project()
    addInput(action, 'new-input', { description: 'Something | with a pipe\nand a line break.', required: true })
    const before = readFileSync(readme, 'utf8')
    expect(docs('--check', readme)).toMatchObject({
      status: 1,
      stderr: `docs: ${readme} does not match the files it documents: run npm run docs and commit it\n`
    })
    expect(readFileSync(readme, 'utf8')).toBe(before)
    expect(docs(readme)).toMatchObject({ status: 0, stdout: `docs: ${readme} updated\n` })
    expect(readFileSync(readme, 'utf8')).toContain('| `new-input` | **required** | Something \\| with a pipe and a line break. |')
    expect(docs('--check', readme).status).toBe(0)
  })

  test('an input without a description is refused, and the README is left alone', () => {
    const { readme, action } = project()
    addInput(action, 'undocumented', { required: false })
    const before = readFileSync(readme, 'utf8')
    expect(docs(readme)).toMatchObject({ status: 1, stderr: `docs: ${readme}: action.yml input undocumented has no description\n` })
    expect(readFileSync(readme, 'utf8')).toBe(before)
  })

  test('a README without tables, or naming a file that is not there, is one line of error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-docs-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'README.md'), '# nothing\n')
    expect(docs(join(dir, 'README.md')).stderr).toMatch(/: no <!-- docs:inputs FILE --> or <!-- docs:outputs FILE --> block\n$/)
    writeFileSync(join(dir, 'README.md'), '<!-- docs:inputs sub/action.yml -->\n<!-- docs:end -->\n')
    const r = docs(join(dir, 'README.md'))
    expect(r.status).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})

/** The README's tables of the inputs and outputs most jobs use, written by hand: rows of `name` | … cells under a heading. */
function handTable(readme: string, header: string): Array<{ names: string[]; cells: string[] }> {
  const lines = readme.split('\n')
  const start = lines.findIndex((l) => l.startsWith(header))
  expect(start).toBeGreaterThan(-1)
  const rows: Array<{ names: string[]; cells: string[] }> = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    const cells = line
      .slice(1, -1)
      .split(' | ')
      .map((c) => c.trim())
    rows.push({ names: [...cells[0].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]), cells })
  }
  return rows
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')

describe("the README: a user's first screen", () => {
  const readme = readFileSync('README.md', 'utf8')
  const lines = readme.split('\n')

  test('is at most 350 lines, the rest in docs/', () => {
    expect(lines.length).toBeLessThanOrEqual(350)
  })

  test('opens with what it is, the workflow to paste, what it runs on and the two fresh-machine commands', () => {
    const first = lines.slice(0, 40).join('\n')
    expect(first).toMatch(/^# docker-memory-action\n\n.*memory/)
    expect(first).toContain('```yaml\nsteps:\n')
    expect(first).toContain('builder: ${{ steps.memory.outputs.builder }}')
    expect(first).toMatch(/runner\s+\*\*2\.327\.1 or later\*\*/)
    expect(first).toMatch(/^npm ci && node dist\/cli\.js plan +#/m)
    expect(first).toMatch(/^npm ci && npm test +#/m)
  })

  test('holds no development content: that is docs/development.md', () => {
    for (const dev of ['test:e2e', 'sudo npm', 'npm run bench', 'strace', 'cpu-prof', 'compile cache', 'npm run build', 'npm run docs'])
      expect({ dev, found: readme.toLowerCase().includes(dev.toLowerCase()) }).toEqual({ dev, found: false })
    expect(readme).toContain('](docs/development.md)')
  })

  test('defines its words before the sections that use them', () => {
    const words = lines.findIndex((l) => l === '## Words used here')
    expect(words).toBeGreaterThan(-1)
    expect(words).toBeLessThan(lines.findIndex((l) => l === '## What it does'))
    for (const word of ['builder', 'embedded BuildKit', 'bind', 'enforcement', 'peak', 'killed but passed', 'three layers'])
      expect(readme).toContain(`- **${word}**: `)
  })

  test("names in its short input and output tables are action.yml's, with action.yml's defaults", () => {
    const action = yaml.load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> }
    const inputs = handTable(readme, '| input | default |')
    expect(inputs.length).toBeGreaterThan(3)
    for (const { names, cells } of inputs) {
      const [name] = names
      expect(Object.keys(action.inputs)).toContain(name)
      const dflt = action.inputs[name].default
      if (dflt) expect({ name, default: cells[1] }).toEqual({ name, default: `\`${dflt}\`` })
    }
    const outputs = handTable(readme, '| output | what |')
    expect(outputs.length).toBeGreaterThan(3)
    for (const { names } of outputs) for (const name of names) expect(Object.keys(action.outputs)).toContain(name)
  })

  test('every relative link of the README and docs/ reaches a file, and its #anchor a heading there', () => {
    const files = [
      'README.md',
      ...readdirSync('docs')
        .filter((f) => f.endsWith('.md'))
        .map((f) => join('docs', f))
    ]
    const broken: string[] = []
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue
        const [path, hash] = target.split('#')
        const dest = path === '' ? file : join(dirname(file), path)
        if (!existsSync(dest)) {
          broken.push(`${file}: ${target}`)
          continue
        }
        if (hash && dest.endsWith('.md')) {
          const headings = readFileSync(dest, 'utf8')
            .split('\n')
            .filter((l) => /^#+ /.test(l))
            .map((l) => anchor(l.replace(/^#+ /, '')))
          if (!headings.includes(hash)) broken.push(`${file}: ${target}`)
        }
      }
    }
    expect(broken).toEqual([])
  })
})
