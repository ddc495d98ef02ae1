import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainBuilderHistory
} from "./chunk-55U6ZV3J.js";
import {
  explanationJson,
  explanationText
} from "./chunk-4NQLG6KC.js";
import {
  print
} from "./chunk-J3PICFUC.js";
import "./chunk-TLJHTHWQ.js";
import "./chunk-MGUD6JDD.js";
import "./chunk-HD5ILCZ2.js";
import "./chunk-N6MMGZBE.js";
import "./chunk-ILOFK2V4.js";
import "./chunk-D534QWWG.js";
import "./chunk-ZVJDDIRG.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-MEOPLWEQ.js";
import "./chunk-UZYQOPRT.js";
import "./chunk-DFVHCUKD.js";
import "./chunk-SRSUN243.js";
import "./chunk-YH6U5J26.js";
import {
  mkdtempSync,
  rmSync
} from "./chunk-6RR46GWK.js";
import {
  InputError
} from "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/explain-builder.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
async function explainBuilder(builder, since, format) {
  if (since !== void 0 && Number.isNaN(Date.parse(since))) throw new InputError(`--since must be a time such as 2026-11-29T15:00:00Z, got "${since}"`);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const logDir = mkdtempSync(join(tmpdir(), "docker-memory-history-"));
  try {
    const { builds, problems } = await explainBuilderHistory(builder, { since: since ?? null, workspace, logDir, plan: null });
    for (const p of problems) process.stderr.write(`docker-memory: ${p}
`);
    if (format === "github") {
      const { publishExplanation } = await import("./publish-NRSLO5HO.js");
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
    return builds.some((b) => b.explanation.findings.length > 0);
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}
export {
  explainBuilder
};
