/**
 * The legacy builder (`DOCKER_BUILDKIT=0`, compose v1, docker before 18.09): `Step 5/7 : RUN
 * make` (before Docker 1.13 `Step 5 : RUN make`, counted from 0), ` ---> Running in <id>`, the
 * step's output, then `The command '/bin/sh -c make' returned a non-zero code: 2` (in docker
 * 1.x `The command [/bin/sh -c make] …`, prefixed by compose's `ERROR: Service 'app' failed to
 * build: `) or `Successfully built <id>`. A pasted tail may hold the final line alone.
 */
import type { Grammar } from './grammar.js'
import { quoted } from '../normalize.js'
import { runInstruction } from '../state.js'

// A module-level pattern is built once, when the module is loaded; the mutation run keeps modules
// loaded between mutants, so a mutant of it is never active. What they match is exercised by
// __tests__/core/explain/legacy.test.ts (steps with and without a total, a container, the final
// line, the noise, look-alikes refused) and the real-world corpus' legacy logs.
// Stryker disable Regex: never active (above)
const STEP = /^Step (\d+)(?:\/(\d+))? : (.*)$/
const RUNNING = /^---> Running in ([0-9a-f]{12,64})$/
const RETURNED = /The command (?:'|‘|\[|")(.*?)(?:'|’|\]|") returned a non-zero code: (\d+)/
/** The legacy builder's own error for a COPY or ADD it could not do (Docker 17.06+). */
const COPY_FAILED = /^(?:COPY|ADD) failed: /
const NOISE = /^(?:---> (?:Using cache|[0-9a-f]{12}\b)|Removing intermediate container|Sending build context to Docker daemon|Successfully tagged)/
// Stryker restore Regex

export const legacy: Grammar = (line, ctx) => {
  let b = ctx.build
  const first = line.charCodeAt(0)
  // The first-byte checks only spare the regexes lines that cannot match them: with the check
  // gone (`true`) every result is the same, so those two mutants are equivalent.
  // Stryker disable next-line ConditionalExpression: equivalent (above)
  if (first === 83 /* S */) {
    const m = STEP.exec(line)
    if (m) {
      const index = Number(m[1])
      // Any step after `Successfully built` or after the build's final error (the legacy builder
      // stops at the first failure), or a step number not above the last one's: the next build
      // (`Step 1/N` again). A success clears legacyCurrent, so only b.succeeded tells.
      const last = b.legacyCurrent?.index ?? null
      if (b.succeeded || b.finalError !== null || (last !== null && index <= last)) b = ctx.startBuild()
      if (b.legacyCurrent) b.legacyCurrent.span.end = b.seq
      const step = b.addStep(`Step ${m[1]}`, m[3], b.seq)
      step.index = index
      step.total = m[2] === undefined ? null : Number(m[2])
      step.result = 'done'
      b.legacyCurrent = step
      return true
    }
    if (line.startsWith('Successfully built')) {
      b.docker = true
      b.succeeded = true
      if (b.legacyCurrent) b.legacyCurrent.span.end = b.seq
      b.legacyCurrent = null
      return true
    }
  }
  // Stryker disable next-line ConditionalExpression: equivalent (the first-byte check above)
  const running = first === 45 /* - */ ? RUNNING.exec(line) : null
  if (running) {
    b.docker = true
    if (b.legacyCurrent) b.legacyCurrent.containerId = running[1]
    return true
  }
  const failed = RETURNED.exec(line)
  if (failed && !quoted(line, failed.index)) {
    b.docker = true
    const instruction = runInstruction(failed[1])
    let step = b.legacyCurrent
    // A tail without its `Step` line: the step is the one the final line names.
    if (!step || step.result === 'error') {
      step = b.addStep(`Step ?${b.steps.size + 1}`, instruction, b.seq)
      step.inferred = true
      b.legacyCurrent = step
    }
    b.finalError ??= line
    b.stepError(step, line)
    return true
  }
  // The build's first error from the daemon (`Error response from daemon: …`, only within a build
  // the log shows: in a job's `docker run` or `docker push` it is no build's) or the builder's own
  // for a COPY or ADD (Docker 17.06+): sending the context failed (a full disk), or the current
  // step did. A line after the build passed, or after its first error, is not read here.
  const daemon = line.startsWith('Error response from daemon: ') && b.docker
  if ((daemon || COPY_FAILED.test(line)) && !b.succeeded && b.finalError === null) {
    b.docker = true
    b.finalError = line
    if (/no space left on device/i.test(line)) b.diskFull = true
    if (b.legacyCurrent) b.stepError(b.legacyCurrent, line)
    // Stryker disable next-line BooleanLiteral: equivalent (no other grammar reads these lines)
    return true
  }
  if (/^ERROR: Service '[^']*' failed to build/.test(line)) {
    b.docker = true
    b.finalError ??= line
    return true
  }
  if (NOISE.test(line)) {
    b.docker = true
    return true
  }
  return false
}
