import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunks/chunk-MJFV5NM5.js";
import {
  explainSavedLog
} from "./chunks/chunk-27KTDQCJ.js";
import "./chunks/chunk-NPUD6Y25.js";
import {
  publishExplanation
} from "./chunks/chunk-FP52SNI5.js";
import "./chunks/chunk-KLBRRUF4.js";
import {
  readExplainInputs
} from "./chunks/chunk-GQRJ2GYE.js";
import "./chunks/chunk-2O7CEPVO.js";
import "./chunks/chunk-FWJHVCR3.js";
import "./chunks/chunk-DU57UGWW.js";
import "./chunks/chunk-MB53LZGS.js";
import "./chunks/chunk-4AB2IO7X.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-H3JFNL6M.js";
import "./chunks/chunk-YZ5ZNBAJ.js";
import "./chunks/chunk-BBK5DGQI.js";
import "./chunks/chunk-GTS2FVTB.js";
import "./chunks/chunk-KD2RUOUU.js";
import "./chunks/chunk-3NKCQ3B5.js";
import "./chunks/chunk-RIM6E7OU.js";
import "./chunks/chunk-PTSD4TEZ.js";
import "./chunks/chunk-U72LPSCJ.js";
import {
  InputError
} from "./chunks/chunk-W5HBJGWY.js";
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
