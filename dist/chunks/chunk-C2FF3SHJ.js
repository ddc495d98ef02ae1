import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  getInput
} from "./chunk-2LN3O3ZK.js";
import {
  parseBoolean
} from "./chunk-SVKCMDEF.js";
import {
  InputError
} from "./chunk-J3GXGRKE.js";

// src/action/inputs.ts
function oomWatch(read = (name) => getInput(name)) {
  return parseBoolean(read("oom-watch") || "true", "oom-watch");
}
function readExplainInputs() {
  const logPath = getInput("log");
  if (logPath === "") throw new InputError("log is required: the path of the saved build log");
  return { logPath, file: getInput("file") || null };
}

export {
  oomWatch,
  readExplainInputs
};
