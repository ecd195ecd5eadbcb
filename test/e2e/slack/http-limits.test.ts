// The Slack HTTP server's limits, through its real socket: a client that sends its headers or body
// slowly is cut off within the set time, and a body larger than any Slack sends is refused with 413
// before it is read whole. Raw TCP sockets, so that the client controls every byte and its pace.
import { Agent, request } from "node:http";
import { connect, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SLACK_REQUEST_LIMITS } from "../../../src/platforms/slack/request-limits.ts";
import { type SlackHarness, slackHarness } from "../../support/slack-harness.ts";
import { appHomeOpened } from "../../support/slack-payloads.ts";
import { eventRequest, SIGNING_SECRET, sendSigned, slackSignature } from "../../support/slack-requests.ts";

const { headersTimeoutMs, requestTimeoutMs, checkIntervalMs, bodyLimitBytes } = SLACK_REQUEST_LIMITS;

interface Exchange {
  /** What the server sent back, as text. */
  response: string;
  /** Milliseconds from connecting until the server closed the connection (or reset it). */
  closedAfterMs: number;
  /** Bytes the client had written when the first byte of the response arrived. */
  sentBeforeResponse?: number;
}

/** Opens a raw connection to the harness's server and lets `drive` write to it until the server closes it. */
function exchange(h: SlackHarness, drive: (socket: Socket, sent: () => number) => void): Promise<Exchange> {
  const { port } = new URL(h.eventsUrl);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(Number(port), "127.0.0.1");
    let response = "";
    let sentBeforeResponse: number | undefined;
    let written = 0;
    const write = socket.write.bind(socket);
    socket.write = ((chunk: string | Buffer, ...rest: never[]) => {
      written += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    }) as typeof socket.write;
    socket.on("data", (data) => {
      sentBeforeResponse ??= written;
      response += data.toString("latin1");
    });
    const done = () =>
      resolve({
        response,
        closedAfterMs: performance.now() - started,
        ...(sentBeforeResponse !== undefined ? { sentBeforeResponse } : {}),
      });
    socket.on("error", () => {});
    socket.on("close", done);
    socket.on("connect", () => drive(socket, () => written));
  });
}

/** Writes `text` a byte at a time, one every `everyMs`, while the socket is open. */
function drip(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text.charAt(i++));
  }, everyMs);
  socket.on("close", () => clearInterval(timer));
}

function signedHeaders(body: string, extra: string[] = []): string {
  const timestamp = Math.floor(Date.now() / 1000);
  return [
    "POST /slack/events HTTP/1.1",
    "Host: 127.0.0.1",
    "Content-Type: application/json",
    `X-Slack-Request-Timestamp: ${timestamp}`,
    `X-Slack-Signature: ${slackSignature(SIGNING_SECRET, timestamp, body)}`,
    ...extra,
    "",
    "",
  ].join("\r\n");
}

describe.concurrent("Slack HTTP server limits", () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await slackHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("fits Slack's requests: headers in 5 s, the whole request in 10 s, bodies up to 1 MiB", () => {
    expect(SLACK_REQUEST_LIMITS).toEqual({
      headersTimeoutMs: 5_000,
      requestTimeoutMs: 10_000,
      checkIntervalMs: 1_000,
      bodyLimitBytes: 1024 * 1024,
    });
  });

  it("cuts off a client that sends its headers slowly, within the headers timeout", async () => {
    const result = await exchange(h, (socket) => {
      socket.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      drip(socket, "X-Slack-Request-Timestamp: 1700000000\r\n".repeat(20), 250);
    });
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(headersTimeoutMs - 100);
    expect(result.closedAfterMs).toBeLessThan(headersTimeoutMs + checkIntervalMs + 1_000);
    expect(result.response).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("cuts off a client that sends its body slowly, within the request timeout", async () => {
    const body = JSON.stringify(appHomeOpened("U0SLOW"));
    const result = await exchange(h, (socket) => {
      socket.write(signedHeaders(body, [`Content-Length: ${Buffer.byteLength(body)}`]));
      drip(socket, body, 100);
    });
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(requestTimeoutMs - 100);
    expect(result.closedAfterMs).toBeLessThan(requestTimeoutMs + checkIntervalMs + 1_000);
    expect(result.response).toMatch(/^HTTP\/1\.1 408 /);
    expect(h.fake.callsTo("views.publish").filter((c) => c.args.user_id === "U0SLOW")).toHaveLength(0);
  });

  it("keeps an idle keep-alive connection past the headers timeout (Slack reuses them)", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const body = JSON.stringify(appHomeOpened("U0IDLE"));
        const timestamp = Math.floor(Date.now() / 1000);
        const req = request(
          h.eventsUrl,
          {
            method: "POST",
            agent,
            headers: {
              "content-type": "application/json",
              "x-slack-request-timestamp": String(timestamp),
              "x-slack-signature": slackSignature(SIGNING_SECRET, timestamp, body),
            },
          },
          (res) => {
            res.resume();
            res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    try {
      expect(await send()).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, headersTimeoutMs + checkIntervalMs + 500));
      expect(await send()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });

  it("refuses a body announced larger than the limit with 413 before reading it", async () => {
    const announced = 10 * bodyLimitBytes;
    const result = await exchange(h, (socket, sent) => {
      socket.write(signedHeaders("", [`Content-Length: ${announced}`]));
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (!socket.destroyed && sent() < announced)
          if (!socket.write(chunk)) return socket.once("drain", pump);
      };
      pump();
    });
    expect(result.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.response.toLowerCase()).toContain("connection: close");
    expect(result.sentBeforeResponse ?? announced).toBeLessThan(announced / 2);
  });

  it("refuses a chunked body with 413 as soon as it passes the limit", async () => {
    const planned = 16 * bodyLimitBytes;
    const result = await exchange(h, (socket, sent) => {
      socket.write(signedHeaders("", ["Transfer-Encoding: chunked"]));
      const data = Buffer.alloc(64 * 1024, "a");
      const chunk = Buffer.concat([
        Buffer.from(`${data.length.toString(16)}\r\n`),
        data,
        Buffer.from("\r\n"),
      ]);
      const pump = () => {
        while (!socket.destroyed && sent() < planned)
          if (!socket.write(chunk)) return socket.once("drain", pump);
      };
      pump();
    });
    expect(result.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.sentBeforeResponse ?? planned).toBeLessThan(planned / 2);
  });

  it("accepts a signed body just under the limit", async () => {
    const envelope = { ...appHomeOpened("U0BIG"), padding: "x".repeat(bodyLimitBytes - 2_000) };
    const res = await sendSigned(h.eventsUrl, eventRequest(envelope));
    expect(res.status).toBe(200);
  });
});
