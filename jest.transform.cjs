// Jest's TypeScript transform: esbuild, which bundles dist/ already, strips the types of each
// file (type errors are `npm run typecheck`'s). ts-jest did the same through the TypeScript
// compiler at some ten times the CPU, a tenth of the unit tier's time on a fresh machine.
const { createHash } = require('node:crypto')
const { transformSync, version } = require('esbuild')

const OPTIONS = { loader: 'ts', format: 'esm', target: 'node20', sourcemap: 'inline' }

module.exports = {
  getCacheKey(source, path) {
    return createHash('sha256')
      .update(`${version}\0${JSON.stringify(OPTIONS)}\0${path}\0${source}`)
      .digest('hex')
  },
  process(source, path) {
    return { code: transformSync(source, { ...OPTIONS, sourcefile: path }).code }
  }
}
