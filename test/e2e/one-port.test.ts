// `lok serve`'s one HTTP server on one port, listening for real on loopback: a signed Slack command
// to /slack/events, a Teams activity with a valid token to /api/messages, /healthz, the web page at
// `/`, a 404 for any other path, and the Slack endpoint's refusals as before.
import { request as httpRequest } from "node:http";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { createTeamsSurface, type TeamsSurface } from "../../src/platforms/teams/index.ts";
import { createDoor } from "../../src/services/conversation.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";
import { webSv } from "../../src/texts/web.sv.ts";
import { DEMO_NOW } from "../support/command-harness.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../support/slack-harness.ts";
import { slashCommand } from "../support/slack-payloads.ts";
import { sendSigned, slashCommandRequest } from "../support/slack-requests.ts";
import { personalMessage, TINA } from "../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type FakeMicrosoft,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../support/teams-fakes.ts";

let h: SlackHarness;
let fake: FakeMicrosoft;
let teams: TeamsSurface;
let restoreFetch: () => void;
let base: string;

beforeAll(async () => {
  fake = await startFakeMicrosoft();
  restoreFetch = routeLoginToFake(fake);
  h = await slackHarness({
    beforeListen: async (http, db) => {
      const logger = pino({ level: "silent" });
      const deps = { prisma: db.prisma, clock: fixedClock(DEMO_NOW), logger };
      teams = await createTeamsSurface({
        config: {
          credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
          allowUnauthenticated: false,
          extraServiceOrigins: [fake.url],
        },
        door: createDoor(deps, createCommandExecutor(deps), { admins: [] }),
        db: db.prisma,
        clock: deps.clock,
        logger,
        cloud: fake.cloud,
        http,
      });
      await teams.start();
    },
  });
  base = `http://127.0.0.1:${h.http.address()?.port}`;
});

afterAll(async () => {
  await teams?.stop();
  await h?.close();
  restoreFetch?.();
  await fake?.close();
});

describe("one port", () => {
  it("is the port Slack and Teams report", () => {
    expect(h.surface.address()?.port).toBe(h.http.address()?.port);
    expect(teams.port()).toBe(h.http.address()?.port);
    expect(h.eventsUrl).toBe(`${base}/slack/events`);
  });

  it("answers a signed Slack slash command on /slack/events", async () => {
    const { body } = await sendLok(h, "hjälp", USERS.anna);
    expect(JSON.stringify(body)).toContain("Det här kan jag");
  });

  it("answers a Teams activity with a valid token on /api/messages", async () => {
    const before = fake.connectorCalls.length;
    const res = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await fake.token()}` },
      body: JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp")),
    });
    expect(res.status).toBe(200);
    expect(fake.connectorCalls.length).toBe(before + 1);
    expect(JSON.stringify(fake.connectorCalls.at(-1)?.body)).toContain("Det här kan jag");
  });

  it("refuses a Teams activity without a token, bare", async () => {
    const res = await fetch(`${base}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(personalMessage(fake.serviceUrl, TINA, "hjälp")),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe("");
  });

  it("says it is healthy on GET /healthz, as JSON", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("serves the web start page at /, with its security headers", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await res.text()).toContain(`<h1>${webSv.home.title}</h1>`);
  });

  it("answers any other path with the web page's 404", async () => {
    for (const path of ["/nope", "/slack/events", "/api/messages/x", "/healthz/x"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain(webSv.notFound.title);
    }
  });

  it("still refuses a Slack request dated in the future or too old with 401", async () => {
    const request = slashCommandRequest(
      slashCommand({ text: "status 1 klar", userId: USERS.anna.id, responseUrl: "http://127.0.0.1:9/x" }),
    );
    const now = Math.floor(Date.now() / 1000);
    expect((await sendSigned(h.eventsUrl, request, { timestamp: now + 6 * 60 })).status).toBe(401);
    expect((await sendSigned(h.eventsUrl, request, { timestamp: now - 6 * 60 })).status).toBe(401);
    expect((await sendSigned(h.eventsUrl, request, { timestamp: "Infinity" })).status).toBe(401);
  });

  it("still refuses a Slack body announced over the limit with 413 and closes the connection", async () => {
    const answer = await new Promise<{ status?: number; connection?: string }>((resolve, reject) => {
      const req = httpRequest(`${h.eventsUrl}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(2 * 1024 * 1024),
          "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
          "x-slack-signature": "v0=00",
        },
      });
      req.on("response", (res) => {
        res.resume();
        resolve({
          ...(res.statusCode ? { status: res.statusCode } : {}),
          ...(res.headers.connection ? { connection: res.headers.connection } : {}),
        });
      });
      req.on("error", reject);
      req.write("x".repeat(1024));
    });
    expect(answer).toEqual({ status: 413, connection: "close" });
  });
});
