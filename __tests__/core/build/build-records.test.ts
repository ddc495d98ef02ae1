/**
 * A builder's build records at their edges (the captures are in __tests__/bind/parsers.test.ts):
 * what each reader fills in when buildx leaves a field out, each refusal in its own words, the
 * Dockerfile excerpt's marked lines, and builds started exactly at the given time.
 */
import { describe, expect, test } from '@jest/globals'
import { buildsSince, parseHistoryInspect, parseHistoryLs, parseRefsEntry, parseSources } from '../../../src/core/build/build-records.js'

const ls = (o: Record<string, unknown>): string => JSON.stringify({ ref: 'b/b0/id1', created_at: '2026-12-03T10:00:00Z', ...o })

describe('parseHistoryLs', () => {
  test('blank lines between records, padding around them and blanks alone are nothing', () => {
    expect(parseHistoryLs('  \n\t\n')).toEqual([])
    expect(parseHistoryLs(`\n  ${ls({ ref: 'b/b0/one' })}\n\n   \n${ls({ ref: 'b/b0/two' })}  \n`).map((r) => r.id)).toEqual(['one', 'two'])
  })

  test('a record without name, status or completed_at: an empty name, Running, not completed; an unknown status is Running too', () => {
    expect(parseHistoryLs(ls({}))).toEqual([{ ref: 'b/b0/id1', id: 'id1', name: '', status: 'Running', createdAt: '2026-12-03T10:00:00Z', completedAt: null }])
    expect(parseHistoryLs(ls({ status: 'Exploded' }))[0].status).toBe('Running')
    expect(parseHistoryLs(ls({ status: 'Canceled' }))[0].status).toBe('Canceled')
  })

  test('each refusal says what buildx printed', () => {
    expect(() => parseHistoryLs(`  ERROR: ${'x'.repeat(100)}`)).toThrow(
      `docker buildx history ls printed something that is not JSON: "ERROR: ${'x'.repeat(73)}"`
    )
    expect(() => parseHistoryLs(JSON.stringify({ ref: 'b/b0/x' }))).toThrow('docker buildx history ls printed a build without ref or created_at')
    expect(() => parseHistoryLs(JSON.stringify({ created_at: '2026-12-03T10:00:00Z' }))).toThrow(
      'docker buildx history ls printed a build without ref or created_at'
    )
    expect(() => parseHistoryLs('[null]')).toThrow('docker buildx history ls printed a build without ref or created_at')
  })

  test('buildsSince keeps a build started at that very time', () => {
    const records = parseHistoryLs(
      [
        ls({ ref: 'b/b0/late', created_at: '2026-12-03T10:00:01Z' }),
        ls({ ref: 'b/b0/on' }),
        ls({ ref: 'b/b0/early', created_at: '2026-12-03T09:59:59Z' })
      ].join('\n')
    )
    expect(buildsSince(records, '2026-12-03T10:00:00Z').map((r) => r.id)).toEqual(['on', 'late'])
  })
})

describe('parseHistoryInspect', () => {
  test('a record with nothing but its start: running, named nothing, context ., no Dockerfile, no error', () => {
    expect(parseHistoryInspect(JSON.stringify({ StartedAt: '2026-12-03T10:00:00Z' }))).toEqual({
      name: '',
      context: '.',
      dockerfile: null,
      status: 'running',
      startedAt: '2026-12-03T10:00:00Z',
      completedAt: null,
      error: null
    })
  })

  test('canceled is kept, an unknown status is running; a given context is kept', () => {
    const at = (o: Record<string, unknown>) => parseHistoryInspect(JSON.stringify({ StartedAt: 't', ...o }))
    expect(at({ Status: 'canceled' }).status).toBe('canceled')
    expect(at({ Status: 'failed' }).status).toBe('failed')
    expect(at({ Status: 'weird' }).status).toBe('running')
    expect(at({ Context: 'https://github.com/o/r.git' }).context).toBe('https://github.com/o/r.git')
  })

  test('an error with nothing in it: an empty message, no step, no logs, no excerpt', () => {
    expect(parseHistoryInspect(JSON.stringify({ StartedAt: 't', Error: {} })).error).toEqual({ message: '', step: null, logs: [], excerpt: null })
  })

  test('each refusal in its own words', () => {
    expect(() => parseHistoryInspect('Name: x')).toThrow('docker buildx history inspect did not print JSON')
    expect(() => parseHistoryInspect('{}')).toThrow('docker buildx history inspect printed no StartedAt')
    expect(() => parseHistoryInspect('null')).toThrow('docker buildx history inspect printed no StartedAt')
  })
})

describe('parseSources: the Dockerfile excerpt', () => {
  test('several marked lines: from the first to the last', () => {
    expect(
      parseSources(['Dockerfile:7', '   6 |     FROM x', '   7 | >>> RUN a \\', '   8 | >>>     && b', '  12 | >>>     && c', '  13 |     CMD d'].join('\n'))
    ).toEqual({
      file: 'Dockerfile',
      startLine: 7,
      endLine: 12
    })
  })

  test('no marked line: the line of the head; no head: nothing', () => {
    expect(parseSources('docker/app.Dockerfile:15\n  14 | FROM x\n')).toEqual({ file: 'docker/app.Dockerfile', startLine: 15, endLine: 15 })
    expect(parseSources('Dockerfile:15 and more\n  15 | >>> RUN x')).toBeNull()
    expect(parseSources('')).toBeNull()
  })
})

describe('parseRefsEntry', () => {
  test('without a target: an empty one', () => {
    expect(parseRefsEntry(JSON.stringify({ LocalPath: '/w', DockerfilePath: '/w/Dockerfile' }))).toEqual({
      target: '',
      localPath: '/w',
      dockerfilePath: '/w/Dockerfile'
    })
  })

  test('each refusal in its own words', () => {
    expect(() => parseRefsEntry('nope')).toThrow('the buildx refs entry is not JSON')
    expect(() => parseRefsEntry(JSON.stringify({ LocalPath: '/w' }))).toThrow('the buildx refs entry has no LocalPath or DockerfilePath')
    expect(() => parseRefsEntry(JSON.stringify({ DockerfilePath: '/w/Dockerfile' }))).toThrow('the buildx refs entry has no LocalPath or DockerfilePath')
    expect(() => parseRefsEntry('null')).toThrow('the buildx refs entry has no LocalPath or DockerfilePath')
  })
})
