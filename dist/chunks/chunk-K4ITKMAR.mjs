import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  wholeMiBLimits
} from "./chunk-YFFWD4CL.mjs";
import {
  DAEMON_FLOOR_BYTES
} from "./chunk-UT3EMDMA.mjs";
import {
  buildxConfigDir
} from "./chunk-N2JQBVX2.mjs";
import {
  existsSync
} from "./chunk-SOOFRGCY.mjs";
import {
  InputError,
  formatSize
} from "./chunk-LGCTJYX5.mjs";

// src/bind/bind-plan.ts
import { homedir } from "node:os";
import { join } from "node:path";
async function bindPlannedLimit(plan, request, holder, options = {}) {
  const explicit = request.builder !== null;
  const none = (why, builder = request.builder ?? "", level = "warning") => {
    if (explicit) throw new InputError(`builder "${request.builder}" cannot be bound: ${why}`);
    return { enforcement: "none", builder, why, level };
  };
  const { memoryBytes, swapBytes } = wholeMiBLimits(plan.build.bytes, request.memorySwapBytes);
  if (memoryBytes < DAEMON_FLOOR_BYTES) {
    return none(
      `the build memory ${formatSize(memoryBytes)} is below the ${formatSize(DAEMON_FLOOR_BYTES)} a builder needs: its BuildKit daemon runs inside the limit and would be OOM-killed`
    );
  }
  if (!explicit && !buildxBuilderChosen(process.env)) {
    return none(
      "no buildx builder was chosen (docker buildx use, BUILDX_BUILDER), so the current one is the engine\u2019s own BuildKit, which docker update cannot bind",
      "default",
      "notice"
    );
  }
  const { BindError, NoBuildxError, bindBuilder, describeLimits } = await import("./lazy-bind-bind-builder.mjs");
  let result;
  let intent = null;
  try {
    result = await bindBuilder(request.builder, { memoryBytes, memorySwapBytes: swapBytes }, holder, {
      ...options,
      mode: request.mode,
      onIntent: (saved) => {
        intent = saved;
        options.onIntent?.(saved);
      }
    });
  } catch (error) {
    if (error instanceof NoBuildxError) return none(`this machine has no docker buildx (${error.message}), so there is no builder to bind`, "", "notice");
    if (!(error instanceof BindError)) throw error;
    if (error.changed && intent)
      return { enforcement: "none", builder: request.builder ?? intent.builder, why: error.message, level: "warning", unsure: intent };
    return none(error.message);
  }
  if (result.bound === null) {
    const instead = result.fallback ? "; create a docker-container builder first (docker/setup-buildx-action, or docker buildx create --driver docker-container --use), or let docker-memory run the build (context: in the action, docker-memory build), which binds the engine\u2019s own BuildKit another way" : "";
    return none(`${result.reason}${instead}`, result.builder ?? "");
  }
  const b = result.bound;
  return {
    enforcement: "builder",
    builder: b.builder,
    saved: { builder: b.builder, container: b.container, containerId: b.containerId, volume: b.volume, original: b.original },
    message: `bound builder ${b.builder} by docker update of its container ${b.container} (one limit for all its build steps together): ${describeLimits(b.limits)}, was ${describeLimits(b.before)}${b.note ? `; ${b.note}` : ""}`,
    warning: b.warning,
    note: b.note,
    limits: b.limits,
    before: b.before
  };
}
function buildxBuilderChosen(env) {
  if (env.BUILDX_BUILDER) return true;
  const dir = buildxConfigDir({ ...env, HOME: env.HOME || homedir() });
  return dir !== null && existsSync(join(dir, "current"));
}
function parseSavedBinding(text) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const isLimits = (l) => typeof l === "object" && l !== null && Number.isFinite(l.memoryBytes) && Number.isFinite(l.memorySwapBytes);
  const strings = [v?.builder, v?.container, v?.containerId, v?.volume].every((s) => typeof s === "string" && s !== "");
  return strings && isLimits(v.original) ? v : null;
}

export {
  bindPlannedLimit,
  parseSavedBinding
};
