/**
 * InputError means "what you gave is wrong": the action prints it alone and the user fixes
 * their workflow. A file that cannot be read, a lock held by another run or an engine that does
 * not answer is not that: those are FileError and EngineError (src/core/errors.ts), shown as one
 * line too, but never telling a user their input was wrong. The edges whose faults are the
 * machine's never make an InputError.
 */
import { expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const MACHINE_EDGES = [
  'src/files',
  'src/probes',
  'src/runners',
  'src/resize/drivers',
  'src/resize/run.ts',
  'src/resize/rollback.ts',
  'src/explain/log-file.ts',
  'src/explain/build-records.ts'
]

function sources(path: string): string[] {
  if (path.endsWith('.ts')) return [path]
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(path, f))
}

test('the edges whose faults are the machine never throw InputError', () => {
  const offenders = MACHINE_EDGES.flatMap(sources).filter((f) => /new InputError\(/.test(readFileSync(f, 'utf8')))
  expect(offenders).toEqual([])
})

test('the list above names files that exist, so it cannot pass by naming nothing', () => {
  expect(MACHINE_EDGES.flatMap(sources).length).toBeGreaterThan(10)
})
