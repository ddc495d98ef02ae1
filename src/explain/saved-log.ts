/**
 * A saved log explained with what it holds alone (no kernel log: a saved log has no time
 * window), build by build. The CLI's `explain` and the explain sub-action run this; it loads
 * no @actions module, so the CLI stays small on huge logs.
 */
import { readdirSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { BuildLogAnalysis } from '../core/explain/build-log.js'
import { chooseDockerfile, explainBuilds, type LogExplanation } from '../core/explain/builds.js'
import type { Explanation } from '../core/explain/explain.js'
import type { MappedDockerfile } from '../core/explain/find-instruction.js'
import { readDockerfile, readGivenDockerfile } from './dockerfile.js'
import { analyzeLogFileBuilds } from './log-file.js'

/** How much of the workspace is searched for a Dockerfile the log names. */
const MAX_DIRS = 2000
const MAX_DEPTH = 6

export interface SavedLogExplanation extends LogExplanation {
  /** Why a build has no Dockerfile lines: for a warning, the explanation is made without them. */
  problems: string[]
}

export async function explainSavedLogBuilds(logPath: string, files: string[], workspace: string): Promise<SavedLogExplanation> {
  const given: MappedDockerfile[] = []
  for (const file of files) {
    given.push(await readGivenDockerfile(workspace, file))
  }
  const logs = analyzeLogFileBuilds(logPath)
  const problems: string[] = []
  const searched = new Map<string, string[]>()
  const builds = []
  for (const log of logs) {
    const name = log.dockerfileName
    let choice = chooseDockerfile(
      name,
      given.map((g) => g.path),
      logs.length === 1,
      null
    )
    if (choice.search && name !== null) {
      if (!searched.has(name)) searched.set(name, findInWorkspace(workspace, path.basename(name)))
      choice = chooseDockerfile(
        name,
        given.map((g) => g.path),
        logs.length === 1,
        searched.get(name)!
      )
    }
    if (choice.problem && !problems.includes(choice.problem)) problems.push(choice.problem)
    const dockerfile = choice.path === null ? null : (given.find((g) => g.path === choice.path) ?? (await readDockerfile(workspace, choice.path)))
    builds.push({ log, dockerfile })
  }
  return { ...explainBuilds(builds, null), problems }
}

/** One build's view of a saved log (the explain sub-action's): the failed build's, else the last. */
export async function explainSavedLog(
  logPath: string,
  file: string | null,
  workspace: string
): Promise<{ log: BuildLogAnalysis; explanation: Explanation; summary: string }> {
  const all = await explainSavedLogBuilds(logPath, file ? [file] : [], workspace)
  const main = all.builds.find((b) => b.log.failedStepId !== null) ?? all.builds[all.builds.length - 1]
  const findings = all.builds.flatMap((b) => b.explanation.findings)
  return { log: main.log, explanation: { ...main.explanation, findings, annotations: all.annotations }, summary: all.summary }
}

/**
 * Files of that name in the workspace (relative paths), breadth first, skipping hidden folders
 * and node_modules. Synchronous, as the log's reading is: nothing else runs meanwhile, and
 * node:fs/promises would be one more module to load.
 */
function findInWorkspace(workspace: string, name: string): string[] {
  const found: string[] = []
  let level = [workspace]
  let dirs = 0
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0 && dirs < MAX_DIRS; depth++) {
    const next: string[] = []
    for (const dir of level) {
      if (++dirs > MAX_DIRS) break
      let entries: Dirent[] = []
      try {
        entries = readdirSync(dir, { withFileTypes: true })
      } catch {
        // Unreadable: searched as empty.
      }
      for (const e of entries) {
        if (e.isFile() && e.name === name) found.push(path.relative(workspace, path.join(dir, e.name)).split(path.sep).join('/'))
        else if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') next.push(path.join(dir, e.name))
      }
    }
    level = next
  }
  return found.sort()
}
