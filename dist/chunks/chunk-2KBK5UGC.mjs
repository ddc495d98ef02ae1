import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GiB,
  MiB
} from "./chunk-LGCTJYX5.mjs";

// src/core/render/markdown.ts
var INLINE = /[\\`*_~[\]|$]/g;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var BREAKS = /\r\n|[\r\n\u2028\u2029\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
var LINE_START = /^([#+\-=]|\d{1,9}[.)](?=[ \t]|$))/;
function mdText(text) {
  const line = text.replace(BREAKS, " ").replace(/^[ \t]+/, "");
  const escaped = line.replace(/[&<>]/g, (c) => HTML[c]).replace(INLINE, (c) => `\\${c}`).replace(/:(?=\/\/)/g, "\\:").replace(/\b(www)\./gi, "$1\\.").replace(/@/g, "\\@");
  return escaped.replace(LINE_START, (mark) => `${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}
function mdCode(text, inTable = false) {
  let line = text.replace(BREAKS, " ");
  if (line === "") return "";
  if (inTable) line = line.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = line.startsWith("`") || line.endsWith("`") || line.startsWith(" ") && line.endsWith(" ") && line.trim() !== "" ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function mermaidText(text) {
  const MERMAID = { '"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;" };
  return text.replace(BREAKS, " ").replace(/["#<>&`]/g, (c) => MERMAID[c]);
}

// src/core/render/chart-scale.ts
function chartScale(top) {
  if (top >= GiB) {
    const value2 = (b) => Number((b / GiB).toFixed(2));
    return { unit: "GiB", value: value2, axisTop: Math.ceil(top * 1.05 / GiB * 10) / 10 };
  }
  const value = (b) => Math.round(b / MiB);
  return { unit: "MiB", value, axisTop: value(top * 1.05) + 1 };
}

export {
  mdText,
  mdCode,
  mermaidText,
  chartScale
};
