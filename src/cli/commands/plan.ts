import { Command } from 'commander'
import { parseBoolean, parsePlanRequest } from '../../core/inputs.js'
import { plan } from '../../core/plan/plan.js'
import { formatEnvFile, planEnv, planJson } from '../../core/publish.js'
import { planText } from '../../core/render/text.js'
import { detectMachine } from '../../probes/machine.js'
import { addHistoryOptions, addPlanOptions, addPublishOptions, flagReader, type Format } from '../options.js'
import { historyFromFlags } from './history.js'
import { stopsForInsufficient } from '../../core/plan/on-insufficient.js'
import { print } from '../print.js'

/** Exit status when the plan does not fit and on-insufficient says fail. */
export const EXIT_INSUFFICIENT = 2

export function planCommand(): Command {
  return addPublishOptions(addHistoryOptions(addPlanOptions(new Command('plan'))))
    .option('--platforms <list>', 'platforms the build asks for, comma-separated: their steps share the build limit')
    .description('plan memory limits for this machine, or for another with --total-memory')
    .action(async (opts: Record<string, unknown>) => {
      const read = flagReader(opts)
      const request = { ...parsePlanRequest(read), knownPeak: (await historyFromFlags(opts, null))?.peak ?? null }
      const exportEnv = parseBoolean(read('export-env'), 'export-env')
      const exportParallelism = parseBoolean(read('export-parallelism'), 'export-parallelism')
      const summary = parseBoolean(read('summary'), 'summary')
      const format = opts.format as Format
      const machine = await detectMachine({ docker: opts.docker !== false && request.totalMemoryBytes === null })
      const result = plan(machine, request)
      if (format === 'github') {
        const { publishPlan } = await import('../../action/publish.js')
        await publishPlan(result, machine, { exportEnv, exportParallelism, summary })
      } else if (format === 'json') {
        print(JSON.stringify(planJson(result, machine), null, 2) + '\n')
      } else if (format === 'env') {
        print(formatEnvFile(planEnv(result, { parallelism: exportParallelism, inherited: process.env })))
      } else {
        print(planText(result, machine))
      }
      if (stopsForInsufficient(result)) process.exitCode = EXIT_INSUFFICIENT
    })
}
