// The Teams endpoint as a plain HTTP server sees it: bad requests get bare status codes (no page, no
// stack, no paths, no X-Powered-By), an oversized body is refused before it is read whole, and slow
// clients are cut off within the server's timeouts. Raw sockets where fetch would hide the wire.

import { connect, type Socket } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import { helpReply } from "../../../src/core/replies/help-reply.ts";
import type { PrismaClient } from "../../../src/db/generated/client.ts";
import { createTeamsSurface, type TeamsSurface } from "../../../src/platforms/teams/index.ts";
import type { Door } from "../../../src/services/conversation.ts";
import { sv } from "../../../src/texts/sv.ts";
import { personalMessage, TINA } from "../../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type FakeMicrosoft,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../../support/teams-fakes.ts";

const LIMITS = {
  headersTimeoutMs: 800,
  requestTimeoutMs: 1500,
  keepAliveTimeoutMs: 500,
  bodyLimitBytes: 4096,
};

let fake: FakeMicrosoft;
let surface: TeamsSurface;
let restoreFetch: () => void;

beforeAll(async () => {
  fake = await startFakeMicrosoft();
  restoreFetch = routeLoginToFake(fake);
  const logger = pino({ level: "silent" });
  // No database is touched: the door answers help to everything.
  const door = {
    handle: async () => ({ reply: helpReply(sv), audience: "person", redraw: false, announcements: [] }),
    announce: () => {},
  } satisfies Door;
  surface = await createTeamsSurface({
    config: {
      credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
      allowUnauthenticated: false,
      port: 0,
      extraServiceOrigins: [fake.url],
    },
    door,
    db: {} as PrismaClient,
    clock: fixedClock("2026-11-23T09:00:00Z"),
    logger,
    cloud: fake.cloud,
    host: "127.0.0.1",
    httpLimits: LIMITS,
  });
  await surface.start();
});

afterAll(async () => {
  await surface?.stop();
  restoreFetch?.();
  await fake?.close();
});

const url = () => `http://127.0.0.1:${surface.port()}/api/messages`;

function expectBare(res: Response, text: string, status: number) {
  expect(res.status).toBe(status);
  expect(text).toBe("");
  expect(res.headers.get("x-powered-by")).toBeNull();
  expect(res.headers.get("content-type")).toBeNull();
}

describe("bad requests get bare status codes", () => {
  it("malformed JSON: 400", async () => {
    const res = await fetch(url(), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await fake.token()}` },
      body: '{"type": "message", "text": ',
    });
    expectBare(res, await res.text(), 400);
  });

  it("JSON that is not an activity object: 400", async () => {
    for (const body of ["[]", '"text"', "null", "42"]) {
      const res = await fetch(url(), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expectBare(res, await res.text(), 400);
    }
  });

  it("another content type, or a compressed body: 415", async () => {
    const body = JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp"));
    const authorization = `Bearer ${await fake.token()}`;
    const variants: Record<string, string>[] = [
      { "content-type": "text/plain" },
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "application/json", "content-encoding": "gzip" },
    ];
    for (const headers of variants) {
      const res = await fetch(url(), { method: "POST", headers: { ...headers, authorization }, body });
      expectBare(res, await res.text(), 415);
    }
  });

  it("a body over the limit: 413", async () => {
    const activity = personalMessage(fake.serviceUrl, TINA, "x".repeat(LIMITS.bodyLimitBytes));
    const res = await fetch(url(), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await fake.token()}` },
      body: JSON.stringify(activity),
    });
    expectBare(res, await res.text(), 413);
  });

  it("another method: 405; another path: 404", async () => {
    const get = await fetch(url());
    expectBare(get, await get.text(), 405);
    const other = await fetch(`http://127.0.0.1:${surface.port()}/`, { method: "POST", body: "{}" });
    expectBare(other, await other.text(), 404);
  });

  it("a valid request is still answered, without X-Powered-By", async () => {
    const res = await fetch(url(), {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        authorization: `Bearer ${await fake.token()}`,
      },
      body: JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp")),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});

interface RawResult {
  /** Everything the server wrote before closing. */
  received: string;
  /** Milliseconds from connecting until the server closed the connection. */
  closedAfterMs: number;
  /** Bytes of body the client had written when the response arrived. */
  bodyBytesWritten: number;
}

/** A raw connection that writes `head` and then, if asked, body chunks until the server answers or closes. */
function raw(head: string, bodyChunk?: Buffer, maxBodyBytes = 0): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket: Socket = connect(surface.port(), "127.0.0.1");
    let received = "";
    let written = 0;
    let answered = false;
    let timer: NodeJS.Timeout | undefined;
    socket.on("data", (data) => {
      received += data.toString("latin1");
      answered = true;
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ received, closedAfterMs: Date.now() - started, bodyBytesWritten: written });
    });
    socket.on("connect", () => {
      socket.write(head);
      if (!bodyChunk) return;
      const pump = () => {
        if (answered || socket.destroyed || written >= maxBodyBytes) return;
        socket.write(bodyChunk);
        written += bodyChunk.length;
        timer = setTimeout(pump, 5);
      };
      pump();
    });
    setTimeout(() => reject(new Error("the server kept the connection open for 10 s")), 10_000).unref();
  });
}

describe("limits on the wire", () => {
  it("a body announced larger than the limit is refused at once, before it is sent", async () => {
    const head =
      "POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      "Content-Length: 10485760\r\n\r\n";
    const result = await raw(head, Buffer.alloc(16 * 1024, "a"), 10 * 1024 * 1024);
    expect(result.received).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.received).not.toMatch(/x-powered-by/i);
    expect(result.bodyBytesWritten).toBeLessThan(1024 * 1024);
  }, 15_000);

  it("a chunked body that grows past the limit is refused as soon as it does", async () => {
    const head =
      "POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      "Transfer-Encoding: chunked\r\n\r\n";
    const chunk = Buffer.from(`400\r\n${"a".repeat(1024)}\r\n`);
    const result = await raw(head, chunk, 10 * 1024 * 1024);
    expect(result.received).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.bodyBytesWritten).toBeLessThan(1024 * 1024);
  }, 15_000);

  it("headers that never finish are cut off within headersTimeout", async () => {
    const result = await raw("POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs - 50);
    expect(result.closedAfterMs).toBeLessThan(LIMITS.headersTimeoutMs + 1500);
  }, 15_000);

  it("a body that never finishes is cut off within requestTimeout", async () => {
    const head =
      "POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      "Content-Length: 1000\r\n\r\n{";
    const result = await raw(head);
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(LIMITS.requestTimeoutMs - 50);
    expect(result.closedAfterMs).toBeLessThan(LIMITS.requestTimeoutMs + 1500);
    expect(result.received).not.toMatch(/<html|stack|node_modules/i);
  }, 15_000);

  it("an idle keep-alive connection is closed after keepAliveTimeout", async () => {
    const body = JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp"));
    const head =
      "POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      `Authorization: Bearer ${await fake.token()}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const result = await raw(head);
    expect(result.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(result.closedAfterMs).toBeLessThan(LIMITS.keepAliveTimeoutMs + 1500);
  }, 15_000);
});
