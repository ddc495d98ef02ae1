import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readExplainInputs
} from "./chunks/chunk-CKNII22C.js";
import "./chunks/chunk-RDOR5HT2.js";
import {
  explainSavedLog
} from "./chunks/chunk-PPTGOEJJ.js";
import "./chunks/chunk-3U4EGUJ6.js";
import "./chunks/chunk-GK5YC4K2.js";
import "./chunks/chunk-4OORWAWV.js";
import "./chunks/chunk-UIYMFTGD.js";
import "./chunks/chunk-WQ665HPS.js";
import "./chunks/chunk-LIZCAJBI.js";
import "./chunks/chunk-5QXSUBBE.js";
import "./chunks/chunk-WSLQKRZZ.js";
import "./chunks/chunk-YZLJPTLL.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-ILETIPPI.js";
import {
  InputError
} from "./chunks/chunk-DKWBHJTO.js";
import {
  publishExplanation
} from "./chunks/chunk-Y6URSY3P.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-JVO5Y4ZR.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/action/explain.ts
async function runExplain() {
  try {
    const { logPath, file } = readExplainInputs();
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
