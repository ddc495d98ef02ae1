import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { lazyChunk, nodeModulesLoaded, packagesLoadedBy, staticGraph } from '../helpers/bundle-graph.js'

// Each costs the plan a large part of a bare `node -e 0` just to load (bench/plan-startup.mjs):
// undici (via @actions/core's OIDC client, for tokens we never ask for) and the Dockerfile
// parser (only a failed build needs it).
const NOT_ON_THE_PLAN_PATH = ['undici', '@actions/http-client', 'tunnel', 'dockerfile-ast', '@actions/exec', '@actions/io', '@actions/cache']

describe('what the plan loads before it runs', () => {
  test.each(['dist/main.js', 'dist/plan.js', 'dist/resize.js'])(
    '%s: @actions/core, and none of what only a build, a token or the cache needs, from two files and the shared ones',
    (entry) => {
      // The entry asks Docker, then loads the action's main step: both are on the start path,
      // with the modules every bundle shares (scripts/bundle.mjs, SHARED).
      const action = lazyChunk(entry, 'action-main')
      expect([...staticGraph(entry)].sort()).toEqual([entry, 'dist/shared.js'])
      expect([...staticGraph(action)].sort()).toEqual([action, 'dist/shared.js'])
      const packages = packagesLoadedBy(entry, action)
      expect(packages).toContain('@actions/core')
      expect(packages.filter((p) => NOT_ON_THE_PLAN_PATH.includes(p))).toEqual([])
    }
  )

  test("the action's main step loads the builder binding's docker runner only for a job that chose a builder", () => {
    const action = 'dist/action-main.js'
    const text = readFileSync(action, 'utf8')
    expect(text).toMatch(/^\/\/ src\/bind\/bind-plan\.ts$/m)
    expect(text).not.toMatch(/^\/\/ src\/bind\/bind-builder\.ts$/m)
    expect(text).not.toMatch(/^\/\/ src\/explain\/build-records\.ts$/m)
    expect(lazyChunk(action, 'lazy-bind-bind-builder')).toBe('dist/chunks/lazy-bind-bind-builder.mjs')
  })

  test('the CLI entry: no package, and the docker runner only when Docker is asked', () => {
    expect(packagesLoadedBy('dist/cli.js')).toEqual([])
    expect(lazyChunk('dist/shared.js', 'lazy-runners-docker')).toBe('dist/chunks/lazy-runners-docker.mjs')
  })

  // What Node loads for a plan, by its own list: node:crypto and node:child_process (~10 % of a
  // bare `node -e 0`) load on first call; importing node:fs as an ES module would read its lazy
  // getters (fs/promises, readline, the stream modules); an ES module entry would start the ES
  // module loader (its translators, resolver and module jobs).
  const NOT_LOADED_BY_A_PLAN = ['crypto', 'child_process', 'http', 'net', 'fs/promises', 'stream', 'internal/modules/esm/translators']

  test.each([
    ['plan --no-docker', ['dist/cli.js', 'plan', '--no-docker']],
    ['plan --no-docker --format json', ['dist/cli.js', 'plan', '--no-docker', '--format', 'json']]
  ])('%s loads none of the Node modules it does not use', (_, args) => {
    const { modules, status } = nodeModulesLoaded(args)
    expect(status).toBe(0)
    expect(modules).toContain('fs')
    expect(modules.filter((m) => NOT_LOADED_BY_A_PLAN.includes(m))).toEqual([])
  })

  test.each(['dist/cli-plan-detect.js', 'dist/action-main.js', 'dist/shared.js'])('%s is CommonJS: node:fs required, never imported', (file) => {
    const text = readFileSync(file, 'utf8')
    expect(text).not.toMatch(/^import /m)
    expect(text).toMatch(/^var \w+ = require\("node:fs"\);$/m)
  })
})
