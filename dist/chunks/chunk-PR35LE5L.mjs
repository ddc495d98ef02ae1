import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  configuredParallelism
} from "./chunk-EDRH2X7U.mjs";
import {
  askEngine
} from "./chunk-5LQ7LA22.mjs";
import {
  captureDocker,
  lastLine
} from "./chunk-XAGP5UWU.mjs";
import {
  dockerEndpoint
} from "./chunk-LGCTJYX5.mjs";

// src/core/build/tar-file.ts
function firstFileOfTar(archive) {
  if (archive.length < 512) return null;
  const field = (offset, length) => new TextDecoder("latin1").decode(archive.subarray(offset, offset + length)).replace(/\0.*$/s, "").trim();
  const type = field(156, 1);
  const size = field(124, 12);
  if (type !== "" && type !== "0" || !/^[0-7]+$/.test(size)) return null;
  const bytes = parseInt(size, 8);
  if (archive.length < 512 + bytes) return null;
  return new TextDecoder().decode(archive.subarray(512, 512 + bytes));
}

// src/build/builder-config.ts
var CONFIG_IN_CONTAINER = "/etc/buildkit/buildkitd.toml";
async function readBuilderParallelism(container) {
  const copied = await copyOverSocket(container);
  if (copied !== null) return copied;
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
async function copyOverSocket(container) {
  const endpoint = dockerEndpoint(process.env);
  if (endpoint.path !== "socket") return null;
  const path = `/containers/${encodeURIComponent(container)}/archive?path=${encodeURIComponent(CONFIG_IN_CONTAINER)}`;
  const a = await askEngine(endpoint.socket, { method: "GET", path, print: "nothing", subject: container }, { timeoutMs: 2e4, bytes: true });
  if (a.status === 200) {
    const text = firstFileOfTar(a.raw ?? new Uint8Array());
    return text === null ? null : { known: true, maxParallelism: configuredParallelism(text) };
  }
  if (a.status === 404 && /could not find the file/i.test(a.body)) return { known: true, maxParallelism: null };
  return null;
}

export {
  readBuilderParallelism,
  parallelismNote
};
