/**
 * The action and the CLI are two doors to one plan: an input left empty in the action and a
 * flag left out on the command line must mean the same. The defaults live in three places
 * (action.yml, PLAN_DEFAULTS that the action falls back to, the CLI's commander options);
 * this holds them together.
 */
import { describe, expect, test } from '@jest/globals'
import type { Option } from 'commander'
import yaml from 'js-yaml'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { program } from '../../src/cli/program.js'
import { PLAN_DEFAULTS } from '../../src/core/inputs.js'

const ROOT = join(import.meta.dirname, '../..')
const inputs = (yaml.load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs
const actionDefault = (name: string): string => String(inputs[name].default ?? '')

/** Where a CLI flag and its action input are spelled differently. */
const INPUT_OF: Record<string, Record<string, string>> = {
  build: { tag: 'tags', 'build-arg': 'build-args', platform: 'platforms', output: 'outputs', label: 'labels', 'secret-env': 'secrets' },
  resize: { timeout: 'resize-timeout' }
}

/** What leaving the flag out means, in the action's spelling: a switch left out (--push, --no-cache) is 'false'. */
function cliDefault(option: Option): string {
  if (option.isBoolean() || option.negate) return 'false'
  const value: unknown = option.defaultValue
  if (Array.isArray(value)) return value.join(',')
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)
}

async function pairs(): Promise<Array<[string, string, string, string]>> {
  const out: Array<[string, string, string, string]> = []
  // One command at a time: jest's ESM loader fails on modules that concurrent imports share.
  for (const name of ['detect', 'plan', 'explain', 'history', 'build', 'resize']) {
    const [command] = (await program(name)).commands
    for (const option of command.options) {
      const flag = (option.long ?? '').replace(/^--/, '')
      const input = INPUT_OF[command.name()]?.[flag] ?? flag
      if (input in inputs) out.push([command.name(), flag, cliDefault(option), actionDefault(input)])
    }
  }
  return out
}

describe('defaults agree between action.yml, PLAN_DEFAULTS and the CLI', () => {
  test('every flag that has an action input has its default', async () => {
    const all = await pairs()
    // The plan's options on plan and build, and the build's own: a test of almost nothing would pass too.
    expect(all.length).toBeGreaterThanOrEqual(30)
    expect(all.filter(([, , cli, action]) => cli !== action)).toEqual([])
  })

  test.each(Object.entries(PLAN_DEFAULTS))('PLAN_DEFAULTS %s = %s in action.yml and in every CLI command that takes it', async (name, value) => {
    expect(actionDefault(name)).toBe(value)
    const flags = (await pairs()).filter(([, flag]) => flag === name)
    expect(flags.length).toBeGreaterThan(0)
    for (const [, , cli] of flags) expect(cli).toBe(value)
  })
})
