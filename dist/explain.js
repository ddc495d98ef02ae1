import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunks/chunk-4KLMU7DJ.js";
import {
  explainSavedLog
} from "./chunks/chunk-QDLUOZNQ.js";
import "./chunks/chunk-UIYMFTGD.js";
import {
  publishExplanation
} from "./chunks/chunk-FP52SNI5.js";
import {
  readExplainInputs
} from "./chunks/chunk-MCOV7Q3E.js";
import "./chunks/chunk-AAPK7QRY.js";
import "./chunks/chunk-5N5QSZHJ.js";
import "./chunks/chunk-LIZCAJBI.js";
import "./chunks/chunk-GK5YC4K2.js";
import "./chunks/chunk-QDICOEX5.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-H3JFNL6M.js";
import "./chunks/chunk-UD67SEHH.js";
import "./chunks/chunk-IMTXDPP5.js";
import "./chunks/chunk-USM7WWNW.js";
import "./chunks/chunk-PE6NIHMS.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-FNQ34GPI.js";
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
