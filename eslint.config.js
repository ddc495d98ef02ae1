import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

const EDGES = 'probes, runners, action, cli, build, explain, history, resize'
const PURE_CORE = {
  paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'os', 'node:os', 'process', 'node:process'].map(
    (name) => ({
      name,
      message: 'src/core is pure (data in, data out): read files, run commands and ask the OS in an edge (src/probes, src/runners, …) and pass the result in.'
    })
  ),
  patterns: [{ group: ['@actions/*'], message: 'src/core is shared by the action and the CLI: @actions/* belongs in src/action.' }]
}
/** A relative import that climbs out of src/core from a file `depth` folders below it. */
const leavesCore = (depth) => ({
  regex: `^(\\.\\./){${depth + 1},}`,
  message: `src/core must not import the edges (${EDGES}): they call the core, never the other way round.`
})

export default defineConfig(
  { ignores: ['dist/', 'lib/', 'coverage/', '__tests__/fixtures/', '**/node_modules/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests and helpers hand JSON they parsed to expect(); typing every such value is noise.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // async is how a function promises to implement a Promise-returning interface (a history
      // store, a command loader), whether or not this implementation awaits.
      '@typescript-eslint/require-await': 'off'
    }
  },
  {
    // Tests read JSON that tools wrote and hand it to expect(); the assertions are the types.
    files: ['__tests__/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off'
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } }
  },
  {
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    // CommonJS, for jest to load it as a transform: require() is how it imports.
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/core/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...PURE_CORE, patterns: [...PURE_CORE.patterns, leavesCore(0)] }],
      'no-restricted-globals': ['error', 'process']
    }
  },
  {
    files: ['src/core/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...PURE_CORE, patterns: [...PURE_CORE.patterns, leavesCore(1)] }],
      'no-restricted-globals': ['error', 'process']
    }
  }
)
