// What dist/ was built from, so the unit tier bundles only when it must. scripts/bundle.mjs
// writes dist/built-from.sha256 last: a hash of everything the bundle reads from the checkout
// (src/, the bundle script, package.json, package-lock.json for node_modules, tsconfig.json)
// and a hash of what it wrote. The unit tier's setup rebuilds dist/ unless both still hold: a
// changed source, lock file or bundle script, or a file of dist/ edited or left over, rebuilds
// it (__tests__/bundle/stale-dist.test.ts). esbuild takes seconds on 2 busy cores; the hashes
// take milliseconds.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const STAMP = 'dist/built-from.sha256'
const INPUTS = ['src', 'scripts/bundle.mjs', 'scripts/dist-stamp.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']

/** Every file under `paths` (relative to root), sorted, each hashed with its name; an absent path counts as absent. */
function hashFiles(root, paths, skip = () => false) {
  const hash = createHash('sha256')
  const files = []
  for (const p of paths) {
    const full = join(root, p)
    if (!existsSync(full)) {
      files.push([p, null])
      continue
    }
    if (statSync(full).isDirectory()) {
      for (const f of readdirSync(full, { recursive: true, encoding: 'utf8' })) {
        const rel = join(p, f)
        if (!skip(rel) && statSync(join(root, rel)).isFile()) files.push([rel, rel])
      }
    } else files.push([p, p])
  }
  for (const [name, file] of files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`${name}\0`)
    hash.update(file === null ? '\0absent\0' : readFileSync(join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

function stampOf(root) {
  return `${hashFiles(root, INPUTS)} inputs\n${hashFiles(root, ['dist'], (f) => f === STAMP)} dist\n`
}

/** Written by scripts/bundle.mjs once dist/ is complete. */
export function writeStamp(root) {
  writeFileSync(join(root, STAMP), stampOf(root))
}

/** True when dist/ is the bundle of the checkout as it is now. */
export function distIsCurrent(root) {
  const path = join(root, STAMP)
  return existsSync(path) && readFileSync(path, 'utf8') === stampOf(root)
}
