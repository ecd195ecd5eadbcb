// Who gets in through /api/messages, and where the bot's own token may go. The real Teams SDK app behind
// our checks, with tokens minted against loopback fakes of the Bot Framework's and Entra's key sets, a
// real PGlite database with the demo, and a second loopback server standing for a caller who puts their
// own address in serviceUrl. A refused request must change nothing in the database, send nothing to
// anyone, and write one warning line without a stack.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createTeamsSurface, type TeamsSurface } from "../../../src/platforms/teams/index.ts";
import { createDoor } from "../../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import type { ServiceDeps } from "../../../src/services/deps.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { DEMO_NOW } from "../../support/command-harness.ts";
import { memberWithId } from "../../support/member-identities.ts";
import { ANNA, personalMessage } from "../../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type FakeMicrosoft,
  OTHER_TENANT_ID,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../../support/teams-fakes.ts";
import { createTestDatabase } from "../../support/test-database.ts";

type Json = Record<string, unknown>;

let db: Database;
let fake: FakeMicrosoft;
/** The caller's own server: whatever reaches it has leaked. */
let caller: FakeMicrosoft;
let restoreFetch: () => void;
/** Only Bot Framework tokens. */
let strict: TeamsSurface;
/** Entra tokens from the bot's own tenant too (TEAMS_ENTRA_TENANT_ID). */
let entra: TeamsSurface;
const lines: Json[] = [];

/** Anna is an admin: a deadline change by her goes through when the request is let in. */
const DEADLINE_CHANGE = "deadline 13 2027-03-15";

async function startSurface(deps: ServiceDeps, entraTenantId?: string): Promise<TeamsSurface> {
  const admins = [ANNA.aadObjectId];
  const surface = await createTeamsSurface({
    config: {
      credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
      allowUnauthenticated: false,
      port: 0,
      extraServiceOrigins: [fake.url],
      ...(entraTenantId ? { entraTenantId } : {}),
    },
    door: createDoor(deps, createCommandExecutor(deps), { admins }),
    db: deps.prisma,
    clock: deps.clock,
    logger: deps.logger,
    cloud: fake.cloud,
    host: "127.0.0.1",
  });
  await surface.start();
  return surface;
}

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  await loadDemo(db.prisma, await readDemo(), new Date(DEMO_NOW));
  fake = await startFakeMicrosoft();
  caller = await startFakeMicrosoft();
  restoreFetch = routeLoginToFake(fake);
  const logger = pino({ level: "warn" }, { write: (line: string) => lines.push(JSON.parse(line) as Json) });
  const deps: ServiceDeps = { prisma: db.prisma, clock: fixedClock(DEMO_NOW), logger };
  strict = await startSurface(deps);
  entra = await startSurface(deps, TENANT_ID);
});

afterAll(async () => {
  await strict?.stop();
  await entra?.stop();
  restoreFetch?.();
  await fake?.close();
  await caller?.close();
  await db?.close();
});

beforeEach(() => {
  lines.length = 0;
});

async function post(surface: TeamsSurface, activity: Json, authorization?: string) {
  const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(authorization !== undefined ? { authorization } : {}),
    },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text() };
}

/** What a refused request must leave as it was. */
async function snapshot() {
  const activity = await db.prisma.activity.findFirstOrThrow({ where: { number: 13 } });
  return {
    dueDate: activity.dueDate?.toISOString(),
    statusUpdates: await db.prisma.statusUpdate.count(),
    members: await db.prisma.member.count(),
    personalChats: await db.prisma.personalConversation.count(),
    bindings: await db.prisma.channelBinding.count(),
  };
}

/** Waits until the bot's replies to a request have had time to leave (they are sent before the answer). */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

async function expectRefused(
  surface: TeamsSurface,
  activity: Json,
  authorization: string | undefined,
  status: number,
) {
  const before = await snapshot();
  const sentBefore = fake.connectorCalls.length;
  const res = await post(surface, activity, authorization);
  await settle();
  expect(res.status).toBe(status);
  expect(res.text).toBe("");
  expect(await snapshot()).toEqual(before);
  expect(fake.connectorCalls.slice(sentBefore)).toEqual([]);
  expect(caller.connectorCalls).toEqual([]);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ level: 40 });
  expect(lines[0]?.reason).toEqual(expect.any(String));
  expect(JSON.stringify(lines[0])).not.toMatch(/stack|at .*\.js:\d+/);
  return lines[0] as Json;
}

