import { Command, Option } from 'commander'
import { InputError } from '../../core/errors.js'
import { explanationJson, explanationText } from '../../core/explain/text.js'
import { explainSavedLog } from '../../explain/report.js'

export function explainCommand(): Command {
  return new Command('explain')
    .description('explain what memory did to a build from its saved log (plain, rawjson or legacy, detected), or to the builds a builder remembers')
    .option('--log <file>', 'the build log')
    .option('--builder <name>', 'explain the builds this buildx builder remembers (buildx history), whoever ran them')
    .option('--since <time>', 'with --builder: only builds started since this time (ISO 8601)')
    .option('--file <dockerfile>', 'the Dockerfile, for annotations at its lines (relative to GITHUB_WORKSPACE or here)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'github', 'json']).default('text'))
    .action(async (opts: { log?: string; file?: string; format: string; builder?: string; since?: string }) => {
      if (opts.log !== undefined && opts.builder !== undefined) throw new InputError('explain takes --log <file> or --builder <name>, not both')
      if (opts.builder !== undefined) return (await import('./explain-builder.js')).explainBuilder(opts.builder, opts.since, opts.format)
      if (opts.log === undefined) throw new InputError('explain needs --log <file> or --builder <name>')
      const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
      const { log, explanation, summary } = await explainSavedLog(opts.log, opts.file ?? null, workspace)
      if (opts.format === 'github') {
        const { publishExplanation } = await import('../../explain/publish.js')
        await publishExplanation(explanation.annotations, summary)
      } else if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(explanationJson(log, explanation), null, 2) + '\n')
      } else {
        process.stdout.write(explanationText(log, explanation))
      }
    })
}
