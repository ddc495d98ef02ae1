// One esbuild pass for every entry point: the action's main and post and the CLI share
// chunks, so the CLI's `plan` path loads only the pure core and the probes it needs.
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'

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

await rm('dist', { recursive: true, force: true })
await build({
  // The sub-actions (plan/, build/, resize/, explain/) run these same files: one bundle, one core.
  entryPoints: { main: 'src/main.ts', post: 'src/post.ts', cli: 'src/cli.ts', index: 'src/index.ts', plan: 'src/entries/plan.ts', resize: 'src/entries/resize.ts', explain: 'src/entries/explain.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  plugins: [actionsCoreUnusedOnLoad],
  // CommonJS dependencies (systeminformation, dockerfile-ast) call require() for Node
  // built-ins; an ESM bundle has no require unless we make one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  }
})
