import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainBuildRecords
} from "./chunk-DOT6B7LF.mjs";
import {
  parseSavedBinding
} from "./chunk-GGCUZWIZ.mjs";
import {
  isKill
} from "./chunk-J4PKDEYR.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-E2GN563Y.mjs";
import {
  getState,
  info,
  warning
} from "./chunk-3VDLR3TH.mjs";
import "./chunk-AKKRLVDT.mjs";
import "./chunk-OQXY4ZKF.mjs";
import "./chunk-ZXDTQ2VU.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-7DKSWZ7X.mjs";
import "./chunk-2IYVZL3O.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-GNIHVK53.mjs";
import "./chunk-PFOJEMQB.mjs";
import {
  releaseBuilder
} from "./chunk-QEA27AK5.mjs";
import "./chunk-NNNHQKHK.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-EXZ4GOYR.mjs";
import "./chunk-LIFAEY5H.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  formatSize
} from "./chunk-SQPJSGMN.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/bind/action-release.ts
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/action/state.ts
function getState2(key) {
  return getState(key);
}

// src/bind/action-bind.ts
var TITLE = "Docker build memory";

// src/bind/action-release.ts
async function explainAndRelease(options) {
  const saved = parseSavedBinding(getState2("builder-binding"));
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
  const { publishExplanation } = await import("./publish-UV3LPERL.mjs");
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logDir = join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory");
  const { builds, problems } = await explainBuildRecords(builder, { since: getState2("started-at") || null, workspace, logDir, plan: null });
  for (const p of problems) warning(p, { title: TITLE });
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const b of builds) {
    const annotations = b.explanation.annotations.filter((a) => ++shown[a.level] <= 10);
    await publishExplanation(annotations, b.summary);
  }
  info(`builder ${builder}: ${builds.length} build${builds.length === 1 ? "" : "s"} since this job's plan showed memory trouble`);
  const peaks = builds.flatMap((b) => b.outcome.peakBytes === null ? [] : [b.outcome.peakBytes]);
  if (recordPeak && peaks.length > 0) {
    const peak = peaks.reduce((max, p) => Math.max(max, p), 0);
    info(`builder ${builder} peaked at ${formatSize(peak)}`);
    await recordPeak(peak);
  }
  return builds.some((b) => b.explanation.findings.some(isKill));
}
export {
  explainAndRelease
};
