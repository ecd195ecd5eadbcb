// Forged, expired, misdirected and foreign tokens sent to the real Teams SDK app behind our checks, with
// the Bot Framework's and Entra's key sets served by loopback fakes. Every one must be refused, change
// nothing and send nothing anywhere (least of all the bot's own token to the caller's serviceUrl).
import { afterAll, beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import type { Database } from "../../src/db/open-database.ts";
import { createLogger } from "../../src/logger.ts";
import { createTeamsSurface, type TeamsSurface } from "../../src/platforms/teams/index.ts";
import { createDoor } from "../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import type { ServiceDeps } from "../../src/services/deps.ts";
import { createCommandExecutor } from "../../src/services/execute-command.ts";
import { DEMO_NOW } from "../support/command-harness.ts";
import { ANNA, personalMessage } from "../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type FakeMicrosoft,
  OTHER_TENANT_ID,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../support/teams-fakes.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { tally } from "./record.ts";

type Json = Record<string, unknown>;
let db: Database;
let fake: FakeMicrosoft;
let caller: FakeMicrosoft;
let restoreFetch: () => void;
let strict: TeamsSurface;
let entra: TeamsSurface;

async function startSurface(deps: ServiceDeps, entraTenantId?: string) {
  const surface = await createTeamsSurface({
    config: {
      credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
      allowUnauthenticated: false,
      port: 0,
      extraServiceOrigins: [fake.url],
      ...(entraTenantId ? { entraTenantId } : {}),
    },
    door: createDoor(deps, createCommandExecutor(deps), { admins: [ANNA.aadObjectId] }),
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
  const deps: ServiceDeps = {
    prisma: db.prisma,
    clock: fixedClock(DEMO_NOW),
    logger: createLogger("silent"),
  };
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

const OTHER_APP = "22222222-3333-4444-5555-666666666666";

it("refuses every forged or foreign token", async () => {
  const t = tally("Teams: forged and foreign tokens");
  const toFake = () => personalMessage(fake.serviceUrl, ANNA, "deadline 13 2027-03-15");
  const toCaller = () => personalMessage(caller.serviceUrl, ANNA, "deadline 13 2027-03-15");
  const otherTenant = () => {
    const a = toFake();
    a.conversation = { ...(a.conversation as Json), tenantId: OTHER_TENANT_ID };
    a.channelData = { tenant: { id: OTHER_TENANT_ID } };
    return a;
  };
  const bf = (claims: Json = {}, o = {}) => fake.token(claims, o);
  const en = (claims: Json = {}, o = {}) => fake.entraToken(claims, o);
  const cases: [string, "strict" | "entra", () => Json, () => Promise<string | undefined>][] = [
    ["no Authorization", "strict", toFake, async () => undefined],
    ["Basic credentials", "strict", toFake, async () => "Basic dXNlcjpwYXNz"],
    ["empty Bearer", "strict", toFake, async () => "Bearer "],
    ["not a JWT", "strict", toFake, async () => "Bearer not-a-jwt"],
    ["alg none", "strict", toFake, async () => `Bearer ${unsigned()}`],
    ["expired", "strict", toFake, async () => `Bearer ${await bf({}, { expiresIn: -400 })}`],
    ["another audience", "strict", toFake, async () => `Bearer ${await bf({ aud: OTHER_APP })}`],
    ["unknown key", "strict", toFake, async () => `Bearer ${await bf({}, { unknownKey: true })}`],
    [
      "forged under the published kid",
      "strict",
      toFake,
      async () => `Bearer ${await bf({}, { forged: true })}`,
    ],
    ["another issuer", "strict", toFake, async () => `Bearer ${await bf({ iss: "https://sts.example/" })}`],
    ["no issuer", "strict", toFake, async () => `Bearer ${await bf({ iss: undefined })}`],
    [
      "not yet valid",
      "strict",
      toFake,
      async () => `Bearer ${await bf({ nbf: Math.floor(Date.now() / 1000) + 3600 })}`,
    ],
    [
      "serviceurl claim elsewhere",
      "strict",
      toFake,
      async () => `Bearer ${await bf({ serviceurl: caller.serviceUrl })}`,
    ],
    [
      "serviceUrl and claim at the caller",
      "strict",
      toCaller,
      async () => `Bearer ${await bf({ serviceurl: caller.serviceUrl })}`,
    ],
    ["a valid token to the caller's serviceUrl", "strict", toCaller, async () => `Bearer ${await bf()}`],
    [
      "an unendorsed channel",
      "strict",
      () => ({ ...toFake(), channelId: "webchat" }),
      async () => `Bearer ${await bf()}`,
    ],
    ["Entra, own tenant, none configured", "strict", toFake, async () => `Bearer ${await en()}`],
    [
      "Entra v1, other tenant, none configured",
      "strict",
      toFake,
      async () => `Bearer ${await en({}, { tenant: OTHER_TENANT_ID, version: "1.0" })}`,
    ],
    [
      "Entra v2, other tenant, none configured",
      "strict",
      toFake,
      async () => `Bearer ${await en({}, { tenant: OTHER_TENANT_ID, version: "2.0" })}`,
    ],
    [
      "Entra v1, other tenant",
      "entra",
      toFake,
      async () => `Bearer ${await en({}, { tenant: OTHER_TENANT_ID, version: "1.0" })}`,
    ],
    [
      "Entra v2, other tenant",
      "entra",
      toFake,
      async () => `Bearer ${await en({}, { tenant: OTHER_TENANT_ID, version: "2.0" })}`,
    ],
    [
      "Entra, own tid under another issuer",
      "entra",
      toFake,
      async () => `Bearer ${await en({ tid: TENANT_ID }, { tenant: OTHER_TENANT_ID })}`,
    ],
    ["Entra, expired", "entra", toFake, async () => `Bearer ${await en({}, { expiresIn: -400 })}`],
    ["Entra, another audience", "entra", toFake, async () => `Bearer ${await en({ aud: OTHER_APP })}`],
    ["Entra, forged", "entra", toFake, async () => `Bearer ${await en({}, { forged: true })}`],
    ["Entra, unknown key", "entra", toFake, async () => `Bearer ${await en({}, { unknownKey: true })}`],
    ["Entra, activity of another tenant", "entra", otherTenant, async () => `Bearer ${await en()}`],
    ["Entra, caller's serviceUrl", "entra", toCaller, async () => `Bearer ${await en()}`],
    ["Entra, no tid", "entra", toFake, async () => `Bearer ${await en({ tid: undefined })}`],
    [
      "Bot Framework token under Entra's issuer",
      "entra",
      toFake,
      async () => `Bearer ${await bf({ iss: `https://sts.windows.net/${OTHER_TENANT_ID}/` })}`,
    ],
    [
      "a second token in the header",
      "strict",
      toFake,
      async () => `Bearer ${await bf({ aud: OTHER_APP })}, Bearer x`,
    ],
    [
      "lower-case bearer with a foreign token",
      "strict",
      toFake,
      async () => `bearer ${await bf({ aud: OTHER_APP })}`,
    ],
    ["a very long header", "strict", toFake, async () => `Bearer ${"a".repeat(20_000)}`],
  ];
  const state = async () =>
    JSON.stringify({
      due: (await db.prisma.activity.findFirstOrThrow({ where: { number: 13 } })).dueDate,
      members: await db.prisma.member.count(),
      chats: await db.prisma.personalConversation.count(),
      updates: await db.prisma.statusUpdate.count(),
    });
  const before = await state();
  for (const [what, which, activity, authorization] of cases) {
    const sentBefore = fake.connectorCalls.length;
    const surface = which === "strict" ? strict : entra;
    const auth = await authorization();
    const res = await fetch(`http://127.0.0.1:${surface.port()}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(auth !== undefined ? { authorization: auth } : {}) },
      body: JSON.stringify(activity()),
    });
    const body = await res.text();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const refused =
      (res.status === 401 || res.status === 403 || res.status === 431) && !/stack|\bat /.test(body);
    if (!refused) t.fail(`${what}: HTTP ${res.status}`);
    else if (fake.connectorCalls.length !== sentBefore || caller.connectorCalls.length > 0)
      t.fail(`${what}: sent a reply`);
    else if ((await state()) !== before) t.fail(`${what}: changed the database`);
    else t.ok();
  }
  // And a genuine token is let in and answered: the refusals above are not a surface that refuses all.
  const sentBefore = fake.connectorCalls.length;
  const genuine = await fetch(`http://127.0.0.1:${strict.port()}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await fake.token()}` },
    body: JSON.stringify(personalMessage(fake.serviceUrl, ANNA, "hjälp")),
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const row = t.done();
  expect(row.notes).toEqual([]);
  expect(genuine.status).toBe(200);
  expect(fake.connectorCalls.length).toBeGreaterThan(sentBefore);
});

/** A JWT with `alg: none` and the right claims. */
function unsigned(): string {
  const part = (o: Json) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: "none", typ: "JWT" })}.${part({ aud: APP_ID, iss: "https://api.botframework.com", exp: now + 600, nbf: now - 10, serviceurl: fake.serviceUrl })}.`;
}
