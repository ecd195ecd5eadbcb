// The real Teams SDK app with JWT validation on, against loopback fakes of the Bot Framework's key set,
// the Bot Connector and Entra ID, and a real PGlite database loaded with the demo.
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { createHttpServer, type SharedHttpServer } from "../../../src/http/server.ts";
import { createTeamsSurface, type TeamsSurface } from "../../../src/platforms/teams/index.ts";
import { createAnnouncer } from "../../../src/services/announcements.ts";
import { createDoor } from "../../../src/services/conversation.ts";
import { loadDemo, readDemo } from "../../../src/services/demo.ts";
import type { ServiceDeps } from "../../../src/services/deps.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { DEMO_NOW } from "../../support/command-harness.ts";
import { memberWithId } from "../../support/member-identities.ts";
import {
  ANNA,
  BOT,
  botAddedToTeam,
  botInstalledPersonally,
  botUninstalledFromTeam,
  CHANNEL_ID,
  cardAction,
  cardSubmit,
  channelMention,
  channelMessageWithoutMention,
  personalMessage,
  TEAM_ID,
  TINA,
} from "../../support/teams-activities.ts";
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

/** The first Bot Connector call from index `from` on that `matches`, once it has been made. */
async function connectorCall(
  from: number,
  matches: (call: ConnectorCall) => boolean,
): Promise<ConnectorCall> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const found = fake.connectorCalls.slice(from).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error("no such Bot Connector call within 5 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The Bot Connector calls made while `run` ran. */
async function sentDuring(run: () => Promise<unknown>): Promise<ConnectorCall[]> {
  const before = fake.connectorCalls.length;
  await run();
  return fake.connectorCalls.slice(before);
}

function cardOf(call: ConnectorCall | undefined): Json {
  const attachments = (call?.body.attachments ?? []) as { contentType: string; content: Json }[];
  expect(attachments[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
  return attachments[0]?.content as Json;
}

/** Every TextRun's text in a card, joined: what a person reads. */
function cardText(card: Json): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const o = node as Json;
      if (o.type === "TextRun" && typeof o.text === "string") texts.push(o.text);
      for (const v of Object.values(o)) walk(v);
    }
  };
  walk(card.body);
  return texts.join("");
}

function actionsOf(card: Json): Json[] {
  return (card.actions ?? []) as Json[];
}

async function activity13() {
  return db.prisma.activity.findFirstOrThrow({ where: { number: 13 }, include: { statusUpdates: true } });
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
});

afterAll(async () => {
  await surface?.stop();
  await http?.close();
  restoreFetch?.();
  await fake?.close();
  await db?.close();
});

