import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  info,
  notice,
  warning
} from "./chunk-VY553U4K.mjs";
import {
  parallelismNote,
  readBuilderParallelism
} from "./chunk-PR35LE5L.mjs";
import "./chunk-EDRH2X7U.mjs";
import "./chunk-5LQ7LA22.mjs";
import "./chunk-XAGP5UWU.mjs";
import "./chunk-KAXZBJJY.mjs";
import "./chunk-TW4NVU7A.mjs";
import "./chunk-MX6IBTS5.mjs";
import "./chunk-SOOFRGCY.mjs";
import "./chunk-NBHFA7NI.mjs";
import "./chunk-LGCTJYX5.mjs";
import "./chunk-ZEMHNOYJ.mjs";

// src/action/parallelism.ts
async function noteBuilderParallelism(builder, container, plan) {
  const note = parallelismNote(builder, await readBuilderParallelism(container), plan.parallelism.maxParallelism);
  if (note === null) return info(`builder ${builder} runs with the planned max-parallelism ${plan.parallelism.maxParallelism}`);
  if (note.level === "warning") warning(note.message, { title: "Docker build parallelism" });
  else notice(note.message, { title: "Docker build parallelism" });
}
export {
  noteBuilderParallelism
};
