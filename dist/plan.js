import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-JFV6PJBB.js";
import "./chunks/chunk-IS2JKPTC.js";
import "./chunks/chunk-ST45AKNT.js";
import "./chunks/chunk-H6ZT3IAD.js";
import "./chunks/chunk-2VXQ2JEJ.js";
import "./chunks/chunk-LN23EWAG.js";
import "./chunks/chunk-X2V3EDQ2.js";
import "./chunks/chunk-HQQPEYZU.js";
import "./chunks/chunk-ZU3LXC4Z.js";
import "./chunks/chunk-OSQETUME.js";
import "./chunks/chunk-KYX5AYJT.js";
import "./chunks/chunk-UYF65J45.js";
import "./chunks/chunk-K3I6FKN7.js";
import "./chunks/chunk-UERQUYBW.js";
import "./chunks/chunk-FQWTZ246.js";
import "./chunks/chunk-IBLGCQKF.js";
import "./chunks/chunk-XH6RSTZL.js";
import "./chunks/chunk-SVGQNIW7.js";
import "./chunks/chunk-4ADG4MZF.js";
import "./chunks/chunk-SVFD3DR3.js";
import "./chunks/chunk-FNMJEII5.js";
import "./chunks/chunk-TA7IWXW6.js";
import "./chunks/chunk-CQZTYOTY.js";
import "./chunks/chunk-HZVVQHPO.js";
import "./chunks/chunk-CIXAKSAZ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/entries/plan.ts
await run("plan-only");