const toFake = () => personalMessage(fake.serviceUrl, ANNA, DEADLINE_CHANGE);
const toCaller = () => personalMessage(caller.serviceUrl, ANNA, DEADLINE_CHANGE);
const bearer = (token: string) => `Bearer ${token}`;

describe("Bot Framework tokens", () => {
  it("no Authorization header: 401", async () => {
    await expectRefused(strict, toFake(), undefined, 401);
  });

  it.each([
    ["Basic credentials", "Basic dXNlcjpwYXNz"],
    ["Bearer without a token", "Bearer "],
    ["Bearer with something that is not a JWT", "Bearer not-a-jwt"],
  ])("%s: 401", async (_name, authorization) => {
    await expectRefused(strict, toFake(), authorization, 401);
  });

  it("expired beyond the five minutes of clock skew: 401", async () => {
    const token = await fake.token({}, { expiresIn: -400 });
    await expectRefused(strict, toFake(), bearer(token), 401);
  });

  it("for another bot (audience): 401", async () => {
    const token = await fake.token({ aud: "22222222-3333-4444-5555-666666666666" });
    await expectRefused(strict, toFake(), bearer(token), 401);
  });

  it("signed with a key the Bot Framework does not publish: 401", async () => {
    await expectRefused(strict, toFake(), bearer(await fake.token({}, { unknownKey: true })), 401);
  });

  it("forged under the published key id: 401", async () => {
    await expectRefused(strict, toFake(), bearer(await fake.token({}, { forged: true })), 401);
  });

  it("from another issuer: 401", async () => {
    const token = await fake.token({ iss: "https://sts.example/" });
    await expectRefused(strict, toFake(), bearer(token), 401);
  });

  it("a serviceurl claim that is not the activity's serviceUrl: 401", async () => {
    const token = await fake.token({ serviceurl: caller.serviceUrl });
    await expectRefused(strict, toFake(), bearer(token), 401);
  });

  it("a serviceurl claim and serviceUrl both pointing at the caller's server: 403, nothing sent there", async () => {
    const token = await fake.token({ serviceurl: caller.serviceUrl });
    await expectRefused(strict, toCaller(), bearer(token), 403);
  });

  it("an activity of a channel the signing key is not endorsed for: 403", async () => {
    const activity = { ...toFake(), channelId: "webchat" };
    await expectRefused(strict, activity, bearer(await fake.token()), 403);
  });

  it("a valid token within the clock skew is let in, and the answer goes to the Bot Connector", async () => {
    const token = await fake.token({}, { expiresIn: -120 });
    const sentBefore = fake.connectorCalls.length;
    const res = await post(strict, personalMessage(fake.serviceUrl, ANNA, "hjälp"), bearer(token));
    expect(res.status).toBe(200);
    const sent = fake.connectorCalls.slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.authorization).toBe(`Bearer ${fake.botAccessToken}`);
    expect(lines).toEqual([]);
  });
});

