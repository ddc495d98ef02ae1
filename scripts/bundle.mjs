// Two esbuild passes. Every entry point is one CommonJS file: the CLI's start (dist/cli.js), its
// `plan`/`detect` (dist/cli-plan-detect.js) and its `explain` (dist/cli-explain.js); the action's
// entries (dist/main.js, plan.js, resize.js, post.js, explain.js), the action's main step they
// load (dist/action-main.js) and the library (dist/index.js). On Node's ES module loader every extra module is a file read, a
// resolve and a link (the CLI's plan path had 25 of them, the action's 35), and the loader
// itself costs ~7 % of a bare `node -e 0` on Node 20 before the first module runs: CommonJS
// entries skip it. What those files load lazily (the other CLI commands, the build runner,
// history, resize…) shares ES module chunks in one pass, dist/chunks/*.mjs, so each loads only
// the pure core and the probes it needs. dist/package.json says dist/*.js are CommonJS.
import { build } from 'esbuild'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/**
 * @actions/core imports its OIDC client (→ @actions/http-client → undici, ~170 ms to load) and
 * its `platform` helpers (→ @actions/exec, @actions/io) at the top of core.js, for
 * `getIDToken()` and `core.platform`, which we never call. Neither module does anything when
 * loaded, so we tell esbuild so: it then drops them when nothing uses their exports, and keeps
 * them, on the start path as before, if something ever does. The real @actions/core still
 * escapes every command and file we write.
 */
const actionsCoreUnusedOnLoad = {
  name: 'actions-core-unused-on-load',
  setup(b) {
    b.onResolve({ filter: /^\.\/(?:oidc-utils|platform)\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined
      return { path: join(args.resolveDir, args.path), sideEffects: false }
    })
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' }
}

/**
 * THE table of entries: which source in src/entries/ makes which one-file bundle in dist/ (and
 * who runs it). Every entry point is here and nowhere else. All sit in dist/ itself: a lazy
 * import in a module that several contain then has one relative path from each.
 */
const ONE_FILE = {
  cli: 'src/entries/cli.ts', // package.json "bin": the CLI's start
  'cli-plan-detect': 'src/entries/cli-plan-detect.ts', // `plan` and `detect`, loaded by dist/cli.js
  'cli-explain': 'src/entries/cli-explain.ts', // `explain`, loaded by dist/cli.js
  main: 'src/entries/main.ts', // action.yml, subaction/build: plan and build
  plan: 'src/entries/plan.ts', // subaction/plan: plan, bind the builder
  resize: 'src/entries/resize.ts', // subaction/resize: plan, resize Docker's VM
  'action-main': 'src/entries/action-main.ts', // the action's main step, loaded by main/plan/resize
  post: 'src/entries/post.ts', // action.yml, subaction/build and plan: post step
  explain: 'src/entries/explain.ts', // subaction/explain
  sampler: 'src/entries/sampler.ts', // started by the action's main step: the bound builder's memory over the job
  index: 'src/entries/library.ts' // package.json "exports": the library
  // and dist/shared.js from src/entries/shared.ts, loaded by all of the above (SHARED, below)
}
const oneFileOutput = new Map(Object.entries(ONE_FILE).map(([out, src]) => [join(process.cwd(), src), out]))

/**
 * Modules that must exist once per process, whichever bundles it loads: the classes checked
 * with `instanceof` (InputError, thrown in a lazy chunk and caught in an entry) and module-level
 * state (the engine's answer, asked by an entry and taken by the command it loads). They make
 * one CommonJS file, dist/shared.js (src/entries/shared.ts re-exports them), and every other
 * bundle and chunk requires or imports that file instead of inlining a copy: Node loads it once
 * (an ES module chunk's import of it and a bundle's require() share its one instance). Add a
 * module here, and to src/entries/shared.ts, when its identity or its state matters across
 * bundles; `__tests__/bundle/one-copy.test.ts` checks each class is defined once in dist/.
 */
const SHARED = { out: 'shared', entry: 'src/entries/shared.ts', modules: ['src/core/errors.ts', 'src/probes/docker.ts'] }
const sharedModules = new Set(SHARED.modules.map((src) => join(process.cwd(), src)))

/**
 * Every import of a SHARED module becomes a load of dist/shared.js: a require() in a CommonJS
 * bundle; in an ES module chunk (all in dist/chunks/) a require() too, through createRequire,
 * since an ES module import of a CommonJS file would start the loader's CommonJS translator
 * and lexer for names we already know (dist/shared.js is built before both passes).
 */
const sharedStaysShared = {
  name: 'shared-stays-shared',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' })
      if (!sharedModules.has(resolved.path)) return undefined
      if (b.initialOptions.format === 'cjs') return { path: `./${SHARED.out}.js`, external: true }
      return { path: SHARED.out, namespace: 'shared-via-require' }
    })
    b.onLoad({ filter: /.*/, namespace: 'shared-via-require' }, async () => {
      const names = Object.keys((await import('node:module')).createRequire(import.meta.url)(join(process.cwd(), `dist/${SHARED.out}.js`)))
      return {
        contents: [
          `import { createRequire } from 'node:module'`,
          `const shared = createRequire(import.meta.url)('../${SHARED.out}.js')`,
          ...names.map((name) => `export const ${name} = shared.${name}`)
        ].join('\n'),
        loader: 'js'
      }
    })
  }
}

