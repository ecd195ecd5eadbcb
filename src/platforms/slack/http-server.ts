// The HTTP side of Bolt's own HTTPReceiver. Bolt parses, verifies the v0 signature, rejects stale
// timestamps and acks; we own only the socket, so that the bound port is known (port 0 in tests) and
// so that one check Bolt leaves out is made: a timestamp too far in the future. Bolt 5.1.0 rejects a
// timestamp older than 5 minutes but accepts any later one; Slack's rule is "differs from now by at
// most 5 minutes", and a signed request dated ahead could be replayed until that date.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "pino";

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
export const LISTEN_BACKLOG = 4096;

function timestampTooNew(req: IncomingMessage, nowMs: number): boolean {
  const header = req.headers["x-slack-request-timestamp"];
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  // Missing or malformed timestamps are Bolt's to refuse.
  return Number.isFinite(seconds) && seconds > Math.floor(nowMs / 1000) + MAX_CLOCK_SKEW_SECONDS;
}

export interface ListeningServer {
  address(): AddressInfo;
  close(): Promise<void>;
}

export async function listen(
  receiver: HTTPReceiver,
  port: number,
  logger: Logger,
  now: () => number = Date.now,
): Promise<ListeningServer> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (timestampTooNew(req, now())) {
      logger.warn({ path: req.url }, "slack request refused: timestamp in the future");
      req.resume();
      res.writeHead(401).end();
      return;
    }
    try {
      receiver.requestListener(req, res);
    } catch {
      // Bolt throws for a path it does not serve.
      res.writeHead(404).end();
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A burst opens many connections at once; Node's default queue of 511 drops the rest, and a
    // dropped connection is retried by its sender only after a second or more.
    server.listen({ port, backlog: LISTEN_BACKLOG }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
