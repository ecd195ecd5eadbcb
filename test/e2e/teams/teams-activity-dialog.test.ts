// The new activity dialog through the real Teams SDK app with JWT validation on, against loopback fakes
// of the Bot Framework's key set, the Bot Connector and Entra ID, and a real PGlite database loaded with
// the demo: `ny aktivitet` alone answers with a button that opens the dialog; task/fetch draws the form
// with the plan's principles; task/submit creates the activity through the door, and a submit with a
// problem draws the form again with the error and creates nothing; a medlem is refused.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { ANNA, channelMention, dialogInvoke, TINA } from "../../support/teams-activities.ts";
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

type Input = Json & { id?: string; choices?: { title: string; value: string }[]; value?: string };

function inputsOf(card: Json): Input[] {
  return ((card.body ?? []) as Input[]).filter((e) => String(e.type).startsWith("Input."));
}

function dialogCard(res: { body?: Json }): Json {
  const task = res.body?.task as {
    type: string;
    value: { title: string; card: { contentType: string; content: Json } };
  };
  expect(task.type).toBe("continue");
  expect(task.value.card.contentType).toBe("application/vnd.microsoft.card.adaptive");
  return task.value.card.content;
}

/** The data the dialog's submit sends: its own data with the form's inputs beside it. */
function submitData(card: Json, inputs: Json): Json {
  const [submit] = (card.actions ?? []) as { type: string; data: Json }[];
  expect(submit?.type).toBe("Action.Submit");
  return { ...submit?.data, ...inputs };
}

const activities = () => db.prisma.activity.count();

describe("the new activity dialog", () => {
  async function openButton(user = ANNA): Promise<Json> {
    const [reply] = await sentDuring(() => post(channelMention(fake.serviceUrl, user, "ny aktivitet")));
    const card = cardOf(reply);
    expect(cardText(card)).toContain("För en ny aktivitet behöver jag en titel, en princip och en part");
    const button = actionsOf(card).find((a) => a.title === "Ny aktivitet");
    expect(button).toMatchObject({ type: "Action.Submit", data: { msteams: { type: "task/fetch" } } });
    return button?.data as Json;
  }

  async function openDialog(): Promise<Json> {
    const res = await post(dialogInvoke(fake.serviceUrl, ANNA, "task/fetch", await openButton()));
    expect(res.status).toBe(200);
    return dialogCard(res);
  }

  it("`ny aktivitet` alone answers with a button; task/fetch draws the form with the plan's principles", async () => {
    const card = await openDialog();
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    const inputs = inputsOf(card);
    expect(inputs.map((i) => [i.type, i.id])).toEqual([
      ["Input.Text", "title"],
      ["Input.ChoiceSet", "principle"],
      ["Input.ChoiceSet", "party"],
      ["Input.Date", "deadline"],
      ["Input.Text", "responsibleOrg"],
      ["Input.Text", "description"],
    ]);
    const plan = await db.prisma.plan.findFirstOrThrow({
      where: { active: true },
      include: { principles: { orderBy: { position: "asc" } } },
    });
    expect(inputs[1]?.choices?.map((c) => c.title)).toEqual(plan.principles.map((p) => p.name));
    expect(inputs[2]?.choices?.map((c) => c.value)).toEqual(["stad", "civilsamhalle", "gemensamt"]);
  });

  it("a submit with a problem draws the form again with the error and what was typed, and creates nothing", async () => {
    const card = await openDialog();
    const before = await activities();
    const res = await post(
      dialogInvoke(
        fake.serviceUrl,
        ANNA,
        "task/submit",
        submitData(card, {
          title: "  ",
          principle: "dialog",
          party: "stad",
          responsibleOrg: "Kulturförvaltningen",
        }),
      ),
    );
    expect(res.status).toBe(200);
    const again = dialogCard(res);
    expect(cardText(again)).toContain("Skriv en titel.");
    expect(cardText(again)).toContain("Rätta det som är markerat");
    const inputs = inputsOf(again);
    expect(inputs.find((i) => i.id === "principle")?.value).toBe("dialog");
    expect(inputs.find((i) => i.id === "responsibleOrg")?.value).toBe("Kulturförvaltningen");
    expect(await activities()).toBe(before);
  });

  it("a valid submit creates the activity once, posts its card in the conversation and closes the dialog", async () => {
    const card = await openDialog();
    const last = await db.prisma.activity.findFirstOrThrow({ orderBy: { number: "desc" } });
    const principle = inputsOf(card)[1]?.choices?.[1];
    const data = submitData(card, {
      title: "Träffar om föreningslokaler",
      principle: principle?.value,
      party: "gemensamt",
      deadline: "2027-03-15",
      description: "Inventera lokalerna.",
    });
    let closed: { body?: Json } = {};
    const sent = await sentDuring(async () => {
      // Submitted twice (a double click): one activity.
      const [first] = await Promise.all([
        post(dialogInvoke(fake.serviceUrl, ANNA, "task/submit", data)),
        post(dialogInvoke(fake.serviceUrl, ANNA, "task/submit", data)),
      ]);
      closed = first;
    });
    const next = last.number + 1;
    expect(closed.body?.task).toEqual({
      type: "message",
      value: `Aktivitet ${next}, ”Träffar om föreningslokaler”, finns nu i planen.`,
    });
    const posted = sent.map((c) => cardText(cardOf(c))).join("\n");
    expect(posted).toContain(`Aktivitet ${next}, ”Träffar om föreningslokaler”, finns nu i planen.`);
    const created = await db.prisma.activity.findMany({
      where: { title: "Träffar om föreningslokaler" },
      include: { principle: true, changes: true },
    });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      number: next,
      party: "gemensamt",
      description: "Inventera lokalerna.",
    });
    expect(created[0]?.principle?.name).toBe(principle?.title);
    expect(created[0]?.dueDate?.toISOString().slice(0, 10)).toBe("2027-03-15");
    expect(created[0]?.changes.map((c) => [c.field, c.source])).toEqual([["created", "teams"]]);
  });

  it("a medlem is refused, naming the samordnare, both opening and submitting", async () => {
    const button = await openButton(ANNA);
    const opened = await post(dialogInvoke(fake.serviceUrl, TINA, "task/fetch", button));
    const task = opened.body?.task as { type: string; value: string };
    expect(task.type).toBe("message");
    expect(task.value).toContain("Bara samordnare och administratörer kan lägga till aktiviteter");
    expect(task.value).toContain("Anna Fogel");
    const before = await activities();
    const card = await openDialog();
    const submitted = await post(
      dialogInvoke(
        fake.serviceUrl,
        TINA,
        "task/submit",
        submitData(card, { title: "Smyg", principle: "dialog", party: "stad" }),
      ),
    );
    expect((submitted.body?.task as { value: string } | undefined)?.value).toContain("Bara samordnare");
    expect(await activities()).toBe(before);
  });

  it("data that is not ours is refused politely", async () => {
    const res = await post(dialogInvoke(fake.serviceUrl, ANNA, "task/fetch", { lok: "nope" }));
    expect((res.body?.task as { type: string } | undefined)?.type).toBe("message");
  });
});