/**
 * Without splitting, esbuild would inline what a one-file bundle imports lazily (the full CLI,
 * @actions/core for `plan --format github`, the docker CLI runner, systeminformation off Linux,
 * the action's build runner, builder binding, history and resize): each such import instead
 * loads another one-file bundle, with require() when it runs (an import() would start the ES
 * module loader), or an entry of the shared pass, `chunks/lazy-<source path>.mjs`.
 */
const lazyEntries = {}
const lazyImportsStayLazy = {
  name: 'lazy-imports-stay-lazy',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      if (resolved.external) return resolved
      const oneFile = oneFileOutput.get(resolved.path)
      // esbuild runs a bundled CommonJS module when the import() is reached: this one only requires the file.
      if (oneFile !== undefined) return { path: `./${oneFile}.js`, namespace: 'required-when-imported' }
      const out = `chunks/lazy-${relative(process.cwd(), resolved.path)
        .replace(/^(?:src|node_modules)\//, '')
        .replace(/\.[cm]?[jt]s$/, '')
        .replaceAll('/', '-')}`
      lazyEntries[out] = resolved.path
      return { path: `./${out}.mjs`, external: true }
    })
    b.onLoad({ filter: /.*/, namespace: 'required-when-imported' }, ({ path }) => ({ contents: `module.exports = require('${path}')`, loader: 'js' }))
    b.onResolve({ filter: /.*/, namespace: 'required-when-imported' }, ({ path }) => ({ path, external: true }))
  }
}

/**
 * node:crypto (a sha256 for a named docker context or a history key, random temp-file names) and
 * node:child_process (commander's executable subcommands, which we do not have) cost the CLI's
 * start ~10 % of a bare `node -e 0` to load, for calls `plan` and `detect` rarely or never make,
 * and `explain` ~2 MB of its peak memory on a huge log, for calls it never makes. In both passes
 * each is a module of forwarders that load it on first call. Only functions are forwarded:
 * importing anything else (a class, a constant) fails the bundle.
 */
