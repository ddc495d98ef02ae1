import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  stopsForInsufficient
} from "./chunk-XMJJFOWZ.js";
import {
  planSummary
} from "./chunk-MAVNGWGM.js";
import "./chunk-346QALMU.js";
import {
  error,
  exportVariable,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-2LN3O3ZK.js";
import {
  planEnv,
  planOutputs
} from "./chunk-DUVUTQT3.js";
import "./chunk-RXYM5UYZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-K4656TKS.js";
import "./chunk-YH6U5J26.js";
import "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";

// src/action/publish.ts
async function publishPlan(plan, machine, options) {
  const env = options.exportEnv ? planEnv(plan, { parallelism: options.exportParallelism, inherited: process.env }) : {};
  for (const [name, value] of Object.entries(planOutputs(plan))) setOutput(name, value);
  for (const [name, value] of Object.entries(env)) exportVariable(name, value);
  if (options.summary && process.env.GITHUB_STEP_SUMMARY) {
    await summary.addRaw(planSummary(plan, machine)).write();
  }
  for (const a of plan.adjustments) warning(a, { title: "Docker memory plan adjusted" });
  const fail = plan.onInsufficient !== "warn";
  for (const p of plan.problems) {
    const message = `${p.message}. Fix: ${p.fix}.`;
    if (fail) error(message, { title: "Not enough memory for this plan" });
    else warning(message, { title: "Not enough memory for this plan" });
  }
  if (stopsForInsufficient(plan)) {
    setFailed(`The memory plan does not fit this machine (on-insufficient: ${plan.onInsufficient}); see the errors above.`);
  }
}
export {
  publishPlan
};
