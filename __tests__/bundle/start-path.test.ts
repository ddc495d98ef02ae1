import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** A bundled file and the files it imports statically, chunk by chunk: what loads before it runs. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  for (const m of readFileSync(entry, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"/gm)) staticGraph(join(dirname(entry), m[1]), seen)
  return seen
}

/** The file a file loads with `import("./…/<name>[-HASH].js")` as its next step. */
function lazyChunk(from: string, name: string): string {
  const m = new RegExp(`import\\("(\\.[^"]*/${name}(?:-[A-Z0-9]+)?\\.js)"\\)`).exec(readFileSync(from, 'utf8'))
  if (!m) throw new Error(`${from} does not load ${name} lazily`)
  return join(dirname(from), m[1])
}

/** The packages (esbuild's `// node_modules/<package>/…` markers) and Node built-ins those files load. */
function loadedBy(...entries: string[]): { packages: string[]; builtins: string[] } {
  const packages = new Set<string>()
  const builtins = new Set<string>()
  const files = new Set<string>()
  for (const entry of entries) staticGraph(entry, files)
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(m[1])
    for (const m of text.matchAll(/^import [^;]*?from\s*"(node:[^"]+)"/gm)) builtins.add(m[1])
  }
  return { packages: [...packages].sort(), builtins: [...builtins].sort() }
}

// Each costs the plan a large part of a bare `node -e 0` just to load (bench/plan-startup.mjs):
// undici (via @actions/core's OIDC client, for tokens we never ask for) and the Dockerfile
// parser (only a failed build needs it).
const NOT_ON_THE_PLAN_PATH = ['undici', '@actions/http-client', 'tunnel', 'dockerfile-ast', '@actions/exec', '@actions/io', '@actions/cache']

describe('what the plan loads before it runs', () => {
  test.each(['dist/main.js', 'dist/plan.js', 'dist/resize.js'])(
    '%s: @actions/core, and none of what only a build, a token or the cache needs, from two files',
    (entry) => {
      // The entry asks Docker, then loads the action's main step: both are on the start path.
      const action = lazyChunk(entry, 'action-main')
      expect([...staticGraph(entry)]).toEqual([entry])
      expect([...staticGraph(action)]).toEqual([action])
      const { packages } = loadedBy(entry, action)
      expect(packages).toContain('@actions/core')
      expect(packages.filter((p) => NOT_ON_THE_PLAN_PATH.includes(p))).toEqual([])
    }
  )

  test("the action's main step loads the builder binding's docker runner only for a job that chose a builder", () => {
    const action = 'dist/action-main.js'
    const text = readFileSync(action, 'utf8')
    expect(text).toMatch(/^\/\/ src\/build\/bind-plan\.ts$/m)
    expect(text).not.toMatch(/^\/\/ src\/build\/bind-builder\.ts$/m)
    expect(text).not.toMatch(/^\/\/ src\/explain\/builder-history\.ts$/m)
    expect(lazyChunk(action, 'lazy-build-bind-builder')).toBe('dist/chunks/lazy-build-bind-builder.js')
  })

  test('the CLI entry: neither node:http nor the docker runner until Docker is asked', () => {
    const { packages, builtins } = loadedBy('dist/cli.js')
    expect(packages).toEqual([])
    expect(builtins.filter((b) => ['node:http', 'node:readline', 'node:child_process'].includes(b))).toEqual([])
  })

  // Importing node:fs as an ES module reads its lazy getters (promises, ReadStream, …), which
  // load fs/promises and Node's stream modules; through require they stay unread.
  test.each(['dist/cli-quick.js', 'dist/action-main.js', 'dist/main.js'])('%s: node:fs through require, never imported', (file) => {
    const text = readFileSync(file, 'utf8')
    expect(text).not.toMatch(/^import [^;]*?from\s*"node:fs"/m)
    expect(text).toMatch(/createRequire\d*\(import\.meta\.url\)\("node:fs"\)/)
  })

  test('plan and detect: node:crypto and node:child_process load on first call, not at start', () => {
    const { builtins } = loadedBy('dist/cli.js', lazyChunk('dist/cli.js', 'cli-quick'))
    expect(builtins).toContain('node:os')
    expect(builtins.filter((b) => ['node:http', 'node:crypto', 'node:child_process'].includes(b))).toEqual([])
    expect(readFileSync('dist/cli-quick.js', 'utf8')).not.toMatch(/require\("node:(?:crypto|child_process)"\)/)
  })
})
