import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explanationJson,
  explanationText
} from "./chunk-6I32R6TU.js";
import {
  Command,
  Option
} from "./chunk-E26C5AE2.js";
import {
  explainSavedLog
} from "./chunk-RYEY4LBZ.js";
import "./chunk-FNMJEII5.js";
import "./chunk-WVUDI324.js";
import "./chunk-DKWBHJTO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/explain.ts
function explainCommand() {
  return new Command("explain").description("explain what memory did to a build from its saved log (plain, rawjson or legacy, detected)").requiredOption("--log <file>", "the build log").option("--file <dockerfile>", "the Dockerfile, for annotations at its lines (relative to GITHUB_WORKSPACE or here)").addOption(new Option("--format <format>", "output format").choices(["text", "github", "json"]).default("text")).action(async (opts) => {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const { log, explanation, summary } = await explainSavedLog(opts.log, opts.file ?? null, workspace);
    if (opts.format === "github") {
      const { publishExplanation } = await import("./publish-XL6EOCTW.js");
      await publishExplanation(explanation.annotations, summary);
    } else if (opts.format === "json") {
      process.stdout.write(JSON.stringify(explanationJson(log, explanation), null, 2) + "\n");
    } else {
      process.stdout.write(explanationText(log, explanation));
    }
  });
}
export {
  explainCommand
};
