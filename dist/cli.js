#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// required-when-imported:./cli-plan-detect.js
var require_cli_plan_detect = __commonJS({
  "required-when-imported:./cli-plan-detect.js"(exports2, module3) {
    module3.exports = require("./cli-plan-detect.js");
  }
});

// required-when-imported:./cli-explain.js
var require_cli_explain = __commonJS({
  "required-when-imported:./cli-explain.js"(exports2, module3) {
    module3.exports = require("./cli-explain.js");
  }
});

// src/entries/cli.ts
var import_node_module = __toESM(require("node:module"), 1);
var import_docker = require("./shared.js");
var args = process.argv.slice(2);
var runPlanOrDetect = () => void Promise.resolve().then(() => __toESM(require_cli_plan_detect(), 1)).then((planOrDetect) => planOrDetect.runPlanOrDetect(process.argv));
if (args[0] === "explain") void Promise.resolve().then(() => __toESM(require_cli_explain(), 1)).then((explain) => explain.runExplain(process.argv));
else if (args[0] !== "plan" && args[0] !== "detect") void import("./chunks/lazy-cli-program.mjs").then(({ main }) => main(process.argv));
else if (args.some((a) => a === "--no-docker" || a.startsWith("--total-memory"))) runPlanOrDetect();
else (0, import_docker.probeDockerEarly)(runPlanOrDetect);
if (typeof import_node_module.default.enableCompileCache === "function") import_node_module.default.enableCompileCache();
