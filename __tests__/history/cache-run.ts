import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

/**
 * One job on a fresh runner, through the bundled library: its own home folder (where the
 * cached history lives) beside its own workspace, as on a hosted runner. A child process,
 * because the cache client resolves `~` from the real environment, which jest does not change.
 */
export async function inJob(
  root: string,
  job: string,
  cacheUrl: string,
  action: { record: number } | 'load',
  key: string,
  env: Record<string, string> = {}
): Promise<{ peak?: unknown; notice?: string | null; notices?: string[] }> {
  const dir = join(root, job)
  mkdirSync(join(dir, 'work'), { recursive: true })
  const script = `
    const lib = await import(${JSON.stringify(pathToFileURL(resolve('dist/index.js')).href)})
    const { writeFileSync } = await import('node:fs')
    const [key, peak] = [process.argv[1], process.argv[2]]
    const store = lib.actionsCacheHistoryStore(key)
    const result = peak === 'load' ? await lib.loadKnownPeak(store, key) : await lib.recordPeak(key, Number(peak), store)
    writeFileSync(process.env.RESULT_FILE, JSON.stringify({ ...result, history: undefined }))`
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, key, action === 'load' ? 'load' : String(action.record)], {
    cwd: join(dir, 'work'),
    timeout: 60000,
    env: {
      PATH: process.env.PATH,
      HOME: join(dir, 'home'),
      GITHUB_WORKSPACE: join(dir, 'work'),
      RUNNER_TEMP: join(dir, 'temp'),
      ACTIONS_CACHE_URL: cacheUrl,
      ACTIONS_RUNTIME_TOKEN: 'token',
      RESULT_FILE: join(dir, 'result.json'),
      ...env
    }
  })
  return JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'))
}
