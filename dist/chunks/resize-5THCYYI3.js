import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Command,
  Option
} from "./chunk-S4EYESHR.js";
import {
  RESIZE_BACKENDS,
  RESIZE_PLATFORMS,
  platformOf
} from "./chunk-5IEASRWA.js";
import {
  detectMachine
} from "./chunk-IGPBYK6G.js";
import "./chunk-R64RCU3W.js";
import {
  parseResizeTimeout
} from "./chunk-3LVJYKUS.js";
import "./chunk-L3VFIKAC.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-UZYQOPRT.js";
import "./chunk-RXYM5UYZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-K4656TKS.js";
import "./chunk-YH6U5J26.js";
import "./chunk-6RR46GWK.js";
import {
  InputError,
  formatSize,
  parseSize
} from "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/resize.ts
import { createInterface } from "node:readline/promises";
function resizeCommand() {
  return new Command("resize").description("give Docker's VM (Docker Desktop, Colima, WSL 2) more memory: back up, edit, restart, verify, roll back on failure").requiredOption("--memory <size>", "memory the VM should have (12g, 10240m)").addOption(new Option("--backend <backend>", "which VM (default: detected)").choices(RESIZE_BACKENDS)).option("--yes", "do not ask before restarting Docker").option("--dry-run", "say what would change, change nothing").option("--timeout <seconds>", "how long Docker may take to come back", "600").addOption(new Option("--platform <platform>", "act as on this platform (default: this machine)").choices(RESIZE_PLATFORMS)).action(async (flags) => {
    const requested = parseSize(flags.memory, "--memory");
    const timeoutMs = parseResizeTimeout(flags.timeout, "--timeout");
    const platform = flags.platform ?? platformOf(void 0, process.platform);
    const { locateBackend, targetFor } = await import("./lazy-resize-locate.js");
    const { resizeDockerVm } = await import("./lazy-resize-resize.js");
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
