import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../core/errors.js'
import { isKill } from '../../core/explain/classify.js'
import { explanationJson, explanationText } from '../../core/explain/text.js'
import { explainBuildRecords } from '../../explain/build-records.js'
import { print } from '../print.js'

/** `docker-memory explain --builder NAME [--since TIME]`: the builder's remembered builds, explained; true when a process was killed. */
export async function explainBuilder(builder: string, since: string | undefined, format: string): Promise<boolean> {
  if (since !== undefined && Number.isNaN(Date.parse(since))) throw new InputError(`--since must be a time such as 2026-11-29T15:00:00Z, got "${since}"`)
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const logDir = mkdtempSync(join(tmpdir(), 'docker-memory-history-'))
  try {
    const { builds, problems } = await explainBuildRecords(builder, { since: since ?? null, workspace, logDir, plan: null })
    for (const p of problems) process.stderr.write(`docker-memory: ${p}\n`)
    if (format === 'github') {
      const { publishExplanation } = await import('../../explain/publish.js')
      for (const b of builds) await publishExplanation(b.explanation.annotations, b.summary)
    } else if (format === 'json') {
      const out = builds.map((b) => ({
        ref: b.record.ref,
        name: b.record.name,
        status: b.record.status,
        peakBytes: b.outcome.peakBytes,
        limitBytes: b.outcome.limitBytes,
        ...explanationJson(b.log, b.explanation)
      }))
      print(JSON.stringify(out, null, 2) + '\n')
    } else if (builds.length === 0) {
      print(`No build on builder ${builder}${since ? ` since ${since}` : ''} shows memory trouble.\n`)
    } else {
      print(builds.map((b) => `Build ${b.record.ref} (${b.record.name}, ${b.record.status}):\n${explanationText(b.log, b.explanation)}`).join('\n'))
    }
    return builds.some((b) => b.explanation.findings.some(isKill))
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
}
