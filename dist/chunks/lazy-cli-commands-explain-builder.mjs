import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explanationJson,
  explanationText
} from "./chunk-XW7MF7BV.mjs";
import {
  print
} from "./chunk-TSPMPEID.mjs";
import {
  explainBuildRecords
} from "./chunk-TI2ZELKI.mjs";
import "./chunk-Z6PW5BAD.mjs";
import "./chunk-BSWMN3YR.mjs";
import {
  isKill
} from "./chunk-ASKJ77OO.mjs";
import "./chunk-EOIFBMQM.mjs";
import "./chunk-CY67VTD3.mjs";
import "./chunk-2KBK5UGC.mjs";
import "./chunk-WPPBFHEL.mjs";
import "./chunk-FKLHXMXM.mjs";
import "./chunk-WEXZFMP6.mjs";
import "./chunk-4AYTXUTK.mjs";
import "./chunk-BGOEDO4T.mjs";
import "./chunk-5QK6N67V.mjs";
import "./chunk-NNJ4BVTD.mjs";
import "./chunk-RBEQHDNP.mjs";
import "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import {
  mkdtempSync,
  rmSync
} from "./chunk-SOOFRGCY.mjs";
import "./chunk-T2CBXCPV.mjs";
import "./chunk-NBHFA7NI.mjs";
import {
  InputError
} from "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/cli/commands/explain-builder.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
async function explainBuilder(builder, since, format) {
  if (since !== void 0 && Number.isNaN(Date.parse(since))) throw new InputError(`--since must be a time such as 2026-11-29T15:00:00Z, got "${since}"`);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logDir = mkdtempSync(join(tmpdir(), "docker-memory-history-"));
  try {
    const { builds, problems } = await explainBuildRecords(builder, { since: since ?? null, workspace, logDir, plan: null });
    for (const p of problems) process.stderr.write(`docker-memory: ${p}
`);
    if (format === "github") {
      const { publishExplanation } = await import("./lazy-explain-publish.mjs");
      for (const b of builds) await publishExplanation(b.explanation.annotations, b.summary);
    } else if (format === "json") {
      const out = builds.map((b) => ({
        ref: b.record.ref,
        name: b.record.name,
        status: b.record.status,
        peakBytes: b.outcome.peakBytes,
        limitBytes: b.outcome.limitBytes,
        ...explanationJson(b.log, b.explanation)
      }));
      print(JSON.stringify(out, null, 2) + "\n");
    } else if (builds.length === 0) {
      print(`No build on builder ${builder}${since ? ` since ${since}` : ""} shows memory trouble.
`);
    } else {
      print(builds.map((b) => `Build ${b.record.ref} (${b.record.name}, ${b.record.status}):
${explanationText(b.log, b.explanation)}`).join("\n"));
    }
    return builds.some((b) => b.explanation.findings.some(isKill));
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}
export {
  explainBuilder
};
