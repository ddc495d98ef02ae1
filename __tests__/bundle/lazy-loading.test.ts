import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { lazyChunk, nodeModulesLoaded, packagesLoadedBy, staticGraph } from '../helpers/bundle-graph.js'

describe('what starts with each entry point', () => {
  test('the CLI loads no @actions package: plan and detect start from two files and the shared ones, history from the full CLI', () => {
    const quick = lazyChunk('dist/cli.js', 'cli-plan-detect')
    expect([...staticGraph('dist/cli.js')].sort()).toEqual(['dist/cli.js', 'dist/shared.js'])
    expect([...staticGraph(quick)].sort()).toEqual([quick, 'dist/shared.js'])
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
    expect(lazyChunk(action, 'lazy-history-actions-cache-store')).toBe('dist/chunks/lazy-history-actions-cache-store.mjs')
  })
})

describe('explain on a huge log (bench/explain-throughput.mjs: its start and its peak memory)', () => {
  const explain = lazyChunk('dist/cli.js', 'cli-explain')
  const graph = [...staticGraph('dist/cli.js'), ...staticGraph(explain)]

  test('starts from two files and the shared ones, with commander alone of the packages', () => {
    expect([...staticGraph(explain)].sort()).toEqual([explain, 'dist/shared.js'])
    expect(packagesLoadedBy(...graph)).toEqual(['commander'])
  })

  test('loads the Dockerfile parser only when there is a Dockerfile to map', () => {
    expect(packagesLoadedBy(...graph)).not.toContain('dockerfile-ast')
    const loader = graph.find((file) => readFileSync(file, 'utf8').includes('lazy-core-explain-dockerfile-map.mjs")'))
    expect(loader).toBeDefined()
    expect(packagesLoadedBy(lazyChunk(loader!, 'lazy-core-explain-dockerfile-map'))).toContain('dockerfile-ast')
  })

  test('loads node:crypto, node:child_process and the stream modules only when it uses them', () => {
    const { modules, status } = nodeModulesLoaded([
      'dist/cli.js',
      'explain',
      '--log',
      '__tests__/fixtures/captured/buildx-0.28-docker-container-oom.plain.log',
      '--format',
      'json'
    ])
    expect(status).toBe(0)
    expect(modules.filter((m) => ['crypto', 'child_process', 'net', 'stream'].includes(m))).toEqual([])
  })
})
