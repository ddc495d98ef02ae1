import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  detectMachine
} from "./chunk-BLNFNQWZ.mjs";
import {
  Command,
  Option
} from "./chunk-55UESA72.mjs";
import {
  RESIZE_BACKENDS,
  RESIZE_PLATFORMS,
  platformOf
} from "./chunk-XFAZ4MJW.mjs";
import "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  InputError,
  formatSize,
  parseSize
} from "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/cli/commands/resize.ts
import { createInterface } from "node:readline/promises";

// src/core/resize/request.ts
function parseResizeTimeout(text, what) {
  const value = text.trim();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86400) {
    throw new InputError(`${what} "${text}" must be a whole number of seconds from 1 to 86400`);
  }
  return Number(value) * 1e3;
}

// src/cli/commands/resize.ts
function resizeCommand() {
  return new Command("resize").description("give Docker's VM (Docker Desktop, Colima, WSL 2) more memory: back up, edit, restart, verify, roll back on failure").requiredOption("--memory <size>", "memory the VM should have (12g, 10240m)").addOption(new Option("--backend <backend>", "which VM (default: detected)").choices(RESIZE_BACKENDS)).option("--yes", "do not ask before restarting Docker").option("--dry-run", "say what would change, change nothing").option("--timeout <seconds>", "how long Docker may take to come back", "600").addOption(new Option("--platform <platform>", "act as on this platform (default: this machine)").choices(RESIZE_PLATFORMS)).action(async (flags) => {
    const requested = parseSize(flags.memory, "--memory");
    const timeoutMs = parseResizeTimeout(flags.timeout, "--timeout");
    const platform = flags.platform ?? platformOf(void 0, process.platform);
    const { locateBackend, targetFor } = await import("./lazy-resize-locate.mjs");
    const { resizeDockerVm } = await import("./lazy-resize-resize.mjs");
    const machine = await detectMachine();
    const { choice, paths } = locateBackend(platform, flags.backend ?? null, machine.docker, process.env);
    if (choice.backend === null) throw new InputError(`resizing does not apply: ${choice.why}`);
    const targetBytes = targetFor(choice.backend, machine, requested);
    const log = (line) => void process.stdout.write(`${line}
`);
    log(`Backend: ${choice.backend} (${choice.why}).`);
    const interactive = process.stdin.isTTY && process.stdout.isTTY && !process.env.CI;
    if (!flags.yes && !flags.dryRun && interactive && machine.docker !== null && machine.docker.memTotalBytes < targetBytes * 0.9) {
      const answer = await ask(machine.docker.memTotalBytes, targetBytes);
      if (answer !== "increase") {
        log(
          answer === "smaller" ? "Nothing changed. Plan for a smaller model: docker-memory plan --on-insufficient downgrade, or a smaller --ollama-model." : `Nothing changed; continuing with ${formatSize(machine.docker.memTotalBytes)}: containers above that will be killed or refused.`
        );
        return;
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
    });
    if (result.resized) {
      log(
        `Resized: Docker now has ${formatSize(result.afterBytes ?? 0)} (was ${result.beforeBytes === null ? "not running" : formatSize(result.beforeBytes)}).${result.backupPath ? ` The old settings are in ${result.backupPath}.` : ""}`
      );
    }
  });
}
async function ask(currentBytes, targetBytes) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(
      `Docker has ${formatSize(currentBytes)}; ${formatSize(targetBytes)} is needed. Restarting Docker stops every running container.
  1) Increase Docker's memory and restart it (default)
  2) Choose a smaller model instead
  3) Continue anyway (not recommended)
Choice [1]: `
    );
    return answer.trim() === "2" ? "smaller" : answer.trim() === "3" ? "continue" : "increase";
  } finally {
    rl.close();
  }
}
export {
  resizeCommand
};
