import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
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

/**
 * A script that prints each of `texts` with its own print() call, `pauseMs` apart; with
 * `stream`, it has made process.stdout first, as `explain --format github` does.
 */
function script(texts: string[], { stream = false, pauseMs = 0 } = {}): string {
  const file = join(dir, 'run.mjs')
  writeFileSync(join(dir, 'texts.json'), JSON.stringify(texts))
  writeFileSync(
    file,
    `import { readFileSync } from 'node:fs'\nimport { print } from './print.mjs'\n${stream ? 'process.stdout.on("error", () => {})\n' : ''}for (const t of JSON.parse(readFileSync(${JSON.stringify(join(dir, 'texts.json'))}, 'utf8'))) {\n  print(t)\n  await new Promise((r) => setTimeout(r, ${pauseMs}))\n}\n`
  )
  return file
}

describe('print: standard output in 64 Ki-character writes', () => {
  test.each([
    ['a short line', 'Docker memory plan (balanced): OK\n'],
    ['a pair of surrogates across the first cut', `${'a'.repeat(65535)}😀b\n`],
    ['several cuts, non-ASCII throughout', `${'é😀x'.repeat(100000)}\n`],
    ['nothing', '']
  ])('%s arrives whole and unchanged', (_name, text) => {
    const r = spawnSync(process.execPath, [script([text])], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(text)
  })

  test('a reader slower than the writer: what print could not write goes first, then every later print, in order', async () => {
    // Once process.stdout is made, a pipe on fd 1 is non-blocking: a long text fills it, and a
    // later print, made while the reader is still draining, must not jump ahead of the rest.
    const texts = [`{"steps": "${'x'.repeat(4 * 1024 * 1024)}"}`, '\n', 'after\n']
    const child = spawn(process.execPath, [script(texts, { stream: true, pauseMs: 100 })], { stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    child.stdout.pause()
    await new Promise((resolve) => setTimeout(resolve, 50))
    // Slowly: a pause after each read, so the stream is still draining when the newline comes.
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d)
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), 5)
    })
    child.stdout.resume()
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    const out = Buffer.concat(chunks).toString('utf8')
    expect([out.length, out.indexOf('\n')]).toEqual([texts.join('').length, texts[0].length])
  })
})
