// The message action *Lägg på dagordningen* through the real Teams SDK app with JWT validation on,
// against loopback fakes of the Bot Framework's key set, the Bot Connector and Entra ID, and a real
// PGlite database loaded with the demo: the message's words (its HTML dropped) and its link proposed
// for the next meeting in the channel's group, the answer in the closing dialog, once per message and
// person; a forged token and an unknown command change nothing.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createHttpServer, type SharedHttpServer } from "../../../src/http/server.ts";
import { AGENDA_ACTION } from "../../../src/platforms/teams/handle-message-action.ts";
import { createTeamsSurface, type TeamsSurface } from "../../../src/platforms/teams/index.ts";
import { createAnnouncer } from "../../../src/services/announcements.ts";
import { createDoor } from "../../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import type { ServiceDeps } from "../../../src/services/deps.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { DEMO_NOW } from "../../support/command-harness.ts";
import { ANNA, channelMention, messageActionInvoke, TINA } from "../../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type FakeMicrosoft,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../../support/teams-fakes.ts";
import { createTestDatabase } from "../../support/test-database.ts";

type Json = Record<string, unknown>;

let db: Database;
let fake: FakeMicrosoft;
let surface: TeamsSurface;
let http: SharedHttpServer;
let restoreFetch: () => void;
let deps: ServiceDeps;

async function post(activity: Json, token?: string | null) {
  const auth = token === null ? undefined : (token ?? (await fake.token()));
  const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : undefined };
}

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  await loadDemo(db.prisma, await readDemo(), new Date(DEMO_NOW));
  fake = await startFakeMicrosoft();
  restoreFetch = routeLoginToFake(fake);
  const logger = pino({ level: process.env.TEAMS_TEST_LOG ?? "silent" });
  deps = { prisma: db.prisma, clock: fixedClock(DEMO_NOW), logger };
  const admins = [ANNA.aadObjectId];
  const announcer = createAnnouncer(deps);
  const door = createDoor(deps, createCommandExecutor(deps), { admins, announcer });
  // On the one HTTP server, as `lok serve` mounts it without TEAMS_PORT.
  http = createHttpServer({ port: 0, host: "127.0.0.1", logger });
  surface = await createTeamsSurface({
    config: {
      credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
      allowUnauthenticated: false,
      extraServiceOrigins: [fake.url],
    },
    door,
    db: deps.prisma,
    clock: deps.clock,
    announcements: announcer,
    logger,
    cloud: fake.cloud,
    http,
  });
  await surface.start();
  await http.listen();
  // Anna is in LOK_ADMINS here: she binds the channel.
  await post(channelMention(fake.serviceUrl, ANNA, "koppla"));
});

afterAll(async () => {
  await surface?.stop();
  await http?.close();
  restoreFetch?.();
  await fake?.close();
  await db?.close();
});

const points = () => db.prisma.agendaItem.findMany({ where: { handledAt: null }, orderBy: { id: "asc" } });

function taskText(res: { body?: Json }): string {
  const task = res.body?.task as { type: string; value: string };
  expect(task.type).toBe("message");
  return task.value;
}

describe("the Teams message action Lägg på dagordningen", () => {
  it("proposes the message's words with its link, and says so in the closing dialog", async () => {
    const before = (await points()).length;
    const res = await post(
      messageActionInvoke(fake.serviceUrl, TINA, AGENDA_ACTION, {
        id: "1700000000111",
        html: "<p>Kan vi ta upp <b>riktlinjerna</b> f&ouml;r lokaler &amp; bidrag?</p>",
        link: "https://teams.microsoft.com/l/message/19:lok@thread.tacv2/1700000000111",
      }),
    );
    expect(res.status).toBe(200);
    expect(taskText(res)).toContain("står nu på dagordningen");
    const added = (await points()).slice(before);
    expect(added.map((p) => p.text)).toEqual([
      "Kan vi ta upp riktlinjerna för lokaler & bidrag? (https://teams.microsoft.com/l/message/19:lok@thread.tacv2/1700000000111)",
    ]);
  });

  it("keeps one proposal for the same message, and adds nothing for an unknown command or a forged token", async () => {
    const before = (await points()).length;
    const again = await post(
      messageActionInvoke(fake.serviceUrl, TINA, AGENDA_ACTION, {
        id: "1700000000111",
        html: "<p>Kan vi ta upp riktlinjerna?</p>",
      }),
    );
    expect(again.status).toBe(200);
    const unknown = await post(
      messageActionInvoke(fake.serviceUrl, TINA, "somethingElse", { id: "1700000000222", html: "x" }),
    );
    expect(taskText(unknown)).not.toContain("dagordningen");
    const forged = await post(
      messageActionInvoke(fake.serviceUrl, TINA, AGENDA_ACTION, {
        id: "1700000000333",
        html: "<p>Smuggel</p>",
      }),
      "not-a-token",
    );
    expect(forged.status).toBe(401);
    expect((await points()).length).toBe(before);
  });
});
