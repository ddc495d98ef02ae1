import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/plan/on-insufficient.ts
function stopsForInsufficient(plan) {
  return plan.status === "insufficient" && plan.onInsufficient !== "warn";
}

export {
  stopsForInsufficient
};
