import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
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

describe('the README tables', () => {
  test("match this repository's action.yml and reusable workflow", () => {
    expect(docs('--check', 'README.md')).toMatchObject({ status: 0, stdout: 'docs: README.md is up to date\n' })
  })

  test('list every input and output of action.yml, with its default', () => {
    const action = yaml.load(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> }
    const readme = readFileSync('README.md', 'utf8')
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(readme).toContain(`| \`${name}\` | ${input.default ? `\`${input.default}\`` : ''} |`)
    }
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(`| \`${name}\` |`)
  })

  test("list the reusable workflow's secrets, so callers know what a registry login takes", () => {
    const workflow = yaml.load(readFileSync('.github/workflows/docker-memory-build.yml', 'utf8')) as {
      on: { workflow_call: { secrets: Record<string, unknown> } }
    }
    const names = Object.keys(workflow.on.workflow_call.secrets)
    expect(names).toEqual(['registry-username', 'registry-password', 'build-secrets'])
    const readme = readFileSync('README.md', 'utf8')
    for (const name of names) expect(readme).toContain(`| \`${name}\` | no |`)
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
