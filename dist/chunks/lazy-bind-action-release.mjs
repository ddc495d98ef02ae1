import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseSavedBinding
} from "./chunk-K4ITKMAR.mjs";
import {
  explainBuildRecords
} from "./chunk-TI2ZELKI.mjs";
import {
  getState
} from "./chunk-V23U7VEN.mjs";
import "./chunk-Z6PW5BAD.mjs";
import {
  isKill
} from "./chunk-ASKJ77OO.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-2KBK5UGC.mjs";
import {
  info,
  warning
} from "./chunk-VY553U4K.mjs";
import "./chunk-YFFWD4CL.mjs";
import "./chunk-PCYGHEDG.mjs";
import {
  historySteps,
  stepPeaksOf
} from "./chunk-WPPBFHEL.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-4AYTXUTK.mjs";
import "./chunk-BGOEDO4T.mjs";
import "./chunk-EXXJVCAA.mjs";
import "./chunk-UT3EMDMA.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-FHDS2SIN.mjs";
import {
  highestPerStep
} from "./chunk-EDRH2X7U.mjs";
import {
  releaseBuilder
} from "./chunk-N2JQBVX2.mjs";
import "./chunk-YQGGITQ5.mjs";
import "./chunk-NNJ4BVTD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-5LQ7LA22.mjs";
import "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  formatSize
} from "./chunk-LGCTJYX5.mjs";
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
function marksAtBind() {
  const saved = getState("builder-marks");
  if (saved === "") return null;
  try {
    return JSON.parse(saved);
  } catch {
    return null;
  }
}
async function explainBuilds(builder, recordPeak) {
  const { publishExplanation } = await import("./lazy-explain-publish.mjs");
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logDir = join(process.env.RUNNER_TEMP || tmpdir(), "docker-memory");
  const { builds, passed, problems } = await explainBuildRecords(builder, {
    since: getState("started-at") || null,
    workspace,
    logDir,
    plan: null,
    marksAtBind: marksAtBind()
  });
  for (const p of problems) warning(p, { title: TITLE });
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const b of builds) {
    const annotations = b.explanation.annotations.filter((a) => ++shown[a.level] <= 10);
    await publishExplanation(annotations, b.summary);
  }
  info(
    `builder ${builder}: ${builds.length} build${builds.length === 1 ? "" : "s"} since this job's plan showed memory trouble, ${passed.length} passed untouched`
  );
  const measured = [...builds, ...passed];
  const peaks = measured.flatMap((b) => b.outcome.peakBytes === null ? [] : [b.outcome.peakBytes]);
  if (recordPeak && peaks.length > 0) {
    const peak = peaks.reduce((max, p) => Math.max(max, p), 0);
    info(`builder ${builder} peaked at ${formatSize(peak)}`);
    await recordPeak(peak, highestPerStep(measured.map((b) => historySteps(stepPeaksOf(b.outcome.stepCgroups, b.log)))));
  }
  return builds.some((b) => b.explanation.findings.some(isKill));
}
export {
  explainAndRelease
};
