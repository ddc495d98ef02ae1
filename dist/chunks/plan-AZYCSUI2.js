import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  knownPeakFromFlags
} from "./chunk-LUU5Y4PT.js";
import {
  addHistoryOptions,
  addPlanOptions,
  flagReader
} from "./chunk-SNLNAXBU.js";
import {
  Command
} from "./chunk-E26C5AE2.js";
import {
  detectMachine
} from "./chunk-ITCILA5Z.js";
import {
  parseBoolean,
  parsePlanRequest,
  plan
} from "./chunk-NY7PILTA.js";
import "./chunk-J2V7HDKJ.js";
import "./chunk-CWYG7LYI.js";
import "./chunk-YQEQRE5V.js";
import {
  planEnv,
  planJson
} from "./chunk-WND4YQVL.js";
import {
  planText
} from "./chunk-PUGFUTRA.js";
import "./chunk-J5YFGBQQ.js";
import "./chunk-ZIOJHWFQ.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/plan.ts
var EXIT_INSUFFICIENT = 2;
function planCommand() {
  return addHistoryOptions(addPlanOptions(new Command("plan"))).description("plan memory limits for this machine, or for another with --total-memory").action(async (opts) => {
    const read = flagReader(opts);
    const request = { ...parsePlanRequest(read), knownPeak: await knownPeakFromFlags(opts) };
    const exportEnv = parseBoolean(read("export-env"), "export-env");
    const summary = parseBoolean(read("summary"), "summary");
    const format = opts.format;
    const machine = await detectMachine({ docker: opts.docker !== false && request.totalMemoryBytes === null });
    const result = plan(machine, request);
    if (format === "github") {
      const { publishPlan } = await import("./publish-7UTRSFOW.js");
      await publishPlan(result, machine, { exportEnv, summary });
    } else if (format === "json") {
      process.stdout.write(JSON.stringify(planJson(result, machine), null, 2) + "\n");
    } else if (format === "env") {
      const env = planEnv(result, process.env);
      process.stdout.write(Object.entries(env).map(([k, v]) => `${k}=${v}`).join("\n") + "\n");
    } else {
      process.stdout.write(planText(result, machine));
    }
    if (result.status === "insufficient" && result.onInsufficient !== "warn") process.exitCode = EXIT_INSUFFICIENT;
  });
}
export {
  EXIT_INSUFFICIENT,
  planCommand
};
