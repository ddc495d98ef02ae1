import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  chooseDockerfile,
  explainBuilds
} from "./chunk-BSWMN3YR.mjs";
import {
  analyzeLogFileBuilds,
  readDockerfile,
  readGivenDockerfile
} from "./chunk-ASKJ77OO.mjs";
import {
  readdirSync
} from "./chunk-SOOFRGCY.mjs";

// src/explain/saved-log.ts
import path from "node:path";
var MAX_DIRS = 2e3;
var MAX_DEPTH = 6;
async function explainSavedLogBuilds(logPath, files, workspace) {
  const given = [];
  for (const file of files) {
    given.push(await readGivenDockerfile(workspace, file));
  }
  const logs = analyzeLogFileBuilds(logPath);
  const problems = [];
  const searched = /* @__PURE__ */ new Map();
  const builds = [];
  for (const log of logs) {
    const name = log.dockerfileName;
    let choice = chooseDockerfile(
      name,
      given.map((g) => g.path),
      logs.length === 1,
      null
    );
    if (choice.search && name !== null) {
      if (!searched.has(name)) searched.set(name, findInWorkspace(workspace, path.basename(name)));
      choice = chooseDockerfile(
        name,
        given.map((g) => g.path),
        logs.length === 1,
        searched.get(name)
      );
    }
    if (choice.problem && !problems.includes(choice.problem)) problems.push(choice.problem);
    const dockerfile = choice.path === null ? null : given.find((g) => g.path === choice.path) ?? await readDockerfile(workspace, choice.path);
    builds.push({ log, dockerfile });
  }
  return { ...explainBuilds(builds, null), problems };
}
function findInWorkspace(workspace, name) {
  const found = [];
  let level = [workspace];
  let dirs = 0;
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0 && dirs < MAX_DIRS; depth++) {
    const next = [];
    for (const dir of level) {
      if (++dirs > MAX_DIRS) break;
      let entries = [];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
      }
      for (const e of entries) {
        if (e.isFile() && e.name === name) found.push(path.relative(workspace, path.join(dir, e.name)).split(path.sep).join("/"));
        else if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") next.push(path.join(dir, e.name));
      }
    }
    level = next;
  }
  return found.sort();
}

export {
  explainSavedLogBuilds
};
