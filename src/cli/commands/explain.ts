import { Command, Option } from 'commander'
import { InputError } from '../../core/errors.js'
import { logExplanationJson, logExplanationText } from '../../core/explain/text.js'
import { explainSavedLogBuilds } from '../../explain/saved-log.js'
import { print } from '../print.js'

/** The exit status of `--fail-on-oom` when a process was killed, apart from 1 (bad input). */
export const EXIT_OOM = 3

interface ExplainOptions {
  log?: string
  file: string[]
  format: string
  builder?: string
  since?: string
  failOnOom?: boolean
}

export function explainCommand(): Command {
  return new Command('explain')
    .description('explain what memory did to each build in a saved log (plain, rawjson or legacy, detected), or to the builds a builder remembers')
    .option('--log <file>', 'the build log')
    .option('--builder <name>', 'explain the builds this buildx builder remembers (buildx history), whoever ran them')
    .option('--since <time>', 'with --builder: only builds started since this time (ISO 8601)')
    .option(
      '--file <dockerfile>',
      "a build's Dockerfile, for annotations at its lines (relative to GITHUB_WORKSPACE or here); repeat for a log of several builds. Without it each build's Dockerfile is looked for in the workspace by the name the log gives",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[]
    )
    .option('--fail-on-oom', `exit with status ${EXIT_OOM} when a process was killed (for scripts)`)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'github', 'json']).default('text'))
    .action(async (opts: ExplainOptions) => {
      if (opts.log !== undefined && opts.builder !== undefined) throw new InputError('explain takes --log <file> or --builder <name>, not both')
      // `explain … | head`: a reader that stops early is no error; end quietly with the status
      // already decided. print() does so itself; @actions/core writes through process.stdout,
      // which explain makes for --format github alone (it loads Node's stream modules).
      if (opts.format === 'github') {
        process.stdout.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') throw error
          process.exit()
        })
      }
      if (opts.builder !== undefined) {
        const killed = await (await import('./explain-builder.js')).explainBuilder(opts.builder, opts.since, opts.format)
        if (opts.failOnOom && killed) process.exitCode = EXIT_OOM
        return
      }
      if (opts.log === undefined) throw new InputError('explain needs --log <file> or --builder <name>')
      const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
      const all = await explainSavedLogBuilds(opts.log, opts.file, workspace)
      for (const p of all.problems) process.stderr.write(`docker-memory: ${p}\n`)
      if (opts.failOnOom && all.killed) process.exitCode = EXIT_OOM
      if (opts.format === 'github') {
        const { publishExplanation } = await import('../../explain/publish.js')
        await publishExplanation(all.annotations, all.summary)
      } else if (opts.format === 'json') {
        // Two writes: adding the newline to the JSON would copy it whole once more. (Written
        // member by member instead, the many small strings peaked higher than the one text.)
        print(JSON.stringify(logExplanationJson(all), null, 2))
        print('\n')
      } else {
        print(logExplanationText(all))
      }
    })
}
