// The Teams SDK's HTTP transport, ours instead of its ExpressAdapter: a plain node:http request listener
// that any server can mount. It reads the body within the limit, lets only admitted activities through to
// the SDK (with the verified caller, so the SDK does not validate again on its own terms), and answers
// everything else with a bare status code: no page, no stack, no X-Powered-By. A refusal is logged once,
// at warn, with its reason.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { HttpRouteHandler, IHttpServerAdapter, IHttpServerResponse } from "@microsoft/teams.apps";
import type { Logger } from "pino";
import { refuseAndLinger } from "../../http/lingering-close.ts";
import type { AdmitActivity } from "./admit-activity.ts";
import { readJsonBody } from "./read-json-body.ts";

export interface MessagingAdapter extends IHttpServerAdapter {
  /** Serves the routes the SDK registered (POST /api/messages); mount it on any node:http server. */
  readonly listener: RequestListener;
}

export interface MessagingAdapterOptions {
  admit: AdmitActivity;
  bodyLimitBytes: number;
  logger: Logger;
}

function bare(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-length": "0", ...headers });
  res.end();
}

function respond(res: ServerResponse, response: IHttpServerResponse): void {
  if (response.status >= 400 || response.body === undefined || response.body === null) {
    bare(res, response.status);
    return;
  }
  const text = JSON.stringify(response.body);
  res.writeHead(response.status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export function createMessagingAdapter(options: MessagingAdapterOptions): MessagingAdapter {
  const { admit, bodyLimitBytes, logger } = options;
  const routes = new Map<string, HttpRouteHandler>();

  function refused(req: IncomingMessage, status: number, reason: string) {
    logger.warn(
      { status, reason, remote: req.socket.remoteAddress },
      "teams: request to /api/messages refused",
    );
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const handler = routes.get(path);
    if (!handler) return bare(res, 404);
    if (req.method !== "POST") return bare(res, 405, { allow: "POST" });
    const read = await readJsonBody(req, bodyLimitBytes);
    if (!read.ok) {
      refused(req, read.status, read.reason);
      // An oversized body is not read to its end: close the connection instead.
      return read.status === 413 ? refuseAndLinger(res, 413) : bare(res, read.status);
    }
    const authorization = req.headers.authorization;
    const admission = await admit(authorization, read.body);
    if (!admission.ok) {
      refused(req, admission.status, admission.reason);
      return bare(res, admission.status);
    }
    const response = await handler({
      body: read.body,
      headers: req.headers as Record<string, string | string[]>,
      ...(admission.token ? { token: admission.token } : {}),
    });
    respond(res, response);
  }

  return {
    listener(req, res) {
      serve(req, res).catch((error: unknown) => {
        logger.error({ err: error }, "teams: the request could not be handled");
        if (!res.headersSent) bare(res, 500);
        else res.destroy();
      });
    },
    registerRoute(method, path, handler) {
      if (method !== "POST") throw new Error(`the Teams endpoint serves POST only, not ${method}`);
      routes.set(path, handler);
    },
    // The server belongs to whoever mounted the listener, and is closed there.
    async stop() {},
  };
}
