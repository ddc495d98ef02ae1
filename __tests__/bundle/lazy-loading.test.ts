import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * What a bundled entry point loads before it runs: itself and its static imports, chunk by
 * chunk. esbuild marks each module it bundles with a `// node_modules/<package>/…` line.
 */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  for (const m of readFileSync(entry, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"/gm)) staticGraph(join(dirname(entry), m[1]), seen)
  return seen
}

/** The file a file loads with `import("./…/<name>[-HASH].js")`: a CLI command, loaded when it runs. */
function lazyChunk(from: string, name: string): string {
  const m = new RegExp(`import\\("(\\.[^"]*/${name}(?:-[A-Z0-9]+)?\\.js)"\\)`).exec(readFileSync(from, 'utf8'))
  if (!m) throw new Error(`${from} does not load ${name} lazily`)
  return join(dirname(from), m[1])
}

function packagesLoadedBy(...entries: string[]): string[] {
  const packages = new Set<string>()
  const files = new Set<string>()
  for (const entry of entries) staticGraph(entry, files)
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(m[1])
  }
  return [...packages].sort()
}

describe('what starts with each entry point', () => {
  test('the CLI loads no @actions package: plan and detect start from two files, history from the full CLI', () => {
    const quick = lazyChunk('dist/cli.js', 'cli-quick')
    expect([...staticGraph('dist/cli.js')]).toEqual(['dist/cli.js'])
    expect([...staticGraph(quick)]).toEqual([quick])
    const program = lazyChunk('dist/cli.js', 'lazy-cli-program')
    expect(packagesLoadedBy('dist/cli.js', quick)).toEqual(['commander'])
    const history = packagesLoadedBy('dist/cli.js', program, lazyChunk(program, 'history'))
    expect(history).toContain('commander')
    expect(history.filter((p) => p.startsWith('@actions/') || p.startsWith('@azure/'))).toEqual([])
  })

  test("the action's main step loads @actions/core but not the cache client, which waits for history: true", () => {
    // main.js asks Docker first, then loads the action itself.
    const action = lazyChunk('dist/main.js', 'action-main')
    const loaded = packagesLoadedBy('dist/main.js', action)
    expect(loaded).toContain('@actions/core')
    expect(loaded.filter((p) => p === '@actions/cache' || p.startsWith('@azure/'))).toEqual([])
    expect(lazyChunk(action, 'lazy-history-actions-cache-store')).toBe('dist/chunks/lazy-history-actions-cache-store.js')
  })
})

describe('explain on a huge log (bench/explain-throughput.mjs: its peak memory)', () => {
  const program = lazyChunk('dist/cli.js', 'lazy-cli-program')
  const graph = [...staticGraph('dist/cli.js'), ...staticGraph(program), ...staticGraph(lazyChunk(program, 'explain'))]

  test('loads the Dockerfile parser only when there is a Dockerfile to map', () => {
    expect(packagesLoadedBy(...graph)).not.toContain('dockerfile-ast')
    const loader = graph.find((file) => /import\("\.\/dockerfile-map-[A-Z0-9]+\.js"\)/.test(readFileSync(file, 'utf8')))
    expect(loader).toBeDefined()
    expect(packagesLoadedBy(lazyChunk(loader!, 'dockerfile-map'))).toContain('dockerfile-ast')
  })

  test('loads node:crypto and node:child_process only on their first call', () => {
    const imported = graph.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from\s*"(node:[a-z_/]+)"/g)].map((m) => m[1]))
    expect(imported).not.toContain('node:crypto')
    expect(imported).not.toContain('node:child_process')
  })
})
