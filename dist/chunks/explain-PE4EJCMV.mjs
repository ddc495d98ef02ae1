import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  logExplanationJson,
  logExplanationText
} from "./chunk-XW7MF7BV.mjs";
import {
  print
} from "./chunk-TSPMPEID.mjs";
import {
  Command,
  Option
} from "./chunk-55UESA72.mjs";
import {
  explainSavedLogBuilds
} from "./chunk-VPMFC4SC.mjs";
import "./chunk-BSWMN3YR.mjs";
import "./chunk-ASKJ77OO.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-2KBK5UGC.mjs";
import "./chunk-WPPBFHEL.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-BGOEDO4T.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import {
  InputError
} from "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/cli/commands/explain.ts
var EXIT_OOM = 3;
function explainCommand() {
  return new Command("explain").description("explain what memory did to each build in a saved log (plain, rawjson or legacy, detected), or to the builds a builder remembers").option("--log <file>", "the build log").option("--builder <name>", "explain the builds this buildx builder remembers (buildx history), whoever ran them").option("--since <time>", "with --builder: only builds started since this time (ISO 8601)").option(
    "--file <dockerfile>",
    "a build's Dockerfile, for annotations at its lines (relative to GITHUB_WORKSPACE or here); repeat for a log of several builds. Without it each build's Dockerfile is looked for in the workspace by the name the log gives",
    (value, previous) => [...previous, value],
    []
  ).option("--fail-on-oom", `exit with status ${EXIT_OOM} when a process was killed (for scripts)`).addOption(new Option("--format <format>", "output format").choices(["text", "github", "json"]).default("text")).action(async (opts) => {
    if (opts.log !== void 0 && opts.builder !== void 0) throw new InputError("explain takes --log <file> or --builder <name>, not both");
    if (opts.format === "github") {
      process.stdout.on("error", (error) => {
        if (error.code !== "EPIPE") throw error;
        process.exit();
      });
    }
    if (opts.builder !== void 0) {
      const killed = await (await import("./lazy-cli-commands-explain-builder.mjs")).explainBuilder(opts.builder, opts.since, opts.format);
      if (opts.failOnOom && killed) process.exitCode = EXIT_OOM;
      return;
    }
    if (opts.log === void 0) throw new InputError("explain needs --log <file> or --builder <name>");
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const all = await explainSavedLogBuilds(opts.log, opts.file, workspace);
    for (const p of all.problems) process.stderr.write(`docker-memory: ${p}
`);
    if (opts.failOnOom && all.killed) process.exitCode = EXIT_OOM;
    if (opts.format === "github") {
      const { publishExplanation } = await import("./lazy-explain-publish.mjs");
      await publishExplanation(all.annotations, all.summary);
    } else if (opts.format === "json") {
      print(JSON.stringify(logExplanationJson(all), null, 2));
      print("\n");
    } else {
      print(logExplanationText(all));
    }
  });
}
export {
  EXIT_OOM,
  explainCommand
};
