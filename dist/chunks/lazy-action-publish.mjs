import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  stopsForInsufficient
} from "./chunk-ZOBYTK3G.mjs";
import {
  buildLimitText,
  count,
  historyLine
} from "./chunk-4DVAWDQY.mjs";
import {
  chartScale,
  mdCode,
  mdText,
  mermaidText
} from "./chunk-2KBK5UGC.mjs";
import {
  error,
  exportVariable,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-VY553U4K.mjs";
import {
  planEnv,
  planOutputs
} from "./chunk-EXXJVCAA.mjs";
import {
  buildLimitBytes,
  fitSentence
} from "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  GiB,
  formatSize,
  toDockerSize
} from "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/core/render/parallelism.ts
var MAX_BARS = 12;
function parallelismChart(plan) {
  const p = plan.parallelism;
  const limit = plan.build.bytes;
  const next = p.source === "history" ? nextStep(plan) : p.together[0];
  const sums = [];
  let sum = 0;
  for (const bytes of p.together.slice(0, MAX_BARS)) sums.push(sum += bytes);
  const showsNext = next !== void 0 && p.together.length < MAX_BARS;
  if (showsNext) sums.push(sum + next);
  const top = Math.max(limit, ...sums.slice(-1));
  const scale = chartScale(top);
  const labels = sums.map((_, i) => `"${i + 1}${showsNext && i === sums.length - 1 ? " (too many)" : ""}"`);
  return [
    "xychart-beta",
    `  title "max-parallelism ${p.maxParallelism}: steps at once against the ${formatSize(limit)} build limit (${scale.unit})"`,
    `  x-axis "steps running at once" [${labels.join(", ")}]`,
    `  y-axis "${scale.unit}" 0 --> ${scale.axisTop}`,
    `  bar [${sums.map(scale.value).join(", ")}]`,
    `  line [${sums.map(() => scale.value(limit)).join(", ")}]`
  ];
}
function parallelismSection(plan) {
  const p = plan.parallelism;
  const from = p.source === "history" ? `each step's measured peak (${p.together.length} heaviest shown)` : `memory-per-job (${formatSize(plan.memoryPerJobBytes)}) per step, as no step was measured yet`;
  const platforms = p.platforms.length > 1 ? ` \xB7 ${p.platforms.length} platforms, each running every step` : "";
  return [
    `**max-parallelism ${p.maxParallelism}** from ${from}${platforms}. For docker/setup-buildx-action's \`buildkitd-config-inline\`:`,
    "",
    "```toml",
    p.buildkitdConfig.trimEnd(),
    "```",
    "",
    "```mermaid",
    ...parallelismChart(plan),
    "```",
    ""
  ];
}
function nextStep(plan) {
  const { together, measured } = plan.parallelism;
  return measured[together.length] ?? measured[0];
}

