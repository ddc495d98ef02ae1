/**
 * From a step back to its Dockerfile instruction when the text alone does not say: identical
 * instructions told apart by stage and index (BuildKit) or by position in the file (the legacy
 * builder's `Step n/m`), a printed name with build arguments expanded found by position alone,
 * heredocs by their first line, and the instruction at an excerpt's line.
 */
import { describe, expect, test } from '@jest/globals'
import { findInstruction, instructionAtLine, type DockerfileInstruction } from '../../../src/core/explain/find-instruction.js'
import type { BuildStep } from '../../../src/core/explain/build-log.js'
import { newStep } from '../../../src/core/explain/log/state.js'

function ins(
  startLine: number,
  text: string,
  stage: string,
  indexInStage: number,
  indexInFile: number,
  endLine = startLine,
  firstLine = text
): DockerfileInstruction {
  return { startLine, endLine, keyword: text.split(' ')[0], text, firstLine, stage, indexInStage, indexInFile }
}

function step(id: string, instruction: string, stage: string | null, index: number | null): BuildStep {
  // The parser's own step, with the fields these tests choose set as they say.
  return { ...newStep(id, `[${stage ?? ''} ${index}/9] ${instruction}`, new Map()), stage, index, total: null, instruction, result: 'done' }
}

// FROM a AS a (1) / RUN make (2) / FROM b AS b (3) / RUN make (4) / RUN test ${X} (5) / COPY . . (6-7) / RUN <<EOT (8-10)
const FILE = [
  ins(2, 'RUN make', 'a', 1, 2),
  ins(4, 'RUN make', 'b', 1, 4),
  ins(5, 'RUN test ${X}', 'b', 2, 5),
  ins(6, 'COPY . .', 'b', 3, 6, 7),
  ins(8, 'RUN <<EOT set -e make EOT', 'b', 4, 7, 10, 'RUN <<EOT')
]

describe('findInstruction', () => {
  test('identical instructions told apart by stage and index, or by position in the file for the legacy builder', () => {
    expect(findInstruction(FILE, step('#5', 'RUN make', 'b', 1))?.startLine).toBe(4)
    expect(findInstruction(FILE, step('#4', 'RUN make', 'a', 1))?.startLine).toBe(2)
    expect(findInstruction(FILE, step('Step 4/7', 'RUN make', null, 4))?.startLine).toBe(4)
    expect(findInstruction(FILE, step('Step 2/7', 'RUN make', null, 2))?.startLine).toBe(2)
    // A step of no stage matches any stage at its index; at no position, the first by text.
    expect(findInstruction(FILE, step('#5', 'RUN make', null, 1))?.startLine).toBe(2)
    expect(findInstruction(FILE, step('#5', 'RUN make', 'c', 7))?.startLine).toBe(2)
  })

  test('the text alone when it is unique, whatever the position, whitespace squeezed; by position the keyword in any case', () => {
    expect(findInstruction(FILE, step('#9', 'COPY   .  .', 'zzz', 8))?.startLine).toBe(6)
    expect(findInstruction(FILE, step('#9', 'copy . .', 'zzz', 8))).toBeNull()
    expect(findInstruction(FILE, step('#6', 'run test 1.2', 'b', 2))?.startLine).toBe(5)
  })

  test('build arguments expanded in the printed name: the position alone, of the same keyword', () => {
    expect(findInstruction(FILE, step('#6', 'RUN test 1.2', 'b', 2))?.startLine).toBe(5)
    expect(findInstruction(FILE, step('#6', 'COPY test 1.2', 'b', 2))).toBeNull()
    expect(findInstruction(FILE, step('#6', 'RUN test 1.2', 'b', 9))).toBeNull()
    // Two at that position (no stage named): not guessed.
    expect(findInstruction(FILE, step('#6', 'RUN other', null, 1))).toBeNull()
  })

  test('a heredoc by its first line, with or without its body; not a plain RUN that merely starts alike', () => {
    expect(findInstruction(FILE, step('#7', 'RUN <<EOT', 'b', 4))?.startLine).toBe(8)
    expect(findInstruction(FILE, step('#7', 'RUN <<EOT set -e', 'b', 9))?.startLine).toBe(8)
    const plain = [ins(2, 'RUN make', 'a', 1, 2), ins(3, 'RUN make all', 'a', 2, 3)]
    expect(findInstruction(plain, step('#3', 'RUN make all', 'a', 1))?.startLine).toBe(3)
  })
})

describe('instructionAtLine', () => {
  test.each<[number, number | null]>([
    [1, null],
    [6, 6],
    [7, 6],
    [9, 8],
    [10, 8],
    [11, null]
  ])('line %i → %s', (line, start) => {
    expect(instructionAtLine(FILE, line)?.startLine ?? null).toBe(start)
  })
})
