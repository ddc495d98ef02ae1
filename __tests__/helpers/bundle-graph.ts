import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * A bundled file and what it loads before it runs: the chunks an ES module chunk imports
 * statically, and the files a CommonJS bundle requires at its top level (none, for a one-file
 * bundle). esbuild marks each module it bundles with a `// node_modules/<package>/…` line.
 */
export function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const text = readFileSync(entry, 'utf8')
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"/gm)) staticGraph(join(dirname(entry), m[1]), seen)
  for (const m of text.matchAll(/^var \w+ = (?:__toESM\()?require\("(\.[^"]+)"\)/gm)) staticGraph(join(dirname(entry), m[1]), seen)
  return seen
}

/**
 * The file a file loads when it reaches an import(): a shared chunk (`import("./…/<name>[-HASH].mjs")`)
 * or another one-file bundle, required then (`require("./<name>.js")` in a lazily run module).
 */
export function lazyChunk(from: string, name: string): string {
  const text = readFileSync(from, 'utf8')
  const m =
    new RegExp(`import\\("(\\.[^"]*/${name}(?:-[A-Z0-9]+)?\\.mjs)"\\)`).exec(text) ??
    new RegExp(`^// required-when-imported:\\./${name}\\.js\\n[^]*?require\\("(\\./${name}\\.js)"\\)`, 'm').exec(text)
  if (!m) throw new Error(`${from} does not load ${name} lazily`)
  return join(dirname(from), m[1])
}

export function packagesLoadedBy(...entries: string[]): string[] {
  const packages = new Set<string>()
  const files = new Set<string>()
  for (const entry of entries) staticGraph(entry, files)
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(m[1])
  }
  return [...packages].sort()
}

/** Node's own modules a run of `node ARGS…` loaded, by Node's own list (process.moduleLoadList), and its exit status. */
export function nodeModulesLoaded(args: string[]): { modules: string[]; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'dma-modules-'))
  try {
    const preload = join(dir, 'list.cjs')
    const out = join(dir, 'modules.txt')
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')))\n`)
    const r = spawnSync(process.execPath, ['--require', preload, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    const modules = readFileSync(out, 'utf8')
      .split('\n')
      .filter((m) => m.startsWith('NativeModule '))
      .map((m) => m.slice('NativeModule '.length))
    return { modules, status: r.status }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
