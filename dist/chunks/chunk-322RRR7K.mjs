import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  error,
  notice,
  summary,
  warning
} from "./chunk-VY553U4K.mjs";

// src/explain/publish.ts
async function publishExplanation(annotations, summary2) {
  for (const a of annotations) {
    const properties = { file: a.file, startLine: a.startLine, endLine: a.endLine };
    const message = `${a.title}. ${a.message}`;
    if (a.level === "error") error(message, properties);
    else if (a.level === "warning") warning(message, properties);
    else notice(message, properties);
  }
  if (summary2 !== null && process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
}

export {
  publishExplanation
};
