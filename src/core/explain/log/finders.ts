/**
 * Which lines of a log's long middle are parsed (see line-reader.ts): those holding a rare
 * marker of the log's format; in plain logs also each step's lines (plain-scanner.ts).
 */
import type { LineFinder } from './line-reader.js'
import type { LogFormat } from './types.js'

// Each marker is a rare string, so a search for it runs at memory speed. Node's search slows
// down fourfold for needles of 8 bytes or more and with a common first byte: the markers are
// short and start rare (`ANCELED` finds CANCELED, `Unavail` the daemon's `code = Unavailable`).
// Stryker disable StringLiteral,ArrayDeclaration,ObjectLiteral,ArrowFunction: a module-level table, built once when the
// module is loaded; the mutation run keeps modules loaded between mutants, so a mutant of it is never active.
// Each marker is pinned by __tests__/core/explain/finders-and-ci.test.ts (a line of each, and no other, taken).
export const MARKERS: Record<LogFormat, Buffer[]> = {
  plain: ['DONE', 'ACHED', 'ERROR', 'ANCELED', 'Killed', '>>>', 'Unavail'].map((m) => Buffer.from(m)),
  legacy: ['Step ', 'Running', 'Killed', 'non-zer', 'Success', 'ERROR', 'Unavail'].map((m) => Buffer.from(m)),
  rawjson: ['vertexe', '"logs"', 'ERROR', '>>>', 'Unavail'].map((m) => Buffer.from(m))
}
// Stryker restore StringLiteral,ArrayDeclaration,ObjectLiteral,ArrowFunction

export function markerFinder(format: LogFormat, newline: number): LineFinder {
  const markers = MARKERS[format]
  return {
    scan(buf, take, every) {
      if (every) {
        for (let from = 0; from < buf.length;) {
          let end = buf.indexOf(newline, from)
          if (end < 0) end = buf.length
          take(from, end, false)
          from = end + 1
        }
        return
      }
      const starts: number[] = []
      for (const marker of markers) {
        let at = buf.indexOf(marker)
        while (at >= 0) {
          starts.push(at === 0 ? 0 : buf.lastIndexOf(newline, at) + 1)
          const end = buf.indexOf(newline, at)
          if (end < 0) break
          at = buf.indexOf(marker, end + 1)
        }
      }
      starts.sort((a, b) => a - b)
      for (let i = 0; i < starts.length; i++) {
        if (i > 0 && starts[i] === starts[i - 1]) continue
        const end = buf.indexOf(newline, starts[i])
        take(starts[i], end < 0 ? buf.length : end, false)
      }
    },
    marks: (line) => markers.some((m) => line.includes(m))
  }
}