describe("Entra ID tokens", () => {
  it("from the bot's own tenant, with no Entra tenant configured: 401", async () => {
    const token = await fake.entraToken();
    const line = await expectRefused(strict, toFake(), bearer(token), 401);
    expect(line.reason).toMatch(/entra/i);
  });

  it.each([
    ["v1", "1.0"],
    ["v2", "2.0"],
  ] as const)("%s from another tenant, with none configured: 401", async (_name, version) => {
    const token = await fake.entraToken({}, { tenant: OTHER_TENANT_ID, version });
    await expectRefused(strict, toFake(), bearer(token), 401);
  });

  it.each([
    ["v1", "1.0"],
    ["v2", "2.0"],
  ] as const)("%s from another tenant than the configured one: 401", async (_name, version) => {
    const token = await fake.entraToken({}, { tenant: OTHER_TENANT_ID, version });
    await expectRefused(entra, toFake(), bearer(token), 401);
  });

  it("claiming the configured tenant in tid under another tenant's issuer: 401", async () => {
    const token = await fake.entraToken({ tid: TENANT_ID }, { tenant: OTHER_TENANT_ID });
    await expectRefused(entra, toFake(), bearer(token), 401);
  });

  it("from the configured tenant but expired, for another audience, or not signed by Entra: 401", async () => {
    for (const token of [
      await fake.entraToken({}, { expiresIn: -400 }),
      await fake.entraToken({ aud: "22222222-3333-4444-5555-666666666666" }),
      await fake.entraToken({}, { forged: true }),
    ]) {
      lines.length = 0;
      await expectRefused(entra, toFake(), bearer(token), 401);
    }
  });

  it("from the configured tenant for an activity of another tenant: 403", async () => {
    const activity = toFake();
    activity.conversation = { ...(activity.conversation as Json), tenantId: OTHER_TENANT_ID };
    activity.channelData = { tenant: { id: OTHER_TENANT_ID } };
    await expectRefused(entra, activity, bearer(await fake.entraToken()), 403);
  });

  it("from the configured tenant with the caller's serviceUrl: 403, nothing sent there", async () => {
    await expectRefused(entra, toCaller(), bearer(await fake.entraToken()), 403);
  });

  it("from the configured tenant (v1 and v2) is let in and acts", async () => {
    for (const version of ["1.0", "2.0"] as const) {
      const sentBefore = fake.connectorCalls.length;
      const token = await fake.entraToken({}, { version });
      const day = version === "1.0" ? "2027-03-15" : "2027-04-16";
      const res = await post(
        entra,
        personalMessage(fake.serviceUrl, ANNA, `deadline 13 ${day}`),
        bearer(token),
      );
      expect(res.status).toBe(200);
      const activity = await db.prisma.activity.findFirstOrThrow({ where: { number: 13 } });
      expect(activity.dueDate?.toISOString().slice(0, 10)).toBe(day);
      const sent = fake.connectorCalls.slice(sentBefore);
      expect(sent.length).toBeGreaterThan(0);
      expect(sent[0]?.authorization).toBe(`Bearer ${fake.botAccessToken}`);
    }
    expect(caller.connectorCalls).toEqual([]);
    expect(lines).toEqual([]);
  });
});

describe("outbound: the bot's token only goes to Bot Framework service hosts", () => {
  const reminder = {
    tone: "info" as const,
    visibility: "channel" as const,
    blocks: [{ type: "text" as const, text: "Påminnelse: aktivitet 13 har deadline på fredag." }],
  };

  it("a stored channel reference with a foreign serviceUrl is refused, permanently, without sending", async () => {
    const group = await db.prisma.group.findFirstOrThrow();
    const binding = await db.prisma.channelBinding.create({
      data: {
        platform: "teams",
        workspaceId: TENANT_ID,
        channelId: "19:planted@thread.tacv2",
        groupId: group.id,
        reference: {
          serviceUrl: caller.serviceUrl,
          tenantId: TENANT_ID,
          conversationId: "19:planted@thread.tacv2",
          conversationType: "channel",
          botId: `28:${APP_ID}`,
        },
      },
    });
    try {
      const result = await strict.notifier.postToChannel(binding, reminder);
      expect(result).toMatchObject({ ok: false, permanent: true });
      expect(caller.connectorCalls).toEqual([]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 40 });
      expect(JSON.stringify(lines[0])).not.toContain("stack");
    } finally {
      await db.prisma.channelBinding.delete({ where: { id: binding.id } });
    }
  });

  it("a stored personal chat with a foreign serviceUrl is refused without sending", async () => {
    const anna = await memberWithId(db.prisma, "teams-aad", ANNA.aadObjectId);
    await db.prisma.personalConversation.upsert({
      where: { memberId_platform: { memberId: anna.id, platform: "teams" } },
      create: {
        memberId: anna.id,
        platform: "teams",
        conversationId: "a:planted",
        reference: {
          serviceUrl: caller.serviceUrl,
          tenantId: TENANT_ID,
          conversationId: "a:planted",
          conversationType: "personal",
          botId: `28:${APP_ID}`,
        },
      },
      update: {
        conversationId: "a:planted",
        reference: {
          serviceUrl: caller.serviceUrl,
          tenantId: TENANT_ID,
          conversationId: "a:planted",
          conversationType: "personal",
          botId: `28:${APP_ID}`,
        },
      },
    });
    const result = await strict.notifier.sendDirect(anna, reminder);
    expect(result).toMatchObject({ ok: false, permanent: true });
    expect(caller.connectorCalls).toEqual([]);
    expect(lines).toHaveLength(1);
  });
});
