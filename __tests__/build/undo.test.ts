import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UndoList } from '../../src/build/undo.js'

describe('UndoList', () => {
  test('undoes newest first, and one undo that fails neither stops the others nor throws', async () => {
    const undo = new UndoList()
    const done: string[] = []
    undo.push('remove the builder', () => done.push('builder'))
    undo.push('restore the BuildKit cgroup limit', () => {
      throw new Error('EBUSY')
    })
    undo.push('remove the build secrets', async () => {
      await new Promise((r) => setTimeout(r, 5))
      done.push('secrets')
    })
    const warnings: string[] = []
    await undo.run((m) => warnings.push(m))
    expect(done).toEqual(['secrets', 'builder'])
    expect(warnings).toEqual(['could not restore the BuildKit cgroup limit: EBUSY'])
    // Run twice (an error path and a finally): nothing is undone again.
    await undo.run((m) => warnings.push(m))
    expect(done).toEqual(['secrets', 'builder'])
  })

  test('a synchronous undo is also armed for process exit until it has run, and runs once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dma-undo-'))
    const file = join(dir, 'secret')
    writeFileSync(file, 'x')
    const before = process.listenerCount('exit')
    const undo = new UndoList()
    let runs = 0
    undo.pushSync('remove the build secrets', () => {
      runs++
      rmSync(file, { force: true })
    })
    expect(process.listenerCount('exit')).toBe(before + 1)
    await undo.run(() => undefined)
    expect(existsSync(file)).toBe(false)
    expect(runs).toBe(1)
    expect(process.listenerCount('exit')).toBe(before)
    rmSync(dir, { recursive: true, force: true })
  })
})
