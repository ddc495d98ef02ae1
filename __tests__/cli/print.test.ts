import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { buildSync } from 'esbuild'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// print writes to fd 1 itself: run it in a process of its own, its output read through a pipe.
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dma-print-'))
  buildSync({ entryPoints: ['src/cli/print.ts'], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'print.mjs'), logLevel: 'error' })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function printed(text: string): string {
  const script = join(dir, 'run.mjs')
  writeFileSync(join(dir, 'text.json'), JSON.stringify(text))
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs'\nimport { print } from './print.mjs'\nprint(JSON.parse(readFileSync(${JSON.stringify(join(dir, 'text.json'))}, 'utf8')))\n`
  )
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  expect(r.stderr).toBe('')
  return r.stdout
}

describe('print: standard output in 64 Ki-character writes', () => {
  test.each([
    ['a short line', 'Docker memory plan (balanced): OK\n'],
    ['a pair of surrogates across the first cut', `${'a'.repeat(65535)}😀b\n`],
    ['several cuts, non-ASCII throughout', `${'é😀x'.repeat(100000)}\n`],
    ['nothing', '']
  ])('%s arrives whole and unchanged', (_name, text) => {
    expect(printed(text)).toBe(text)
  })
})
