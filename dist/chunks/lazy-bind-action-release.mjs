import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseSavedBinding
} from "./chunk-QNHBS5VZ.mjs";
import {
  explainBuildRecords
} from "./chunk-275JH7VY.mjs";
import {
  getState
} from "./chunk-V23U7VEN.mjs";
import "./chunk-Z6PW5BAD.mjs";
import {
  isKill
} from "./chunk-FJ7MZ2PL.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-AXJ7STPX.mjs";
import "./chunk-E23B6OTI.mjs";
import {
  info,
  warning
} from "./chunk-VY553U4K.mjs";
import "./chunk-E3U7USL7.mjs";
import "./chunk-DJZW3DOY.mjs";
import {
  historySteps,
  stepPeaksOf
} from "./chunk-7EPKVNQE.mjs";
import "./chunk-ZXDTQ2VU.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-AKKRLVDT.mjs";
import "./chunk-BGOEDO4T.mjs";
import "./chunk-ZLNM3YSU.mjs";
import "./chunk-Y2XFSNHR.mjs";
import "./chunk-CDXCQPHM.mjs";
import "./chunk-GNIHVK53.mjs";
import {
  highestPerStep
} from "./chunk-PFOJEMQB.mjs";
import {
  releaseBuilder
} from "./chunk-WV3S2FB7.mjs";
import "./chunk-NNNHQKHK.mjs";
import "./chunk-CE5JCUVT.mjs";
import "./chunk-JBBGU233.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  formatSize
} from "./chunk-SQPJSGMN.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/bind/action-release.ts
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/bind/action-bind.ts
var TITLE = "Docker build memory";

// src/bind/action-release.ts
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
  const { publishExplanation } = await import("./publish-V7CAA22H.mjs");
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logDir = join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory");
  const { builds, problems } = await explainBuildRecords(builder, { since: getState("started-at") || null, workspace, logDir, plan: null });
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
    await recordPeak(peak, highestPerStep(builds.map((b) => historySteps(stepPeaksOf(b.outcome.stepCgroups, b.log)))));
  }
  return builds.some((b) => b.explanation.findings.some(isKill));
}
export {
  explainAndRelease
};
