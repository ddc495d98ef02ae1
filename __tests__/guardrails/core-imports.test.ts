/**
 * The README promises a pure core: src/core takes data and returns data, and the edges (probes,
 * runners, the action, the CLI, …) do the I/O. ESLint enforces it; this runs the repository's
 * own ESLint config on snippets as if they were files of src/core and of an edge.
 */
import { describe, expect, test } from '@jest/globals'
import { ESLint } from 'eslint'
import { join } from 'node:path'
import tseslint from 'typescript-eslint'

const ROOT = join(import.meta.dirname, '../..')
// The import rules need no types, and building the TypeScript program for each snippet would take most of a minute.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] })

/** The rules a snippet breaks, linted as if it were the file `file`. */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x]\n`, { filePath: join(ROOT, file) })
  return result.messages.map((m) => m.ruleId ?? m.message)
}

describe('src/core stays free of I/O and of the edges', () => {
  test.each([
    ['src/core/units.ts', "import { readFileSync as x } from 'node:fs'"],
    ['src/core/units.ts', "import { readFileSync as x } from 'fs'"],
    ['src/core/units.ts', "import { readFile as x } from 'node:fs/promises'"],
    ['src/core/units.ts', "import { execFileSync as x } from 'node:child_process'"],
    ['src/core/units.ts', "import { totalmem as x } from 'node:os'"],
    ['src/core/units.ts', "import * as x from '@actions/core'"],
    ['src/core/units.ts', "import { runCommand as x } from '../runners/index.js'"],
    ['src/core/units.ts', "import * as x from '../probes/docker.js'"],
    ['src/core/enforce/mechanism.ts', "import { bindCgroup as x } from '../../enforce/cgroup-binding.js'"],
    ['src/core/explain/explain.ts', "import * as x from '../../entries/action-main.js'"]
  ])('%s: %s is refused', async (file, code) => {
    expect(await broken(file, code)).toContain('no-restricted-imports')
  })

  test('process.env is refused in src/core', async () => {
    expect(await broken('src/core/units.ts', 'const x = process.env.HOME')).toContain('no-restricted-globals')
  })

  test.each([
    ['src/core/plan.ts', "import { parseSize as x } from './units.js'"],
    ['src/core/enforce/mechanism.ts', "import { parseSize as x } from '../units.js'"],
    ['src/core/units.ts', "import { join as x } from 'node:path'"],
    ['src/enforce/cgroup-binding.ts', "import { readFileSync as x } from 'node:fs'"]
  ])('%s: %s is allowed', async (file, code) => {
    expect(await broken(file, code)).not.toContain('no-restricted-imports')
  })
})
