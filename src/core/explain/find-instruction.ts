/**
 * From a step in the build log back to the Dockerfile lines that made it. BuildKit names the
 * file by its base name only and rewrites continuation lines, so steps are matched by their
 * instruction text, with the stage and index to tell identical instructions apart.
 */
import type { BuildStep } from './build-log.js'

export interface DockerfileInstruction {
  /** 1-based, as GitHub annotations want them. */
  startLine: number
  endLine: number
  keyword: string
  /** The instruction on one line, as builders print it: `RUN head -c 300m /dev/zero | tail`. */
  text: string
  /** The first source line, normalized: how BuildKit names a heredoc RUN (`RUN <<EOT`). */
  firstLine: string
  /** Its stage's name, or `stage-N` for an unnamed one (BuildKit's naming). */
  stage: string
  /** Position within the stage, FROM not counted (BuildKit's `[stage n/m]`). */
  indexInStage: number
  /** Position in the whole file, FROM counted (the legacy builder's `Step n/m`). */
  indexInFile: number
}

/** A Dockerfile as explain uses it: its path relative to the workspace and its instructions (mapDockerfile). */
export interface MappedDockerfile {
  path: string
  instructions: DockerfileInstruction[]
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The instruction a build step ran, or null when the Dockerfile does not hold it. */
export function findInstruction(instructions: DockerfileInstruction[], step: BuildStep): DockerfileInstruction | null {
  const printed = normalize(step.instruction)
  const keyword = printed.split(' ')[0]?.toUpperCase()
  const atPosition = (i: DockerfileInstruction): boolean =>
    step.id.startsWith('Step ') ? i.indexInFile === step.index : i.indexInStage === step.index && i.stage === (step.stage ?? i.stage)
  const byText = instructions.filter((i) => i.keyword === keyword && sameInstruction(i, printed))
  if (byText.length === 1) return byText[0]
  if (byText.length > 1) return byText.find(atPosition) ?? byText[0]
  // Build arguments expanded in the printed name: fall back to the position alone.
  const byPosition = instructions.filter((i) => i.keyword === keyword && atPosition(i))
  return byPosition.length === 1 ? byPosition[0] : null
}

function sameInstruction(instruction: DockerfileInstruction, printed: string): boolean {
  if (instruction.text === printed) return true
  // A heredoc RUN is printed by its first line, sometimes with the body after it.
  return instruction.firstLine.includes('<<') && printed.startsWith(instruction.firstLine)
}

/** The instruction at a line (BuildKit's `Dockerfile:N` excerpt). */
export function instructionAtLine(instructions: DockerfileInstruction[], line: number): DockerfileInstruction | null {
  return instructions.find((i) => i.startLine <= line && line <= i.endLine) ?? null
}
