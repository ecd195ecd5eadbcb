// The Teams surface's one error boundary, with the real SDK app and JWT validation, against the loopback
// Bot Connector: a handler that throws (here because the store of conversation references refuses:
// its table is gone) is logged once, the person is answered politely (in the chat, or on the card they
// pressed), nothing is logged by the SDK as well, and the bot goes on serving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createHttpServer, type SharedHttpServer } from "../../../src/http/server.ts";
import { createLogger } from "../../../src/logger.ts";
import { createTeamsSurface, type TeamsSurface } from "../../../src/platforms/teams/index.ts";
import { createDoor } from "../../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { DEMO_NOW } from "../../support/command-harness.ts";
import { captureLog, type LogCapture } from "../../support/log-capture.ts";
import { ANNA, cardAction, channelMention, personalMessage, TINA } from "../../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type ConnectorCall,
  type FakeMicrosoft,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../../support/teams-fakes.ts";
import { createTestDatabase } from "../../support/test-database.ts";

type Json = Record<string, unknown>;

const POLITE = "Något gick fel hos mig, så jag kunde inte svara på det du bad om.";

let db: Database;
let references: Database;
let fake: FakeMicrosoft;
let surface: TeamsSurface;
let http: SharedHttpServer;
let restoreFetch: () => void;
let log: LogCapture;

async function post(activity: Json) {
  const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await fake.token()}` },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : undefined };
}

/** The Bot Connector calls made while `run` ran, once the bot has had time to send. */
async function sentDuring(run: () => Promise<unknown>): Promise<ConnectorCall[]> {
  const before = fake.connectorCalls.length;
  await run();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return fake.connectorCalls.slice(before);
}

/** What a person reads in a sent activity: its text, or every text in its card. */
function readable(call: ConnectorCall | undefined): string {
  return JSON.stringify(call?.body ?? {});
}

const errorsLogged = () => log.lines().filter((l) => l.level >= 50);

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  await loadDemo(db.prisma, await readDemo(), new Date(DEMO_NOW));
  // The surface keeps its conversation references in a store that refuses a personal chat.
  references = await createTestDatabase("pglite");
  await references.prisma.$executeRawUnsafe("DROP TABLE personal_conversations");
  fake = await startFakeMicrosoft();
  restoreFetch = routeLoginToFake(fake);
  log = captureLog();
  const logger = createLogger("info", log);
  const deps = { prisma: db.prisma, clock: fixedClock(DEMO_NOW), logger };
  const door = createDoor(deps, createCommandExecutor(deps), { admins: [ANNA.aadObjectId] });
  // On the one HTTP server, as `lok serve` mounts it without TEAMS_PORT.
  http = createHttpServer({ port: 0, host: "127.0.0.1", logger });
  surface = await createTeamsSurface({
    config: {
      credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
      allowUnauthenticated: false,
      extraServiceOrigins: [fake.url],
    },
    door,
    db: references.prisma,
    clock: deps.clock,
    logger,
    cloud: fake.cloud,
    http,
  });
  await surface.start();
  await http.listen();
});

afterAll(async () => {
  await surface?.stop();
  await http?.close();
  restoreFetch?.();
  await fake?.close();
  await references?.close();
  await db?.close();
});

describe("a Teams handler that throws", () => {
  it("a message: one polite reply in the chat, one line in the log", async () => {
    const before = errorsLogged().length;
    let status = 0;
    const calls = await sentDuring(async () => {
      status = (await post(personalMessage(fake.serviceUrl, TINA, "hjälp"))).status;
    });
    expect(status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(readable(calls[0])).toContain(POLITE);
    expect(readable(calls[0])).not.toContain("Det här kan jag");
    const logged = errorsLogged().slice(before);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.msg).toBe("teams handler failed");
    expect(JSON.stringify(logged[0]?.err)).toContain("personal_conversations");
    // The error as logged is its name, message and stack, never a request or its headers.
    expect(log.text()).not.toContain(fake.botAccessToken);
  });

  it("a card press: the polite answer on the card, one line in the log", async () => {
    // A card from the channel, once it is bound; the press comes from Tina's own chat.
    await post(channelMention(fake.serviceUrl, ANNA, "koppla"));
    const [shown] = await sentDuring(() => post(channelMention(fake.serviceUrl, TINA, "visa 13")));
    const attachments = (shown?.body.attachments ?? []) as { content: Json }[];
    const actions = (attachments[0]?.content.actions ?? []) as Json[];
    const klar = actions.find((a) => a.title === "Klar")?.data as Json;
    expect(klar).toBeDefined();

    const before = errorsLogged().length;
    const res = await post(cardAction(fake.serviceUrl, TINA, klar, "personal"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.activity.message" });
    expect(String(res.body?.value)).toContain(POLITE);
    expect(
      errorsLogged()
        .slice(before)
        .map((l) => l.msg),
    ).toEqual(["teams handler failed"]);
  });

  it("leaves the bot serving: a mention in the channel is answered as usual", async () => {
    const calls = await sentDuring(() => post(channelMention(fake.serviceUrl, TINA, "hjälp")));
    expect(calls).toHaveLength(1);
    expect(readable(calls[0])).toContain("Det här kan jag");
  });
});
