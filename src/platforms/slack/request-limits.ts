// How long and how large a request to the Slack endpoint may be, and reading a body within that limit.
// Slack waits 3 seconds for an ack and then gives up on the request, so a client that takes longer to
// send its headers or its body is not Slack, or is one whose answer nobody waits for any more; Node's
// defaults would hold such a connection open for a minute or more (headers) and five minutes (body).
// The largest bodies Slack sends us are interactions that carry a view or message we drew: a full
// 100-block App Home comes to about 80 kB form-encoded, a 50-block message at Slack's 3,000 characters
// a block to about 450 kB; 1 MiB leaves room above both, a quarter of the 4 MB Bolt buffers by default
// before it checks the signature. Nothing here depends on the server that mounts the endpoint.
import type { IncomingMessage, ServerOptions } from "node:http";

export const SLACK_REQUEST_LIMITS = {
  /** From the first byte of a request until its headers are complete. */
  headersTimeoutMs: 5_000,
  /** From the first byte of a request until its body is complete. */
  requestTimeoutMs: 10_000,
  /** How often Node checks the two timeouts: how late, at most, a slow client is cut off. */
  checkIntervalMs: 1_000,
  bodyLimitBytes: 1024 * 1024,
} as const;

export type RequestLimits = typeof SLACK_REQUEST_LIMITS;

/** Keep-alive outlasts the 60 s idle timeout of common load balancers, so they close first. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The options of an HTTP server that enforces the limits' timeouts (Node answers 408 and closes). */
export function serverOptions(limits: RequestLimits = SLACK_REQUEST_LIMITS): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
  };
}

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: "too_large" | "aborted" };

/**
 * The request's body when it is at most `maxBytes`. A body announced larger (Content-Length) is refused
 * before a byte of it is read; a longer chunked body as soon as it passes the limit, and the rest is left
 * unread. Either way the caller answers 413 and closes the connection.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const announced = Number(req.headers["content-length"] ?? 0);
  if (announced > maxBytes) return Promise.resolve({ ok: false, reason: "too_large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      req.off("data", onData).off("end", onEnd).off("close", onClose).off("error", onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.pause();
        finish({ ok: false, reason: "too_large" });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) });
    // The client went away, or Node cut it off at the request timeout (and answered 408 itself).
    const onClose = () => finish({ ok: false, reason: "aborted" });
    req.on("data", onData).on("end", onEnd).on("close", onClose).on("error", onClose);
  });
}