// src/core/render/summary.ts
function planSummary(plan, machine) {
  const lines = [];
  const icon = plan.status === "ok" ? "\u2705" : "\u274C";
  lines.push(`## ${icon} Docker memory plan \xB7 ${mdText(plan.profile)}`);
  lines.push("");
  lines.push(`**Build limit ${buildLimitText(plan)}** \xB7 **${count(plan.jobs, "parallel job")}** \xB7 ${machineLine(plan, machine)}`);
  lines.push("");
  if (plan.problems.length > 0) {
    lines.push("> [!CAUTION]");
    lines.push(`> **Not enough memory** (on-insufficient: ${mdText(plan.onInsufficient)})`);
    for (const p of plan.problems) lines.push(`> - **${layerName(p.layer)}:** ${mdText(p.message)}. Fix: ${mdText(p.fix)}.`);
    lines.push("");
  }
  if (plan.adjustments.length > 0) {
    lines.push("> [!WARNING]");
    for (const a of plan.adjustments) lines.push(`> ${mdText(a)}`);
    lines.push("");
  }
  if (plan.history) {
    lines.push(`**Learned from history:** ${mdText(historyLine(plan.history))}.`);
    lines.push("");
  }
  lines.push("```mermaid");
  lines.push(layersChart(plan).join("\n"));
  lines.push("```");
  lines.push("");
  if (plan.status === "ok") lines.push(...parallelismSection(plan));
  if (plan.fit.fits !== null) {
    lines.push(`**${plan.fit.fits ? "Fits this runner" : "Does NOT fit this runner"}:** ${mdText(fitSentence(plan.fit, plan.fitBasis.labels))}`);
    lines.push("");
  }
  lines.push("| Layer | Memory | From | Holds |");
  lines.push("| --- | ---: | --- | --- |");
  const bad = badLayers(plan);
  const ok = (layer) => bad.has(layer) ? "\u274C" : "\u2705";
  lines.push(`| 1 \xB7 Machine | ${formatSize(plan.machine.totalBytes)} | ${sourceName(plan.machine.totalSource)} | ${ok("machine")} reserve ${formatSize(plan.reserveBytes)} |`);
  lines.push(
    `| 2 \xB7 Docker engine | ${formatSize(plan.engine.bytes)} | ${plan.engine.source === "docker" ? mdText(plan.engine.backend) : "assumed (no engine seen)"} | ${ok("engine")} ${count(plan.containers.length, "container")} |`
  );
  lines.push(
    `| 3 \xB7 Build | ${buildLimitText(plan)} | ${plan.build.source === "profile" ? `${mdText(plan.profile)} profile` : plan.build.source === "history" ? "known peak + headroom" : "build-memory"} | ${ok("build")} ${plan.jobs} \xD7 ${formatSize(plan.memoryPerJobBytes)} ${plan.jobs === 1 ? "job" : "jobs"} |`
  );
  for (const c of plan.containers) {
    lines.push(
      `| 3 \xB7 ${mdText(c.name)}${c.model ? ` (${mdText(c.model)})` : ""} | ${formatSize(c.bytes)} | ${c.model ? `Ollama ${mdText(plan.ollama?.choice ?? "")}` : "containers"} | ${mdCode(`--memory ${toDockerSize(c.bytes)}`, true)} |`
    );
  }
  lines.push("");
  lines.push("<details><summary>Why these numbers</summary>");
  lines.push("");
  for (const r of plan.reasons) lines.push(`- ${mdText(r)}`);
  lines.push("");
  lines.push("</details>");
  lines.push("");
  return lines.join("\n");
}
function machineLine(plan, machine) {
  const where = machine.runner.environment ?? machine.runner.ciName;
  const cpus = count(plan.machine.cpus, "CPU");
  return `${formatSize(plan.machine.totalBytes)} \xB7 ${cpus} \xB7 ${mdText(`${where} ${machine.runner.os ?? machine.os.platform}/${machine.runner.arch ?? machine.os.arch}`)}`;
}
function layersChart(plan) {
  const out = ["flowchart TB"];
  out.push(`  subgraph L1["Machine \xB7 ${formatSize(plan.machine.totalBytes)}"]`);
  out.push(`    R["Reserve for OS and runner<br/>${formatSize(plan.reserveBytes)}"]`);
  out.push(`    subgraph L2["Docker engine \xB7 ${formatSize(plan.engine.bytes)}"]`);
  out.push(`      B["Build limit<br/>${buildLimitBytes(plan) === null ? "none" : formatSize(plan.build.bytes)} \xB7 ${count(plan.jobs, "job")}"]`);
  plan.containers.forEach((c, i) => out.push(`      C${i}["${mermaidText(c.name)}<br/>${formatSize(c.bytes)}"]`));
  const free = plan.usableBytes - plan.build.bytes - plan.containers.reduce((s, c) => s + c.bytes, 0);
  if (free > 0.05 * GiB) out.push(`      F["Headroom<br/>${formatSize(free)}"]`);
  out.push("    end");
  out.push("  end");
  const bad = badLayers(plan);
  out.push("  classDef ok fill:#dafbe1,stroke:#1a7f37");
  out.push("  classDef bad fill:#ffebe9,stroke:#cf222e");
  out.push(`  class B ${bad.has("build") ? "bad" : "ok"}`);
  if (plan.containers.length > 0) out.push(`  class ${plan.containers.map((_, i) => `C${i}`).join(",")} ${bad.has("engine") ? "bad" : "ok"}`);
  return out;
}
function badLayers(plan) {
  const bad = new Set(plan.problems.map((p) => p.layer));
  if (buildLimitBytes(plan) === null) bad.add("build");
  return bad;
}
function layerName(layer) {
  return layer === "machine" ? "Layer 1 (machine)" : layer === "engine" ? "Layer 2 (Docker engine)" : "Layer 3 (build)";
}
function sourceName(source) {
  return source === "cgroup" ? "cgroup limit" : source === "override" ? "given" : "physical";
}

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
