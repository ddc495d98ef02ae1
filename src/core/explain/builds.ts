/**
 * A log of several builds (`docker build` run twice in one step, bake's targets), explained
 * build by build, each at its own Dockerfile; and which Dockerfile a build was made from.
 */
import type { Plan } from '../plan/plan.js'
import type { BuildLogAnalysis } from './build-log.js'
import { isKill } from './classify.js'
import { aggregate, explainBuild, type Annotation, type Explanation } from './explain.js'
import type { MappedDockerfile } from './find-instruction.js'
import { mdText } from '../render/markdown.js'
import { buildSummary } from './summary.js'

export interface BuildInLog {
  log: BuildLogAnalysis
  /** Its Dockerfile; null when not known. */
  dockerfile: MappedDockerfile | null
}

export interface LogExplanation {
  builds: Array<BuildInLog & { explanation: Explanation }>
  /** Every build's annotations, capped together: GitHub's cap is per step, not per build. */
  annotations: Annotation[]
  summary: string
  /** Whether any build shows a process killed (OOM or killed-but-passed). */
  killed: boolean
}

/** A saved log explained from what it holds alone: no kernel log, no limit, no peak. */
export function explainBuilds(builds: BuildInLog[], plan: Plan | null): LogExplanation {
  const explained = builds.map((b) => ({ ...b, explanation: explainBuild({ log: b.log, dockerfile: b.dockerfile, outcome: null, kills: [], plan }) }))
  const all: Annotation[] = []
  for (const b of explained) for (const a of b.explanation.annotations) all.push(a)
  const summaries = explained.map((b, i) => {
    const summary = buildSummary(b.log, b.explanation, null, plan)
    return explained.length === 1 ? summary : `### Build ${i + 1} of ${explained.length}: ${mdText(buildLabel(b))}\n\n${summary}`
  })
  return { builds: explained, annotations: aggregate(all), summary: summaries.join('\n'), killed: explained.some((b) => b.explanation.findings.some(isKill)) }
}

export function buildLabel(b: BuildInLog): string {
  const file = b.dockerfile?.path ?? b.log.dockerfileName ?? 'Dockerfile unknown'
  return b.log.target ? `target ${b.log.target} (${file})` : file
}

/**
 * The Dockerfile of a build: the one given (`--file`) whose base name is the one the log names
 * (BuildKit names it by base name only), the one given for a log of one build, else the only
 * file of that name in the workspace — `inWorkspace`, null until searched: `search` asks for
 * it. Several candidates is a question only the user can answer.
 */
export function chooseDockerfile(
  name: string | null,
  given: string[],
  onlyBuild: boolean,
  inWorkspace: string[] | null
): { path: string | null; problem: string | null; search: boolean } {
  const none = { path: null, problem: null, search: false }
  const named = name === null ? [] : given.filter((g) => baseName(g) === baseName(name))
  if (named.length === 1) return { ...none, path: named[0] }
  if (named.length > 1) return { ...none, problem: `the build of ${name} matches several --file values (${named.join(', ')})` }
  if (given.length === 1 && (name === null || onlyBuild)) return { ...none, path: given[0] }
  if (name === null) return { ...none, problem: given.length > 1 ? 'a build names no Dockerfile in the log, and several --file values were given' : null }
  if (inWorkspace === null) return { ...none, search: true }
  if (inWorkspace.length === 1) return { ...none, path: inWorkspace[0] }
  if (inWorkspace.length === 0) return { ...none, problem: `no ${name} in the workspace: its build's annotations carry no line (give --file)` }
  const listed = inWorkspace.slice(0, 5).join(', ')
  return {
    ...none,
    problem: `${inWorkspace.length} files named ${name} in the workspace (${listed}${inWorkspace.length > 5 ? ', …' : ''}): give --file to say which one the build used`
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}
