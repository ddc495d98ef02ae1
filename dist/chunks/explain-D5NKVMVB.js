import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Command,
  Option
} from "./chunk-E26C5AE2.js";
import {
  explanationJson,
  explanationText
} from "./chunk-6I32R6TU.js";
import {
  explainSavedLog
} from "./chunk-3ZRRWINB.js";
import "./chunk-FNMJEII5.js";
import "./chunk-QSBBP6CI.js";
import "./chunk-Z6TKMF2N.js";
import {
  InputError
} from "./chunk-DKWBHJTO.js";
import "./chunk-CIXAKSAZ.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/explain.ts
function explainCommand() {
  return new Command("explain").description("explain what memory did to a build from its saved log (plain, rawjson or legacy, detected), or to the builds a builder remembers").option("--log <file>", "the build log").option("--builder <name>", "explain the builds this buildx builder remembers (buildx history), whoever ran them").option("--since <time>", "with --builder: only builds started since this time (ISO 8601)").option("--file <dockerfile>", "the Dockerfile, for annotations at its lines (relative to GITHUB_WORKSPACE or here)").addOption(new Option("--format <format>", "output format").choices(["text", "github", "json"]).default("text")).action(async (opts) => {
    if (opts.log !== void 0 && opts.builder !== void 0) throw new InputError("explain takes --log <file> or --builder <name>, not both");
    if (opts.builder !== void 0) return (await import("./explain-builder-P5NTNIO2.js")).explainBuilder(opts.builder, opts.since, opts.format);
    if (opts.log === void 0) throw new InputError("explain needs --log <file> or --builder <name>");
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
