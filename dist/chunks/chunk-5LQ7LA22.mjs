import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/bind/engine-socket.ts
import { connect } from "node:net";

// src/core/http-response.ts
function parseHttpResponse(raw) {
  const bytesAsText = new TextDecoder("latin1").decode(raw);
  const headEnd = bytesAsText.indexOf("\r\n\r\n");
  if (headEnd < 0) return null;
  const [statusLine, ...headerLines] = bytesAsText.slice(0, headEnd).split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(statusLine);
  if (!status) return null;
  const headers = new Map(headerLines.map((l) => [l.slice(0, l.indexOf(":")).trim().toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
  if (headers.has("transfer-encoding")) return null;
  let body = raw.subarray(headEnd + 4);
  const length = headers.get("content-length");
  if (length !== void 0) {
    if (!/^\d+$/.test(length) || body.length < Number(length)) return null;
    body = body.subarray(0, Number(length));
  }
  return { status: Number(status[1]), body: new TextDecoder().decode(body) };
}

// src/bind/engine-socket.ts
function askEngine(socketPath, request, options) {
  return new Promise((resolve) => {
    const body = request.body === void 0 ? "" : JSON.stringify(request.body);
    const head = [`${request.method} ${request.path} HTTP/1.0`, "Host: docker"];
    if (request.body !== void 0) head.push("Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`);
    const chunks = [];
    let connected = false;
    let settled = false;
    const finish = (answer) => {
      if (settled) return;
      settled = true;
      stopTimer();
      options.cancel?.removeEventListener("abort", onCancel);
      socket.destroy();
      resolve(answer);
    };
    const fail = (error, how = {}) => finish({ status: null, error, timedOut: how.timedOut ?? false, cancelled: how.cancelled ?? false, unreachable: how.unreachable ?? false });
    const onCancel = () => fail("cancelled", { cancelled: true });
    const socket = connect(socketPath, () => {
      connected = true;
      socket.write(`${head.join("\r\n")}\r
\r
${body}`);
    });
    const idle = (ms, expire) => {
      socket.setTimeout(ms, expire);
      return () => socket.setTimeout(0);
    };
    const stopTimer = (options.timer ?? idle)(options.timeoutMs, () => fail("did not answer in time", { timedOut: true }));
    if (options.cancel?.aborted) return onCancel();
    options.cancel?.addEventListener("abort", onCancel, { once: true });
    socket.on("data", (d) => chunks.push(d));
    socket.on(
      "error",
      (e) => fail(`${e.code ?? e.message} (${socketPath})`, { unreachable: !connected && ["ENOENT", "ECONNREFUSED", "ENOTSOCK"].includes(e.code ?? "") })
    );
    socket.on("end", () => {
      const all = Buffer.concat(chunks);
      const res = parseHttpResponse(all);
      if (res === null) fail(`${request.method} ${request.path}: not an HTTP/1.0 answer`);
      else finish(options.bytes ? { ...res, raw: bodyBytes(all) } : res);
    });
  });
}
function bodyBytes(all) {
  const start = all.indexOf("\r\n\r\n") + 4;
  const length = /\r\ncontent-length: *(\d+)/i.exec(all.subarray(0, start).toString("latin1"));
  return all.subarray(start, length ? start + Number(length[1]) : all.length);
}

export {
  askEngine
};
