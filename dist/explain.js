import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunks/chunk-3HUT734X.js";
import {
  explainSavedLog
} from "./chunks/chunk-MKOAN3BV.js";
import {
  publishExplanation
} from "./chunks/chunk-FNMJEII5.js";
import "./chunks/chunk-G4AZ5TKN.js";
import "./chunks/chunk-Z6TKMF2N.js";
import {
  InputError
} from "./chunks/chunk-DKWBHJTO.js";
import {
  getInput,
  setFailed,
  setOutput
} from "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/explain.ts
async function runExplain() {
  try {
    const logPath = getInput("log");
    if (logPath === "") throw new InputError("log is required: the path of the saved build log");
    const file = getInput("file") || null;
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const { explanation, summary } = await explainSavedLog(logPath, file, workspace);
    setOutput("oom-killed", String(explanation.findings.length > 0));
    setOutput("annotations", String(explanation.annotations.length));
    await publishExplanation(explanation.annotations, summary);
  } catch (error) {
    setFailed(error instanceof InputError ? error.message : `docker-memory-action explain failed: ${error.message}`);
  }
}

// src/entries/explain.ts
await runExplain();
