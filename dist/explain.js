import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunks/chunk-RRW3TJRE.js";
import {
  explainSavedLog
} from "./chunks/chunk-GODU6I76.js";
import "./chunks/chunk-JV7FACDQ.js";
import {
  publishExplanation
} from "./chunks/chunk-FP52SNI5.js";
import "./chunks/chunk-CO5LZ6RV.js";
import {
  readExplainInputs
} from "./chunks/chunk-JWWZYGYX.js";
import "./chunks/chunk-DG67FVW3.js";
import "./chunks/chunk-5N5QSZHJ.js";
import "./chunks/chunk-GK5YC4K2.js";
import "./chunks/chunk-LIZCAJBI.js";
import "./chunks/chunk-IPDEMLOT.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-H3JFNL6M.js";
import "./chunks/chunk-UD67SEHH.js";
import "./chunks/chunk-SWSXXWDO.js";
import "./chunks/chunk-GUCHM4MG.js";
import "./chunks/chunk-SWSMRKJQ.js";
import "./chunks/chunk-FNQ34GPI.js";
import "./chunks/chunk-JUE2CILG.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-ILETIPPI.js";
import {
  InputError
} from "./chunks/chunk-DKWBHJTO.js";
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
