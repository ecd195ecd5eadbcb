// The HTTP side of Bolt's own HTTPReceiver. Bolt parses, verifies the v0 signature and acks; the shared
// server (src/http/server.ts) owns the socket, so that slow and oversized requests are cut off
// (request-limits.ts) before Bolt buffers anything, and we refuse before Bolt what it lets
// through: a timestamp that is not a plain integer within five minutes of now. Bolt 5.1.0 reads the
// header with Number(), so `Infinity` (never stale), `0x…` or `17….0` pass its staleness check, and it
// accepts any timestamp ahead of now; Slack's rule is "differs from now by at most 5 minutes", and a
// signed request dated ahead could be replayed until that date.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { BufferedIncomingMessage, HTTPReceiver } from "@slack/bolt";
import type { Logger } from "pino";
import { refuseAndLinger } from "../../http/lingering-close.ts";
import { type RequestLimits, readBody, SLACK_REQUEST_LIMITS } from "./request-limits.ts";

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
const PLAIN_INTEGER = /^(?:0|[1-9][0-9]{0,15})$/;

/**
 * Why a request's X-Slack-Request-Timestamp is refused, or undefined when it is a plain integer of
 * seconds within MAX_CLOCK_SKEW_SECONDS of now. A missing header is left to Bolt, which refuses it
 * except on Slack's unsigned ssl_check.
 */
export function timestampProblem(header: string | string[] | undefined, nowMs: number): string | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header.join(", ") : header;
  if (!PLAIN_INTEGER.test(value)) return "not a plain integer";
  const skew = Number(value) - Math.floor(nowMs / 1000);
  if (skew > MAX_CLOCK_SKEW_SECONDS) return "in the future";
  if (skew < -MAX_CLOCK_SKEW_SECONDS) return "too old";
  return undefined;
}

/** Refuses a request without reading the rest of it; the connection is closed after the answer. */
function refuse(res: ServerResponse, status: 401 | 413): void {
  refuseAndLinger(res, status);
}

/**
 * POST /slack/events as a node:http listener to mount on the shared server (src/http/server.ts), whose
 * timeouts are the limits' (serverOptions): the timestamp and body checks, then Bolt.
 */
export function slackRequestListener(
  receiver: HTTPReceiver,
  logger: Logger,
  now: () => number = Date.now,
  limits: RequestLimits = SLACK_REQUEST_LIMITS,
): RequestListener {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const problem = timestampProblem(req.headers["x-slack-request-timestamp"], now());
    if (problem) {
      logger.warn({ path: req.url, problem }, "slack request refused: timestamp");
      refuse(res, 401);
      return;
    }
    const read = await readBody(req, limits.bodyLimitBytes);
    if (!read.ok && read.reason === "too_large") {
      logger.warn({ path: req.url, limit: limits.bodyLimitBytes }, "slack request refused: body too large");
      refuse(res, 413);
      return;
    }
    if (!read.ok) {
      // Gone, or cut off at the request timeout (Node has answered 408): nothing left to answer.
      logger.warn({ path: req.url }, "slack request ended before its body arrived");
      return;
    }
    // Bolt takes a body that is already read as it is (BufferedIncomingMessage) and verifies it.
    (req as BufferedIncomingMessage).rawBody = read.body;
    try {
      receiver.requestListener(req, res);
    } catch {
      // Bolt throws for a path it does not serve.
      res.writeHead(404).end();
    }
  };
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, path: req.url }, "slack request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
}
