import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readExplainInputs
} from "./chunks/chunk-7L2NSSIQ.js";
import "./chunks/chunk-3LVJYKUS.js";
import "./chunks/chunk-L3VFIKAC.js";
import "./chunks/chunk-3QO5VX3A.js";
import {
  explainSavedLog
} from "./chunks/chunk-WLOWZR3E.js";
import "./chunks/chunk-JQRJTU67.js";
import "./chunks/chunk-PSKYWFOJ.js";
import {
  publishExplanation
} from "./chunks/chunk-SG5N22HC.js";
import "./chunks/chunk-2PK6SNWP.js";
import "./chunks/chunk-N6MMGZBE.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-2LN3O3ZK.js";
import "./chunks/chunk-U72LPSCJ.js";
import "./chunks/chunk-MJFLHNEC.js";
import "./chunks/chunk-X3QMCHHF.js";
import "./chunks/chunk-K5RE5TFB.js";
import "./chunks/chunk-TIYD2SRG.js";
import "./chunks/chunk-J3Y7N3ZZ.js";
import "./chunks/chunk-SRSUN243.js";
import "./chunks/chunk-FWRNM3YZ.js";
import {
  InputError
} from "./chunks/chunk-J3GXGRKE.js";
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
