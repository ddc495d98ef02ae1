import { Command, Option } from 'commander'
import { detectText } from '../../core/render/text.js'
import { detectMachine } from '../../probes/machine.js'
import { print } from '../print.js'

export function detectCommand(): Command {
  return new Command('detect')
    .description('show what this machine has: memory, cgroup limits, CPUs, Docker, runner')
    .option('--no-docker', 'do not ask the Docker engine')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { docker: boolean; format: string }) => {
      const machine = await detectMachine({ docker: opts.docker })
      print(opts.format === 'json' ? JSON.stringify(machine, null, 2) + '\n' : detectText(machine))
    })
}
