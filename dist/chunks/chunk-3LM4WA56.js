import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/print.ts
import { writeSync } from "node:fs";
function print(text) {
  const bytes = Buffer.from(text);
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (error) {
    const code = error.code;
    if (code === "EAGAIN") process.stdout.write(bytes.subarray(done));
    else if (code !== "EPIPE") throw error;
  }
}

export {
  print
};
