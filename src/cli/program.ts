import type { Command } from 'commander'
import { programOf, runCli, type Commands } from './run.js'

/**
 * Each command is loaded only when it runs, and `explain` alone pulls in the Dockerfile parser.
 * `plan` and `detect` start from their own one-file bundle (src/entries/cli-plan-detect.ts), and so
 * does `explain` (src/entries/cli-explain.ts); the rest start here (and help lists them all).
 */
const COMMANDS: Commands = {
  detect: async () => (await import('./commands/detect.js')).detectCommand(),
  plan: async () => (await import('./commands/plan.js')).planCommand(),
  explain: async () => (await import('./commands/explain.js')).explainCommand(),
  history: async () => (await import('./commands/history.js')).historyCommand(),
  build: async () => (await import('./commands/build.js')).buildCommand(),
  resize: async () => (await import('./commands/resize.js')).resizeCommand(),
  bind: async () => (await import('./commands/bind.js')).bindCommand(),
  release: async () => (await import('./commands/bind.js')).releaseCommand()
}

export function program(name?: string): Promise<Command> {
  return programOf(COMMANDS, name)
}

export function main(argv: string[]): Promise<void> {
  return runCli(argv, COMMANDS)
}
