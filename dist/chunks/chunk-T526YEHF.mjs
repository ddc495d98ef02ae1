import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  configuredParallelism
} from "./chunk-PFOJEMQB.mjs";
import {
  captureDocker,
  lastLine
} from "./chunk-JBBGU233.mjs";

// src/build/builder-config.ts
var CONFIG_IN_CONTAINER = "/etc/buildkit/buildkitd.toml";
async function readBuilderParallelism(container) {
  const r = await captureDocker(["exec", container, "cat", CONFIG_IN_CONTAINER], { timeoutMs: 2e4 });
  if (r.code === 0) return { known: true, maxParallelism: configuredParallelism(r.stdout) };
  if (/no such file/i.test(r.stderr)) return { known: true, maxParallelism: null };
  return { known: false, why: lastLine(r.stderr || r.stdout) || r.spawnError || `docker exec exit code ${r.code}` };
}
function parallelismNote(builder, has, planned) {
  const how = `create the builder with the plan's buildkitd-config output (docker/setup-buildx-action's buildkitd-config-inline) to apply it`;
  if (!has.known)
    return { level: "warning", message: `builder ${builder}'s max-parallelism could not be read (${has.why}); the plan would set ${planned}: ${how}` };
  if (has.maxParallelism === planned) return null;
  const now = has.maxParallelism === null ? "no max-parallelism (BuildKit runs every ready step at once)" : `max-parallelism ${has.maxParallelism}`;
  return {
    level: has.maxParallelism !== null && has.maxParallelism < planned ? "notice" : "warning",
    message: `builder ${builder} runs with ${now}, and a running builder's config cannot be changed; the plan would set ${planned}: ${how}`
  };
}

export {
  readBuilderParallelism,
  parallelismNote
};
