import { Command, Option } from 'commander'
import { explanationJson, explanationText } from '../../core/explain/text.js'
import { explainSavedLog } from '../../explain/report.js'

export function explainCommand(): Command {
  return new Command('explain')
    .description('explain what memory did to a build from its saved log (plain, rawjson or legacy, detected)')
    .requiredOption('--log <file>', 'the build log')
    .option('--file <dockerfile>', 'the Dockerfile, for annotations at its lines (relative to GITHUB_WORKSPACE or here)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'github', 'json']).default('text'))
    .action(async (opts: { log: string; file?: string; format: string }) => {
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
