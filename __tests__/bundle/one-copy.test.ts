import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// A class checked with `instanceof`, or a module holding state, must exist once per process
// however many bundles a run loads (scripts/bundle.mjs, SHARED): an InputError thrown in a lazy
// chunk and caught in an entry is then an InputError, with no Symbol.hasInstance override.

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
const distFiles = (): string[] => [
  ...readdirSync('dist')
    .filter((f) => f.endsWith('.js'))
    .map((f) => join('dist', f)),
  ...readdirSync('dist/chunks').map((f) => join('dist/chunks', f))
]

/** Our own classes that some source checks with `instanceof`. */
function classesCheckedByInstanceof(): string[] {
  const texts = sourceFiles('src').map((f) => readFileSync(f, 'utf8'))
  const ours = new Set(texts.flatMap((t) => [...t.matchAll(/^export class (\w+)/gm)].map((m) => m[1])))
  const checked = new Set(texts.flatMap((t) => [...t.matchAll(/instanceof (\w+)/g)].map((m) => m[1])))
  return [...checked].filter((c) => ours.has(c)).sort()
}

describe('one copy at run time', () => {
  test('every class checked with instanceof is defined in one file of dist/', () => {
    const classes = classesCheckedByInstanceof()
    expect(classes).toEqual(expect.arrayContaining(['InputError', 'HistoryFormatError']))
    const texts = distFiles().map((f) => [f, readFileSync(f, 'utf8')] as const)
    for (const c of classes) {
      const definedIn = texts.filter(([, t]) => new RegExp(`(?:var|let|const) ${c}\\d* = class\\b|\\bclass ${c}\\d* `).test(t)).map(([f]) => f)
      expect({ class: c, definedIn }).toEqual({ class: c, definedIn: [expect.any(String)] })
    }
  })

  test('InputError has no Symbol.hasInstance override', () => {
    expect(readFileSync('src/core/errors.ts', 'utf8')).not.toContain('hasInstance')
  })

  test('a CommonJS bundle, an ES module chunk and the library see the same InputError', () => {
    // The ES module chunks require dist/shared.js too (scripts/bundle.mjs), through createRequire.
    const importers = readdirSync('dist/chunks').filter((f) =>
      readFileSync(join('dist/chunks', f), 'utf8').includes('createRequire(import.meta.url)("../shared.js")')
    )
    expect(importers.length).toBeGreaterThan(0)
    const script = `
      const viaRequire = require('./dist/shared.js').InputError
      const library = require('./dist/index.js').InputError
      import('./dist/shared.js').then((m) => {
        const thrown = (() => { try { throw new library('x') } catch (e) { return e } })()
        console.log(JSON.stringify([viaRequire === library, m.InputError === library, thrown instanceof viaRequire]))
      })`
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual([true, true, true])
  })
})
