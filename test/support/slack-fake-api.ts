// A loopback fake of Slack's Web API (given to the app as SLACK_API_URL) that records every call,
// and of the response_url endpoint. Answers can be scripted per method (a 429 with Retry-After, an
// error code) to drive the failure paths.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  authorization?: string;
  at: number;
}

export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** The method's usual answer when absent. */
  body?: Record<string, unknown>;
  /** Slack taking its time before it answers. */
  delayMs?: number;
}

export interface SlackUser {
  name: string;
  email?: string;
}

const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata"]);

function parseForm(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    out[key] = JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/** The content of the first part of a multipart/form-data body (how the Web API client posts a file). */
function firstMultipartBody(body: Buffer, boundary: string): Buffer {
  const start = body.indexOf("\r\n\r\n", body.indexOf(`--${boundary}`)) + 4;
  const end = body.indexOf(`\r\n--${boundary}`, start);
  return body.subarray(start, end);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeSlack(options: { users?: Record<string, SlackUser> } = {}) {
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const uploads: { id: string; bytes: Buffer }[] = [];
  // Files people "sent" to the bot, served at a url_private_download as files.slack.com serves them.
  const served = new Map<string, Buffer>();
  const downloads: { path: string; authorization?: string }[] = [];
  const users = { ...(options.users ?? {}) };
  const scripted = new Map<string, FakeAnswer[]>();
  const listeners = new Set<() => void>();
  const responseListeners = new Set<(response: RecordedResponse) => void>();
  let wsUrl = "";
  let ts = 1_700_000_000;

  function defaultAnswer(method: string, args: Record<string, unknown>): FakeAnswer {
    switch (method) {
      case "auth.test":
        return { body: { ok: true, team_id: "T1", user_id: "UBOT", bot_id: "BBOT" } };
      case "users.info": {
        const id = String(args.user);
        const u = users[id];
        if (!u) return { body: { ok: false, error: "user_not_found" } };
        return {
          body: {
            ok: true,
            user: {
              id,
              name: u.name.toLowerCase(),
              real_name: u.name,
              profile: { real_name: u.name, email: u.email },
            },
          },
        };
      }
      case "chat.postMessage":
      case "chat.update":
        ts += 1;
        return { body: { ok: true, channel: args.channel, ts: `${ts}.000100` } };
      case "chat.getPermalink":
        return {
          body: {
            ok: true,
            channel: args.channel,
            permalink: `https://orebro.slack.com/archives/${args.channel}/p${String(args.message_ts ?? "").replace(".", "")}`,
          },
        };
      case "chat.postEphemeral":
        return { body: { ok: true, message_ts: `${ts}.000200` } };
      case "views.open":
      case "views.publish":
        return { body: { ok: true, view: { id: `V${calls.length}`, hash: `h${calls.length}` } } };
      case "files.getUploadURLExternal":
        return {
          body: { ok: true, upload_url: `${base}/upload/F${calls.length}`, file_id: `F${calls.length}` },
        };
      case "files.completeUploadExternal":
        return { body: { ok: true, files: [{ id: "F1", title: String(args.files ?? "") }] } };
      case "apps.connections.open":
        return { body: { ok: true, url: wsUrl } };
      default:
        return { body: { ok: false, error: "unknown_method" } };
    }
  }

  const notify = () => {
    for (const l of listeners) l();
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "GET" && url.pathname.startsWith("/files-pri/")) {
      downloads.push({
        path: url.pathname,
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      });
      const bytes = served.get(url.pathname);
      // Slack answers a download without the bot token with its sign-in page, not the file.
      if (!bytes || req.headers.authorization !== "Bearer xoxb-test-token")
        res.writeHead(bytes ? 302 : 404, { location: "https://slack.com/signin" }).end();
      else
        res
          .writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length })
          .end(bytes);
      notify();
      return;
    }
    if (url.pathname.startsWith("/upload/")) {
      // The second step of files.uploadV2: the file's bytes, posted to the URL the first step gave.
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers["content-type"] ?? "");
      uploads.push({
        id: url.pathname.slice("/upload/".length),
        bytes: boundary ? firstMultipartBody(body, boundary[1] ?? boundary[2] ?? "") : body,
      });
      res.writeHead(200, { "content-type": "text/plain" }).end("OK - uploaded");
      notify();
      return;
    }
    const text = await readBody(req);
    const contentType = req.headers["content-type"] ?? "";
    const args = contentType.includes("json") ? (text ? JSON.parse(text) : {}) : parseForm(text);
    if (url.pathname.startsWith("/response/")) {
      const response = { id: url.pathname.slice("/response/".length), body: args, at: performance.now() };
      responses.push(response);
      for (const l of responseListeners) l(response);
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      notify();
      return;
    }
    const method = url.pathname.replace(/^\/api\//, "");
    calls.push({ method, args, authorization: req.headers.authorization, at: performance.now() });
    const scriptedAnswer = scripted.get(method)?.shift();
    const answer = scriptedAnswer?.body
      ? scriptedAnswer
      : { ...defaultAnswer(method, args), ...(scriptedAnswer ?? {}) };
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    res.writeHead(answer.status ?? 200, { "content-type": "application/json", ...(answer.headers ?? {}) });
    res.end(JSON.stringify(answer.body));
    notify();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500).end(String(error));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Resolves when `check` returns something, re-checked after every recorded call. */
  function waitFor<T>(
    check: () => T | undefined | false,
    timeoutMs = 5000,
    what = "a Slack call",
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const found = check();
        if (found) {
          cleanup();
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(attempt);
      };
      listeners.add(attempt);
      attempt();
    });
  }

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    calls,
    responses,
    /** Files posted to an upload URL (files.uploadV2), by file id. */
    uploads,
    /** Serves `bytes` as a file someone shared; returns its url_private_download. */
    serveFile(name: string, bytes: Buffer): string {
      const path = `/files-pri/T1-F${served.size + 1}/download/${encodeURIComponent(name)}`;
      served.set(path, bytes);
      return `${base}${path}`;
    },
    /** Every GET of a served file, with the authorization it came with. */
    downloads,
    users,
    callsTo: (method: string) => calls.filter((c) => c.method === method),
    responsesTo: (id: string) => responses.filter((r) => r.id === id),
    /** The next answers of a method, in order, before the defaults resume. */
    script(method: string, ...answers: FakeAnswer[]) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...answers]);
    },
    /** Called with every response_url post as it arrives. */
    onResponse(listener: (response: RecordedResponse) => void) {
      responseListeners.add(listener);
      return () => responseListeners.delete(listener);
    },
    setWebSocketUrl(url: string) {
      wsUrl = url;
    },
    waitFor,
    waitForCall: (method: string, count = 1, timeoutMs = 5000) =>
      waitFor(
        () => {
          const found = calls.filter((c) => c.method === method);
          return found.length >= count ? found : undefined;
        },
        timeoutMs,
        `${count}× ${method}`,
      ),
    waitForResponse: (id: string, count = 1, timeoutMs = 5000) =>
      waitFor(
        () => {
          const found = responses.filter((r) => r.id === id);
          return found.length >= count ? found : undefined;
        },
        timeoutMs,
        `${count} response_url post(s) to ${id}`,
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
