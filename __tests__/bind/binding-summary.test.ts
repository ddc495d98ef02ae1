/**
 * The job summary's "Builder" section (src/core/bind/binding-summary.ts): the whole Markdown for
 * each case, so a changed word, cell or escape shows here, and names from the user escaped.
 */
import { describe, expect, test } from '@jest/globals'
import { bindingSummary } from '../../src/core/bind/binding-summary.js'

const MiB = 1024 * 1024
const GiB = 1024 * MiB
const unlimited = { memoryBytes: 0, memorySwapBytes: 0 }

describe('bindingSummary', () => {
  test('bound: the builder, its limit with memory+swap, the mechanism and what it had before', () => {
    const md = bindingSummary({
      kind: 'bound',
      builder: 'builder-1',
      container: 'buildx_buildkit_builder-10',
      limits: { memoryBytes: 2 * GiB, memorySwapBytes: 2 * GiB },
      before: unlimited,
      warning: null,
      note: null
    })
    expect(md).toBe(
      [
        '### Builder',
        '',
        '| builder | limit | mechanism | before |',
        '| --- | --- | --- | --- |',
        '| `builder-1` | 2 GiB (memory+swap 2 GiB) | `docker update buildx_buildkit_builder-10`: one limit for all its build steps together, given back in post | unlimited |',
        '',
        ''
      ].join('\n')
    )
  })

  test('swap shown as unlimited (-1), unset (0) or a size; a warning and a note under the table', () => {
    const md = bindingSummary({
      kind: 'bound',
      builder: 'b',
      container: 'c',
      limits: { memoryBytes: 512 * MiB, memorySwapBytes: -1 },
      before: { memoryBytes: 1 * GiB, memorySwapBytes: 0 },
      warning: 'the builder had 1 GiB',
      note: 'the plan won'
    })
    expect(md).toContain('| `b` | 512 MiB (memory+swap unlimited) | `docker update c`')
    expect(md).toContain('| 1 GiB (memory+swap unset) |')
    expect(md.endsWith('\n\n> [!WARNING]\n> the builder had 1 GiB\n\nthe plan won.\n\n')).toBe(true)
  })

  test('names and reasons from the user are escaped: a pipe does not split the table, markup stays text', () => {
    const md = bindingSummary({
      kind: 'bound',
      builder: 'a|b`c',
      container: 'x|y',
      limits: { memoryBytes: GiB, memorySwapBytes: GiB },
      before: unlimited,
      warning: '<img src=x> **bold**',
      note: null
    })
    expect(md).toContain('| ``a\\|b`c`` |')
    expect(md).toContain('`docker update x\\|y`')
    expect(md).toContain('> &lt;img src=x&gt; \\*\\*bold\\*\\*')
  })

  test('not bound, unsure: a warning that post gives the limit back', () => {
    expect(bindingSummary({ kind: 'none', builder: 'b1', why: 'docker update timed out', unsure: true })).toBe(
      '### Builder\n\n> [!WARNING]\n> Binding builder `b1` failed and could not be fully undone: docker update timed out. The post step gives it back its limit.\n\n'
    )
  })

  test('not bound: why, with the builder when there is one', () => {
    expect(bindingSummary({ kind: 'none', builder: 'b1', why: 'it is the docker driver', unsure: false })).toBe(
      '### Builder\n\nNo builder was bound (`b1`): it is the docker driver.\n\n'
    )
    expect(bindingSummary({ kind: 'none', builder: '', why: 'no builder', unsure: false })).toBe('### Builder\n\nNo builder was bound: no builder.\n\n')
  })
})
