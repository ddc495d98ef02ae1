import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/core/explain/find-instruction.ts
function normalize(text) {
  return text.replace(/\s+/g, " ").trim();
}
function findInstruction(instructions, step) {
  const printed = normalize(step.instruction);
  const keyword = printed.split(" ")[0]?.toUpperCase();
  const atPosition = (i) => step.id.startsWith("Step ") ? i.indexInFile === step.index : i.indexInStage === step.index && i.stage === (step.stage ?? i.stage);
  const byText = instructions.filter((i) => i.keyword === keyword && sameInstruction(i, printed));
  if (byText.length === 1) return byText[0];
  if (byText.length > 1) return byText.find(atPosition) ?? byText[0];
  const byPosition = instructions.filter((i) => i.keyword === keyword && atPosition(i));
  return byPosition.length === 1 ? byPosition[0] : null;
}
function sameInstruction(instruction, printed) {
  if (instruction.text === printed) return true;
  return instruction.firstLine.includes("<<") && printed.startsWith(instruction.firstLine);
}
function instructionAtLine(instructions, line) {
  return instructions.find((i) => i.startLine <= line && line <= i.endLine) ?? null;
}

export {
  normalize,
  findInstruction,
  instructionAtLine
};