const builtinsOnFirstCall = {
  name: 'builtins-on-first-call',
  setup(b) {
    b.onResolve({ filter: /^node:(?:crypto|child_process)$/ }, (args) =>
      // The forwarders' own require() is the built-in itself.
      args.namespace === 'on-first-call' ? { path: args.path, external: true } : { path: args.path, namespace: 'on-first-call' }
    )
    b.onLoad({ filter: /.*/, namespace: 'on-first-call' }, async ({ path }) => {
      const builtin = await import(path)
      const functions = Object.keys(builtin).filter((name) => name !== 'default' && typeof builtin[name] === 'function' && !/^[A-Z]/.test(name))
      const forwarders = functions.map((name) => `export function ${name}(...args) { return load().${name}(...args) }`)
      return {
        contents: [
          b.initialOptions.format === 'cjs'
            ? `const load = () => require('${path}')`
            : `import { createRequire } from 'node:module'\nconst load = () => createRequire(import.meta.url)('${path}')`,
          ...forwarders
        ].join('\n'),
        loader: 'js'
      }
    })
  }
}

/**
 * An ES module import of node:fs reads every export for its namespace, and with them fs's lazy
 * getters (`promises`, `ReadStream`, …), which load fs/promises, readline and Node's twenty
 * stream modules: ~5 % of a bare `node -e 0` for reads of a few /proc files. In the chunks
 * node:fs comes through require, exporting its plain members, no getter. (A CommonJS bundle
 * requires it and reads a member when it is used.)
 */
const fsWithoutLazyGetters = {
  name: 'fs-without-lazy-getters',
  setup(b) {
    // A require() of it (commander's) stays one: only an import reads the getters.
    b.onResolve({ filter: /^node:fs$/ }, (args) => (args.kind === 'require-call' ? undefined : { path: args.path, namespace: 'fs-via-require' }))
    b.onLoad({ filter: /.*/, namespace: 'fs-via-require' }, async () => {
      const fs = (await import('node:module')).createRequire(import.meta.url)('node:fs')
      const plain = Object.keys(fs).filter((name) => !Object.getOwnPropertyDescriptor(fs, name).get)
      return {
        contents: [
          `import { createRequire } from 'node:module'`,
          `const fs = createRequire(import.meta.url)('node:fs')`,
          `export default fs`,
          ...plain.map((name) => `export const ${name} = fs.${name}`)
        ].join('\n'),
        loader: 'js'
      }
    })
  }
}

await rm('dist', { recursive: true, force: true })
// The package is "type": "module" (its sources, scripts and tests); its bundles are not. First:
// dist/shared.js is loaded (for its names) before the second pass.
await mkdir('dist', { recursive: true })
await writeFile('dist/package.json', JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
const cjs = {
  ...common,
  format: 'cjs',
  outdir: 'dist',
  splitting: false,
  // The one `import.meta.url` the sources use, for createRequire: a file name does as well.
  define: { 'import.meta.url': '__filename' }
}
// The shared file itself holds its modules (and what they import) whole.
await build({ ...cjs, entryPoints: { [SHARED.out]: SHARED.entry }, plugins: [lazyImportsStayLazy, builtinsOnFirstCall] })
await build({ ...cjs, entryPoints: ONE_FILE, plugins: [sharedStaysShared, lazyImportsStayLazy, builtinsOnFirstCall, actionsCoreUnusedOnLoad] })
await build({
  ...common,
  format: 'esm',
  // Sorted: the first pass resolves them concurrently, in no fixed order, and the chunks' names
  // (their hashes) depend on the order of the entries, which check:dist compares.
  entryPoints: Object.fromEntries(Object.entries(lazyEntries).sort(([a], [b]) => (a < b ? -1 : 1))),
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (systeminformation, dockerfile-ast, commander) call require() for Node
  // built-ins; an ES module has no require unless we make one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  },
  plugins: [sharedStaysShared, builtinsOnFirstCall, fsWithoutLazyGetters, actionsCoreUnusedOnLoad]
})

// Last, once dist/ is whole: what it was built from, so the unit tier bundles only when it must.
// Imported only now: its ES module import of node:fs would turn fs's lazy getters into plain
// members before fsWithoutLazyGetters lists them, and change the chunks.
const { writeStamp } = await import('./dist-stamp.mjs')
writeStamp(process.cwd())