// Refused tokens and serviceUrls are tested in teams-inbound-auth.test.ts.
describe("inbound authentication (JWT validation on)", () => {
  it("a valid token is answered, through the Bot Connector with the bot's own Entra token", async () => {
    const calls = await sentDuring(async () => {
      const res = await post(personalMessage(fake.serviceUrl, TINA, "hjälp"));
      expect(res.status).toBe(200);
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.authorization).toBe(`Bearer ${fake.botAccessToken}`);
    expect(fake.tokenRequests.at(-1)?.form.get("scope")).toBe("https://api.botframework.com/.default");
    expect(cardText(cardOf(calls[0]))).toContain("Det här kan jag");
  });
});

describe("channel", () => {
  it("ignores channel messages that do not mention the bot", async () => {
    const calls = await sentDuring(() =>
      post(channelMessageWithoutMention(fake.serviceUrl, TINA, "status 13 klar")),
    );
    expect(calls).toEqual([]);
  });

  it("an unbound channel says how to bind it; `@LÖK koppla` by an admin binds it with its reference", async () => {
    const [unbound] = await sentDuring(() => post(channelMention(fake.serviceUrl, TINA, "status 13 klar")));
    expect(cardText(cardOf(unbound))).toContain("koppla");
    expect(unbound?.conversationId).toBe(`${CHANNEL_ID};messageid=1700000000000`);

    const [bound] = await sentDuring(() => post(channelMention(fake.serviceUrl, ANNA, "koppla")));
    expect(cardText(cardOf(bound))).toContain("Den här kanalen är nu kopplad till");
    const binding = await db.prisma.channelBinding.findFirstOrThrow({ where: { platform: "teams" } });
    expect(binding).toMatchObject({ workspaceId: TENANT_ID, channelId: CHANNEL_ID, active: true });
    expect(binding.reference).toMatchObject({
      serviceUrl: fake.serviceUrl,
      tenantId: TENANT_ID,
      conversationId: CHANNEL_ID,
      botId: BOT.id,
      teamId: TEAM_ID,
    });
  });

  it("`@LÖK status 13 pågår …` stores the update as the Teams user and answers with the activity card", async () => {
    const [reply] = await sentDuring(() =>
      post(channelMention(fake.serviceUrl, TINA, "status 13 pågår Vi har börjat")),
    );
    const a = await activity13();
    expect(a.status).toBe("pagar");
    const update = a.statusUpdates.at(-1);
    expect(update).toMatchObject({ status: "pagar", comment: "Vi har börjat", source: "teams" });
    const author = await db.prisma.member.findUniqueOrThrow({
      where: { id: update?.authorId ?? -1 },
      include: { identities: { orderBy: { platform: "asc" } } },
    });
    expect(author).toMatchObject({ role: "medlem" });
    expect(author.identities).toMatchObject([
      { platform: "teams", workspaceId: TENANT_ID, externalId: TINA.id },
      { platform: "teams-aad", workspaceId: TENANT_ID, externalId: TINA.aadObjectId },
    ]);

    const card = cardOf(reply);
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(cardText(card)).toContain("aktivitet 13 pågår nu");
    const titles = actionsOf(card).map((x) => x.title);
    expect(titles).toEqual(["Klar", "Pågår", "Försenad", "Kommentera"]);
    for (const action of actionsOf(card)) {
      expect(action.type).toBe("Action.Execute");
      expect((action.fallback as Json).type).toBe("Action.Submit");
    }
    expect(JSON.stringify(card.body)).toContain('"type":"Input.Text"');
  });

  it("the same activity delivered twice stores one update and is answered once", async () => {
    const activity = channelMention(fake.serviceUrl, TINA, "status 12 försenad");
    const before = await db.prisma.statusUpdate.count();
    const first = await sentDuring(() => post(activity));
    expect(cardText(cardOf(first[0]))).toContain("aktivitet 12 är nu försenad");
    // The channel saw the first answer; a redelivery of the same activity id says nothing there again.
    expect(await sentDuring(() => post(activity))).toEqual([]);
    expect(await db.prisma.statusUpdate.count()).toBe(before + 1);
  });

  it("ten copies of one activity (`agenda lägg till`) at once store one point and are answered once", async () => {
    const activity = channelMention(fake.serviceUrl, TINA, "agenda lägg till Gemensam kalender");
    const calls = await sentDuring(() => Promise.all(Array.from({ length: 10 }, () => post(activity))));
    expect(calls).toHaveLength(1);
    expect(cardText(cardOf(calls[0]))).toContain("Punkten ”Gemensam kalender”");
    expect(await db.prisma.agendaItem.count({ where: { text: "Gemensam kalender" } })).toBe(1);
  });

  it("user text with <at>, markdown and HTML is stored and shown as text", async () => {
    const comment = "**fet** <b>html</b> [länk](https://x.example) <at>Någon</at> &amp; $" + "{x}";
    const activity = channelMention(fake.serviceUrl, TINA, "");
    // Teams escapes &, < and > in typed text and marks the bot's mention with <at>…</at>.
    activity.text = `<at>${BOT.name}</at> status 11 pågår ${comment
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")}`;
    const [reply] = await sentDuring(() => post(activity));
    const stored = await db.prisma.statusUpdate.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(stored.comment).toBe(comment);
    const card = cardOf(reply);
    expect(cardText(card)).toContain(comment);
    // Only TextRuns carry text: no TextBlock (markdown) anywhere in the card.
    expect(JSON.stringify(card)).not.toContain('"TextBlock"');
  });
});

describe("card actions", () => {
  async function freshCard(): Promise<Json> {
    const [reply] = await sentDuring(() => post(channelMention(fake.serviceUrl, TINA, "visa 13")));
    return cardOf(reply);
  }

  function buttonData(card: Json, title: string): Json {
    const action = actionsOf(card).find((a) => a.title === title);
    return action?.data as Json;
  }

  it("Klar (Action.Execute) stores the status and refreshes the card in the invoke response", async () => {
    const card = await freshCard();
    const before = (await activity13()).statusUpdates.length;
    const res = await post(cardAction(fake.serviceUrl, ANNA, buttonData(card, "Klar"), "channel"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const refreshed = res.body?.value as Json;
    expect(cardText(refreshed)).toContain("aktivitet 13 är nu klar");
    expect(cardText(refreshed)).toContain("✅ klar");
    const a = await activity13();
    expect(a.status).toBe("klar");
    expect(a.statusUpdates).toHaveLength(before + 1);
  });

  it("a double click on the same button stores one update", async () => {
    const card = await freshCard();
    const data = buttonData(card, "Försenad");
    const before = (await activity13()).statusUpdates.length;
    const [first, second] = await Promise.all([
      post(cardAction(fake.serviceUrl, TINA, data, "channel")),
      post(cardAction(fake.serviceUrl, TINA, data, "channel")),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((await activity13()).statusUpdates).toHaveLength(before + 1);
    // Another person pressing the same button on the same card is their own request, not a repeat:
    // 13 is försenad already, so it is told so and nothing more is stored.
    const anna = await post(cardAction(fake.serviceUrl, ANNA, data, "channel"));
    expect(cardText(anna.body?.value as Json)).toContain("Aktivitet 13 är redan försenad");
    expect((await activity13()).statusUpdates).toHaveLength(before + 1);
  });

  it("Kommentera keeps the status and stores the comment typed in the card", async () => {
    const card = await freshCard();
    const status = (await activity13()).status;
    const empty = await post(cardAction(fake.serviceUrl, TINA, buttonData(card, "Kommentera"), "channel"));
    expect(empty.body).toMatchObject({ type: "application/vnd.microsoft.activity.message" });
    const data = { ...buttonData(card, "Kommentera"), comment: "<script>alert(1)</script> klart snart" };
    const res = await post(cardAction(fake.serviceUrl, TINA, data, "channel"));
    expect(res.body).toMatchObject({ type: "application/vnd.microsoft.card.adaptive" });
    const a = await activity13();
    expect(a.status).toBe(status);
    expect(a.statusUpdates.at(-1)?.comment).toBe("<script>alert(1)</script> klart snart");
    expect(cardText(res.body?.value as Json)).toContain("<script>alert(1)</script> klart snart");
  });

  it("Action.Submit (fallback) arrives as a message with a value and is answered with a new card", async () => {
    const card = await freshCard();
    const calls = await sentDuring(() => post(cardSubmit(fake.serviceUrl, TINA, buttonData(card, "Pågår"))));
    expect((await activity13()).status).toBe("pagar");
    expect(cardText(cardOf(calls[0]))).toContain("aktivitet 13 pågår nu");
  });

  it("a button the bot does not know gets a 400 response and changes nothing", async () => {
    const before = await db.prisma.statusUpdate.count();
    const res = await post(cardAction(fake.serviceUrl, TINA, { lok: "drop tables" }, "channel"));
    expect(res.body).toMatchObject({ statusCode: 400, type: "application/vnd.microsoft.error" });
    expect(await db.prisma.statusUpdate.count()).toBe(before);
  });
});

describe("personal chat and installation", () => {
  it("`lok status 10 klar` in a personal chat works, is announced in the bound channel, and stores the chat", async () => {
    const from = fake.connectorCalls.length;
    const [reply] = await sentDuring(() =>
      post(personalMessage(fake.serviceUrl, TINA, "lok status 10 klar")),
    );
    expect(reply?.conversationId).toBe(`a:personal-${TINA.aadObjectId}`);
    expect(cardText(cardOf(reply))).toContain("aktivitet 10 är nu klar");
    const announced = await connectorCall(from, (c) => c.conversationId === CHANNEL_ID);
    expect(cardText(cardOf(announced))).toMatch(/^✅ 10\. .* – klar \(Tina Modin\)$/);
    expect(announced.body.from).toMatchObject({ id: BOT.id });
    const tina = await memberWithId(db.prisma, "teams", TINA.id);
    const chat = await db.prisma.personalConversation.findUniqueOrThrow({
      where: { memberId_platform: { memberId: tina.id, platform: "teams" } },
    });
    expect(chat.conversationId).toBe(`a:personal-${TINA.aadObjectId}`);
    expect(chat.reference).toMatchObject({ serviceUrl: fake.serviceUrl, tenantId: TENANT_ID });
  });

  it("a button pressed on a card in the personal chat is announced in the channel too", async () => {
    const [shown] = await sentDuring(() => post(personalMessage(fake.serviceUrl, TINA, "visa 8")));
    const pagar = actionsOf(cardOf(shown)).find((a) => a.title === "Pågår")?.data as Json;
    const from = fake.connectorCalls.length;
    const res = await post(cardAction(fake.serviceUrl, TINA, pagar, "personal"));
    expect(res.body).toMatchObject({ statusCode: 200, type: "application/vnd.microsoft.card.adaptive" });
    const announced = await connectorCall(from, (c) => c.conversationId === CHANNEL_ID);
    expect(cardText(cardOf(announced))).toMatch(/^🔵 8\. .* – pågår \(Tina Modin\)$/);
  });

  it("a newcomer whose Teams name has control characters becomes a member without them", async () => {
    const odd = { id: "29:olle", aadObjectId: "aad-olle", name: "Olle\u0000 Udda\u001b[2J" };
    await sentDuring(() => post(personalMessage(fake.serviceUrl, odd, "mina")));
    const member = await memberWithId(db.prisma, "teams", odd.id);
    expect(member.name).toBe("Olle Udda[2J");
  });

  it("installationUpdate in a personal scope stores the chat of the person who installed", async () => {
    const res = await post(botInstalledPersonally(fake.serviceUrl, ANNA));
    expect(res.status).toBe(200);
    const anna = await memberWithId(db.prisma, "teams-aad", ANNA.aadObjectId);
    const chat = await db.prisma.personalConversation.findUnique({
      where: { memberId_platform: { memberId: anna.id, platform: "teams" } },
    });
    expect(chat?.conversationId).toBe(`a:personal-${ANNA.aadObjectId}`);
  });

  it("the bot added to a team (conversationUpdate) posts a welcome that says how to bind", async () => {
    const [welcome] = await sentDuring(() => post(botAddedToTeam(fake.serviceUrl, ANNA)));
    expect(welcome?.conversationId).toBe(TEAM_ID);
    expect(cardText(cardOf(welcome))).toContain("koppla");
  });
});

describe("notifier (proactive posts)", () => {
  const reminder = {
    tone: "info" as const,
    visibility: "channel" as const,
    blocks: [{ type: "text" as const, text: "Påminnelse: aktivitet 13 har deadline på fredag." }],
  };

  beforeEach(async () => {
    await db.prisma.channelBinding.updateMany({ where: { platform: "teams" }, data: { active: true } });
  });

  async function binding() {
    return db.prisma.channelBinding.findFirstOrThrow({ where: { platform: "teams", channelId: CHANNEL_ID } });
  }

  it("postToChannel writes to the stored conversation through its serviceUrl", async () => {
    const calls = await sentDuring(async () => {
      expect(await surface.notifier.postToChannel(await binding(), reminder)).toEqual({ ok: true });
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", conversationId: CHANNEL_ID });
    expect(calls[0]?.authorization).toBe(`Bearer ${fake.botAccessToken}`);
    expect(calls[0]?.body.from).toMatchObject({ id: BOT.id });
    expect(cardText(cardOf(calls[0]))).toContain("Påminnelse");
  });

  it("a 429 asks to retry after the Retry-After it gave", async () => {
    fake.queue({ status: 429, headers: { "retry-after": "7" }, body: { error: { code: "Throttled" } } });
    const result = await surface.notifier.postToChannel(await binding(), reminder);
    expect(result).toMatchObject({ ok: false, permanent: false, retryAfterMs: 7000 });
    expect((await binding()).active).toBe(true);
  });

  it("a 502 is transient", async () => {
    fake.queue({ status: 502, body: {} });
    expect(await surface.notifier.postToChannel(await binding(), reminder)).toMatchObject({
      ok: false,
      permanent: false,
    });
  });

  it("a 403 (the bot was removed) is permanent and deactivates the binding", async () => {
    fake.queue({ status: 403, body: { error: { code: "BotNotInConversationRoster" } } });
    const result = await surface.notifier.postToChannel(await binding(), reminder);
    expect(result).toMatchObject({ ok: false, permanent: true, deactivateBinding: true });
    expect((await binding()).active).toBe(false);
  });

  it("sendDirect writes to the member's stored personal chat, and is undefined without one", async () => {
    const tina = await memberWithId(db.prisma, "teams", TINA.id);
    const calls = await sentDuring(async () => {
      expect(await surface.notifier.sendDirect(tina, reminder)).toEqual({ ok: true });
    });
    expect(calls[0]?.conversationId).toBe(`a:personal-${TINA.aadObjectId}`);
    const nobody = await db.prisma.member.findFirstOrThrow({
      where: { name: "Peter Eriksson" },
      include: { identities: true },
    });
    expect(await surface.notifier.sendDirect(nobody, reminder)).toBeUndefined();
  });

  it("uninstalling from the team deactivates the team's bindings", async () => {
    await post(botUninstalledFromTeam(fake.serviceUrl, ANNA));
    expect((await binding()).active).toBe(false);
  });
});
