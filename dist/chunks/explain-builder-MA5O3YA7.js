import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  explainBuilderHistory
} from "./chunk-PVY77NT6.js";
import {
  explanationJson,
  explanationText
} from "./chunk-J2BEMPH5.js";
import "./chunk-JQRJTU67.js";
import "./chunk-PSKYWFOJ.js";
import "./chunk-N6MMGZBE.js";
import "./chunk-N44I6AEN.js";
import "./chunk-D534QWWG.js";
import "./chunk-LW2JP6LM.js";
import "./chunk-FQWTZ246.js";
import "./chunk-4ADG4MZF.js";
import "./chunk-U72LPSCJ.js";
import "./chunk-X3QMCHHF.js";
import "./chunk-SRSUN243.js";
import {
  InputError
} from "./chunk-J3GXGRKE.js";
import "./chunk-6DG7BXTN.js";

// src/cli/commands/explain-builder.ts
import { mkdtempSync, rmSync } from "node:fs";
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
      process.stdout.write(JSON.stringify(out, null, 2) + "\n");
    } else if (builds.length === 0) {
      process.stdout.write(`No build on builder ${builder}${since ? ` since ${since}` : ""} shows memory trouble.
`);
    } else {
      process.stdout.write(
        builds.map((b) => `Build ${b.record.ref} (${b.record.name}, ${b.record.status}):
${explanationText(b.log, b.explanation)}`).join("\n")
      );
    }
    return builds.some((b) => b.explanation.findings.length > 0);
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}
export {
  explainBuilder
};
