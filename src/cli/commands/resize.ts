import { createInterface } from 'node:readline/promises'
import { Command, Option } from 'commander'
import { InputError } from '../../core/errors.js'
import { platformOf, RESIZE_BACKENDS, RESIZE_PLATFORMS, type ResizeBackend, type ResizePlatform } from '../../core/resize/backend.js'
import { parseResizeTimeout } from '../../core/resize/request.js'
import { formatSize as fmt, parseSize } from '../../core/units.js'
import { detectMachine } from '../../probes/machine.js'

interface ResizeFlags {
  memory: string
  backend?: ResizeBackend
  yes?: boolean
  dryRun?: boolean
  timeout: string
  platform?: ResizePlatform
}

export function resizeCommand(): Command {
  return new Command('resize')
    .description("give Docker's VM (Docker Desktop, Colima, WSL 2) more memory: back up, edit, restart, verify, roll back on failure")
    .requiredOption('--memory <size>', 'memory the VM should have (12g, 10240m)')
    .addOption(new Option('--backend <backend>', 'which VM (default: detected)').choices(RESIZE_BACKENDS))
    .option('--yes', 'do not ask before restarting Docker')
    .option('--dry-run', 'say what would change, change nothing')
    .option('--timeout <seconds>', 'how long Docker may take to come back', '600')
    .addOption(new Option('--platform <platform>', 'act as on this platform (default: this machine)').choices(RESIZE_PLATFORMS))
    .action(async (flags: ResizeFlags) => {
      const requested = parseSize(flags.memory, '--memory')
      const timeoutMs = parseResizeTimeout(flags.timeout, '--timeout')
      const platform = flags.platform ?? platformOf(undefined, process.platform)
      // Loaded here so the other commands never load the settings editors.
      const { locateBackend, targetFor } = await import('../../resize/locate.js')
      const { resizeDockerVm } = await import('../../resize/resize.js')
      const machine = await detectMachine()
      const { choice, paths } = locateBackend(platform, flags.backend ?? null, machine.docker, process.env)
      if (choice.backend === null) throw new InputError(`resizing does not apply: ${choice.why}`)
      const targetBytes = targetFor(choice.backend, machine, requested)

      const log = (line: string): void => void process.stdout.write(`${line}\n`)
      log(`Backend: ${choice.backend} (${choice.why}).`)
      const interactive = process.stdin.isTTY && process.stdout.isTTY && !process.env.CI
      if (!flags.yes && !flags.dryRun && interactive && machine.docker !== null && machine.docker.memTotalBytes < targetBytes * 0.9) {
        const answer = await ask(machine.docker.memTotalBytes, targetBytes)
        if (answer !== 'increase') {
          log(
            answer === 'smaller'
              ? 'Nothing changed. Plan for a smaller model: docker-memory plan --on-insufficient downgrade, or a smaller --ollama-model.'
              : `Nothing changed; continuing with ${fmt(machine.docker.memTotalBytes)}: containers above that will be killed or refused.`
          )
          return
        }
      }
      const result = await resizeDockerVm({
        platform,
        backend: choice.backend,
        paths,
        targetBytes,
        timeoutMs,
        dryRun: flags.dryRun === true,
        log
      })
      if (result.resized) {
        log(
          `Resized: Docker now has ${fmt(result.afterBytes ?? 0)} (was ${result.beforeBytes === null ? 'not running' : fmt(result.beforeBytes)}).${result.backupPath ? ` The old settings are in ${result.backupPath}.` : ''}`
        )
      }
    })
}

/** Seed 000's three choices, increase being the default. */
async function ask(currentBytes: number, targetBytes: number): Promise<'increase' | 'smaller' | 'continue'> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = await rl.question(
      `Docker has ${fmt(currentBytes)}; ${fmt(targetBytes)} is needed. Restarting Docker stops every running container.\n` +
        "  1) Increase Docker's memory and restart it (default)\n  2) Choose a smaller model instead\n  3) Continue anyway (not recommended)\nChoice [1]: "
    )
    return answer.trim() === '2' ? 'smaller' : answer.trim() === '3' ? 'continue' : 'increase'
  } finally {
    rl.close()
  }
}
