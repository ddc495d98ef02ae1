import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readExplainInputs
} from "./chunks/chunk-C2FF3SHJ.js";
import "./chunks/chunk-3LVJYKUS.js";
import "./chunks/chunk-L3VFIKAC.js";
import "./chunks/chunk-D6WODPGA.js";
import {
  publishExplanation
} from "./chunks/chunk-SG5N22HC.js";
import {
  explainSavedLog
} from "./chunks/chunk-PNRU276Q.js";
import "./chunks/chunk-TLJHTHWQ.js";
import "./chunks/chunk-MGUD6JDD.js";
import "./chunks/chunk-HD5ILCZ2.js";
import "./chunks/chunk-FNELGK2D.js";
import "./chunks/chunk-N6MMGZBE.js";
import {
  setFailed,
  setOutput
} from "./chunks/chunk-2LN3O3ZK.js";
import "./chunks/chunk-MEOPLWEQ.js";
import "./chunks/chunk-UZYQOPRT.js";
import "./chunks/chunk-662LQ7HR.js";
import "./chunks/chunk-DFVHCUKD.js";
import "./chunks/chunk-SVKCMDEF.js";
import "./chunks/chunk-DUVUTQT3.js";
import "./chunks/chunk-RXYM5UYZ.js";
import "./chunks/chunk-SRSUN243.js";
import "./chunks/chunk-K4656TKS.js";
import "./chunks/chunk-YH6U5J26.js";
import "./chunks/chunk-6RR46GWK.js";
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
