// How long and how much the Teams endpoint waits for a request. Node's defaults hold a connection whose
// headers never finish for 60 s (plus up to 30 s until the check runs) and a body for 300 s; the Bot
// Framework sends small activities from Azure and wants an answer within 15 s, so these are tight.
//
// Body: Microsoft documents about 28 KB for a Teams chat post and 100 KB for a bot message; an activity
// carries the text twice (plain and as an HTML attachment) besides its entities and channel data, and
// card actions carry at most the card's inputs. 256 KiB is more than any of these and still small.
import { createServer, type RequestListener, type Server } from "node:http";

export interface HttpLimits {
  headersTimeoutMs: number;
  /** Until the whole request (headers and body) has arrived. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  bodyLimitBytes: number;
}

export const TEAMS_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  bodyLimitBytes: 256 * 1024,
};

/** Node checks the two request timeouts on this interval: every second, so they hold to within one. */
const CHECK_INTERVAL_MS = 1_000;

export function createLimitedServer(listener: RequestListener, limits: HttpLimits): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(CHECK_INTERVAL_MS, limits.headersTimeoutMs),
    },
    listener,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  return server;
}
