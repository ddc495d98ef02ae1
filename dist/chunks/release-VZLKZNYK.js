import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseSavedBinding
} from "./chunk-XYNPITM4.js";
import {
  explainBuilderHistory
} from "./chunk-55U6ZV3J.js";
import {
  getState
} from "./chunk-Q5TXVFS2.js";
import "./chunk-MGUD6JDD.js";
import "./chunk-HD5ILCZ2.js";
import "./chunk-N6MMGZBE.js";
import {
  info,
  warning
} from "./chunk-2LN3O3ZK.js";
import "./chunk-ILOFK2V4.js";
import {
  releaseBuilder
} from "./chunk-ROFN4J5E.js";
import "./chunk-D534QWWG.js";
import "./chunk-ZVJDDIRG.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-MEOPLWEQ.js";
import "./chunk-UZYQOPRT.js";
import "./chunk-662LQ7HR.js";
import "./chunk-DFVHCUKD.js";
import "./chunk-SVKCMDEF.js";
import "./chunk-DUVUTQT3.js";
import "./chunk-RXYM5UYZ.js";
import "./chunk-SRSUN243.js";
import "./chunk-K4656TKS.js";
import "./chunk-YH6U5J26.js";
import "./chunk-6RR46GWK.js";
import {
  formatSize
} from "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";

// src/action/release.ts
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/action/bind.ts
var TITLE = "Docker build memory";

// src/action/release.ts
async function explainAndRelease(options) {
  const saved = parseSavedBinding(getState("builder-binding"));
  if (!saved) {
    warning("docker-memory-action: the saved builder binding is unreadable; its limit stays as main set it.", { title: TITLE });
    return [];
  }
  let explained = [];
  try {
    if (await explainBuilds(saved.builder, options.recordPeak)) explained = [saved.containerId];
  } catch (error) {
    warning(`could not explain the builds on builder ${saved.builder}: ${error.message}`, { title: TITLE });
  }
  try {
    info(await releaseBuilder(saved, options.keepLimit));
  } catch (error) {
    warning(`could not give builder ${saved.builder} its limit back: ${error.message}`, { title: TITLE });
  }
  return explained;
}
async function explainBuilds(builder, recordPeak) {
  const { publishExplanation } = await import("./publish-NRSLO5HO.js");
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logDir = join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory");
  const { builds, problems } = await explainBuilderHistory(builder, { since: getState("started-at") || null, workspace, logDir, plan: null });
  for (const p of problems) warning(p, { title: TITLE });
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const b of builds) {
    const annotations = b.explanation.annotations.filter((a) => ++shown[a.level] <= 10);
    await publishExplanation(annotations, b.summary);
  }
  info(`builder ${builder}: ${builds.length} build${builds.length === 1 ? "" : "s"} since this job's plan showed memory trouble`);
  const peaks = builds.flatMap((b) => b.outcome.peakBytes === null ? [] : [b.outcome.peakBytes]);
  if (recordPeak && peaks.length > 0) {
    const peak = Math.max(...peaks);
    info(`builder ${builder} peaked at ${formatSize(peak)}`);
    await recordPeak(peak);
  }
  return builds.some((b) => b.explanation.findings.length > 0);
}
export {
  explainAndRelease
};
