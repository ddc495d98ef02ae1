import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readExplainInputs
} from "./chunks/chunk-KTR4IIIZ.js";
import "./chunks/chunk-7SFIH3JI.js";
import {
  explainSavedLog
} from "./chunks/chunk-QDLUOZNQ.js";
import "./chunks/chunk-ITSQ4KTE.js";
import "./chunks/chunk-GK5YC4K2.js";
import "./chunks/chunk-V4EOSY4Q.js";
import "./chunks/chunk-UIYMFTGD.js";
import "./chunks/chunk-WQ665HPS.js";
import "./chunks/chunk-LIZCAJBI.js";
import "./chunks/chunk-UD67SEHH.js";
import "./chunks/chunk-ERNSZIYP.js";
import "./chunks/chunk-4ZWLNNTZ.js";
import "./chunks/chunk-4JHAEORE.js";
import "./chunks/chunk-Z6TKMF2N.js";
import "./chunks/chunk-ILETIPPI.js";
import {
  InputError
} from "./chunks/chunk-DKWBHJTO.js";
import {
  publishExplanation
} from "./chunks/chunk-3NJ4QMWT.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-CHXX7HMV.js";
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
