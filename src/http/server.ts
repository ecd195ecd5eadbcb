// The one HTTP server of `lok serve`, on PORT: GET /healthz, the chat platforms' endpoints that their
// surfaces mount (POST /slack/events, /api/messages), and the public web page for every other path.
// Hono routes; the platforms' endpoints stay plain node:http listeners that get the request untouched
// (Hono neither reads nor drains its body), so each one reads it under its own limit, and answers and
// closes the connection as it always has.
import type { RequestListener, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer, type HttpBindings } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { Hono } from "hono";
import type { Logger } from "pino";
import { SLACK_REQUEST_LIMITS, serverOptions } from "../platforms/slack/request-limits.ts";

/**
 * A burst opens many connections at once; Node's default queue of 511 drops the rest, and a dropped
 * connection is retried by its sender only after a second or more.
 */
export const LISTEN_BACKLOG = 4096;

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function isLoopback(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK.has(host);
}

export interface HttpServerOptions {
  port: number;
  /** Every address when absent (as Node listens by default). */
  host?: string;
  logger: Logger;
  /** Everything no endpoint claims: the public web page. A bare 404 without it. */
  web?: Hono;
  /** Resolves when the service is healthy (the database answers); GET /healthz says so. */
  health?: () => Promise<void>;
}

export interface SharedHttpServer {
  /** The address it binds, as given (undefined: every address). */
  readonly host: string | undefined;
  /** Only a loopback address can reach it. */
  loopbackOnly(): boolean;
  /** Serves `path` with a node:http listener (for the given method, or any). Before listen(). */
  mount(path: string, listener: RequestListener, method?: "POST" | "ALL"): void;
  listen(): Promise<AddressInfo>;
  /** Once listening. */
  address(): AddressInfo | undefined;
  /** The web page's address for a person on this machine, once listening. */
  url(): string | undefined;
  close(): Promise<void>;
}

type Env = { Bindings: HttpBindings };

export function createHttpServer(options: HttpServerOptions): SharedHttpServer {
  const { logger } = options;
  const root = new Hono<Env>();
  const mounted = new Set<string>();
  let listening = false;

  root.get("/healthz", async (c) => {
    try {
      await options.health?.();
      return c.json({ status: "ok" });
    } catch (error) {
      logger.warn({ err: error }, "health check failed");
      return c.json({ status: "unavailable" }, 503);
    }
  });
  const { web } = options;
  root.notFound((c) => (web ? web.fetch(c.req.raw, c.env) : c.body(null, 404)));
  root.onError((error, c) => {
    logger.error({ err: error, path: c.req.path }, "http request failed");
    return c.body(null, 500);
  });

  // The Slack endpoint's timeouts are the tightest any endpoint needs, and no page needs longer.
  const server = createAdaptorServer({
    fetch: root.fetch,
    serverOptions: serverOptions(SLACK_REQUEST_LIMITS),
    // The mounted endpoints read (or refuse to read) their bodies themselves.
    autoCleanupIncoming: false,
  }) as Server;

  const address = () => (listening ? (server.address() as AddressInfo) : undefined);

  return {
    host: options.host,
    loopbackOnly: () => isLoopback(options.host),
    mount(path, listener, method = "ALL") {
      if (listening) throw new Error(`${path} must be mounted before the server listens`);
      if (mounted.has(path)) throw new Error(`${path} is already mounted`);
      mounted.add(path);
      const handler = (c: { env: HttpBindings }) => {
        listener(c.env.incoming, c.env.outgoing);
        return RESPONSE_ALREADY_SENT;
      };
      if (method === "POST") root.post(path, handler);
      else root.all(path, handler);
    },
    async listen() {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen({ port: options.port, backlog: LISTEN_BACKLOG, host: options.host }, () => {
          server.off("error", reject);
          resolve();
        });
      });
      listening = true;
      const bound = server.address() as AddressInfo;
      logger.info(
        {
          address: bound.address,
          port: bound.port,
          url: `http://localhost:${bound.port}/`,
          endpoints: ["/healthz", ...mounted, "/"],
        },
        "http server listening",
      );
      return bound;
    },
    address,
    url() {
      const bound = address();
      return bound ? `http://localhost:${bound.port}/` : undefined;
    },
    async close() {
      if (!listening) return;
      listening = false;
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
