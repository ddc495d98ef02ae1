/**
 * A Dockerfile read into its instructions, with the lines each came from: the one user of the
 * Dockerfile parser (dockerfile-ast, the largest module explain would load). The edges load this
 * module only when there is a Dockerfile to read, so a log explained alone never loads the parser.
 */
import { DockerfileParser, type From } from 'dockerfile-ast'
import { normalize, type DockerfileInstruction } from './find-instruction.js'

export function mapDockerfile(content: string): DockerfileInstruction[] {
  const lines = content.split(/\r?\n/)
  const dockerfile = DockerfileParser.parse(content)
  const out: DockerfileInstruction[] = []
  let stageNumber = -1
  let stage = 'stage-0'
  let indexInStage = 0
  let indexInFile = 0
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword()
    const range = instruction.getRange()
    indexInFile++
    if (keyword === 'FROM') {
      stageNumber++
      stage = (instruction as From).getBuildStage() ?? `stage-${stageNumber}`
      indexInStage = 0
    } else if (stageNumber >= 0) {
      indexInStage++
    }
    const source = lines.slice(range.start.line, range.end.line + 1).join('\n')
    out.push({
      startLine: range.start.line + 1,
      endLine: range.end.line + 1,
      keyword,
      text: oneLine(source),
      firstLine: normalize(lines[range.start.line] ?? ''),
      stage,
      indexInStage,
      indexInFile
    })
  }
  return out
}

/** Continuation lines joined the way BuildKit prints them, whitespace runs made one. */
function oneLine(source: string): string {
  return normalize(source.replace(/\\\r?\n/g, ''))
}
