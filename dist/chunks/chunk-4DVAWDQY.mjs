import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildLimitBytes
} from "./chunk-UT3EMDMA.mjs";
import {
  runnerName
} from "./chunk-FHDS2SIN.mjs";
import {
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/core/render/text.ts
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function buildLimitText(plan) {
  const bytes = buildLimitBytes(plan);
  return bytes === null ? `none (${formatSize(plan.build.bytes)} left for the build)` : formatSize(bytes);
}
function planText(plan, machine) {
  const out = [];
  const m = plan.machine;
  out.push(`Docker memory plan (${plan.profile}): ${plan.status === "ok" ? "OK" : "NOT ENOUGH MEMORY"}`);
  out.push(
    `  machine      ${formatSize(m.totalBytes)} (${m.totalSource}), ${formatSize(m.availableBytes)} available, ${count(m.cpus, "CPU")}, ${machine.os.platform}/${machine.os.arch}`
  );
  out.push(`  docker       ${plan.engine.source === "docker" ? `${formatSize(plan.engine.bytes)} (${plan.engine.backend})` : "no engine seen"}`);
  out.push(`  reserve      ${formatSize(plan.reserveBytes)}`);
  out.push(`  build limit  ${buildLimitText(plan)} (${plan.build.source})`);
  out.push(`  jobs         ${plan.jobs} (${formatSize(plan.memoryPerJobBytes)} each)`);
  out.push(`  parallelism  max-parallelism ${plan.parallelism.maxParallelism} (${plan.parallelism.source === "history" ? "measured steps" : "memory-per-job"})`);
  if (plan.fit.needsMemoryBytes !== null)
    out.push(
      `  fits         ${plan.fit.fits}: needs ${formatSize(plan.fit.needsMemoryBytes)}${plan.fit.largerRunner ? `, larger runner ${plan.fit.largerRunner}` : ""}`
    );
  if (plan.history) out.push(`  history      ${historyLine(plan.history)}`);
  for (const c of plan.containers) out.push(`  container    ${c.name} ${formatSize(c.bytes)}${c.model ? ` (${c.model})` : ""}`);
  for (const p of plan.problems) out.push(`  problem      ${p.message}; fix: ${p.fix}`);
  for (const a of plan.adjustments) out.push(`  adjusted     ${a}`);
  out.push("Why:");
  for (const r of plan.reasons) out.push(`  - ${r}`);
  return out.join("\n") + "\n";
}
function historyLine(h) {
  const runner = h.runner ? runnerName(h.runner) : "none of the GitHub-hosted runners";
  const fits = h.fitsWithHeadroom ? "fits this one" : h.fits ? "this one holds the peak but not all the headroom" : "does NOT fit this one";
  return `peak ${formatSize(h.peakBytes)} (${h.key}, ${count(h.runs, "run")}) needs a build limit of ${formatSize(h.neededBuildBytes)} and a machine with ${formatSize(h.requiredTotalBytes)}: ${fits}; smallest runner: ${runner}`;
}
function detectText(machine) {
  const out = [];
  const mem = machine.memory;
  out.push(`os           ${machine.os.platform}/${machine.os.arch} ${machine.os.release}`);
  out.push(`cpus         ${machine.cpus.logical}`);
  out.push(`memory       ${formatSize(mem.totalBytes)} total, ${formatSize(mem.availableBytes)} available, swap ${formatSize(mem.swapTotalBytes)}`);
  const cg = machine.cgroup;
  if (cg) {
    out.push(
      `cgroup       v${cg.version} ${cg.path}: memory ${cg.memoryLimitBytes === null ? "unlimited" : `${formatSize(cg.memoryLimitBytes)} (${cg.memoryLimitPath})`}, cpu ${cg.cpuQuota === null ? "unlimited" : cg.cpuQuota}${cg.cpusetCount === null ? "" : `, cpuset ${cg.cpusetCount}`}`
    );
  } else {
    out.push("cgroup       none");
  }
  const d = machine.docker;
  out.push(
    d ? `docker       ${d.serverVersion} (${d.backend}), ${formatSize(d.memTotalBytes)}, ${count(d.ncpu, "CPU")}, cgroup v${d.cgroupVersion ?? "?"} ${d.cgroupDriver ?? ""}`.trimEnd() : `docker       none (${machine.dockerAbsentReason ?? "not asked"})`
  );
  const via = machine.dockerVia;
  if (via) out.push(`docker via   ${via.path === "socket" ? `API socket ${via.socket}` : `docker CLI (${via.why})`}`);
  const r = machine.runner;
  out.push(
    `runner       ${r.ciName}${r.environment ? ` ${r.environment}` : ""}${r.name ? ` ${r.name}` : ""}${r.inContainer ? `, in a container (${r.containerHint})` : ""}`
  );
  return out.join("\n") + "\n";
}

export {
  count,
  buildLimitText,
  planText,
  historyLine,
  detectText
};
