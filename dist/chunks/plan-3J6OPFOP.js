import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addHistoryOptions,
  addPlanOptions,
  flagReader
} from "./chunk-SNLNAXBU.js";
import {
  knownPeakFromFlags
} from "./chunk-3HDUYEVZ.js";
import {
  Command
} from "./chunk-E26C5AE2.js";
import {
  planEnv,
  planJson
} from "./chunk-6CRERFYM.js";
import {
  detectMachine
} from "./chunk-6VHA33XN.js";
import {
  planText
} from "./chunk-FFHMUG4J.js";
import {
  parseBoolean,
  parsePlanRequest
} from "./chunk-NCC3HN2Q.js";
import {
  plan
} from "./chunk-VHST5P5A.js";
import "./chunk-FQWTZ246.js";
import "./chunk-TPQTNYCD.js";
import "./chunk-I7IUG24D.js";
import "./chunk-AIC6CPM3.js";
import "./chunk-TF6WTFRA.js";
import "./chunk-325ZBQZZ.js";
import "./chunk-MVXOFTDU.js";
import "./chunk-HZVVQHPO.js";
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
      const { publishPlan } = await import("./publish-PD5ITU6A.js");
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
