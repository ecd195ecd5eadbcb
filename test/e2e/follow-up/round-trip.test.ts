// The year's follow-up on the Västerås plan 2022–2024, end to end: a samordnare opens the round in the
// console; the scheduler (with a moved clock) asks every member by direct message through the real
// Slack surface (signed requests to Bolt's receiver, a loopback Web API) and the real Teams SDK app
// (real JWT validation against loopback fakes); members answer in the console, with Slack's buttons
// and form, and with a Teams card's inputs; reminders follow working days, holidays and `tyst`; the
// round is closed and later answers are refused.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/core/clock.ts";
import { instantAt } from "../../../src/core/zoned-time.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { loadExcelJS } from "../../../src/plans/exceljs.ts";
import { createExportCommand } from "../../../src/plans/export-command.ts";
import { createTeamsSurface, type TeamsSurface } from "../../../src/platforms/teams/index.ts";
import { createScheduler, type Scheduler } from "../../../src/scheduler/index.ts";
import { createDoor } from "../../../src/services/conversation.ts";
import { createCommandExecutor } from "../../../src/services/execute-command.ts";
import { cliContext } from "../../fixtures/plans/workbooks.ts";
import { commandHarness } from "../../support/command-harness.ts";
import { type DocxBlock, readDocx } from "../../support/docx-reader.ts";
import { type FakeSlack, startFakeSlack } from "../../support/slack-fake-api.ts";
import { type SlackHarness, sendLok, slackHarness } from "../../support/slack-harness.ts";
import { messageBlockActions, nextId, TEAM, viewSubmission } from "../../support/slack-payloads.ts";
import { interactionRequest, sendSigned } from "../../support/slack-requests.ts";
import { cardAction, personalMessage, type TeamsUser } from "../../support/teams-activities.ts";
import {
  APP_ID,
  APP_SECRET,
  type FakeMicrosoft,
  routeLoginToFake,
  startFakeMicrosoft,
  TENANT_ID,
} from "../../support/teams-fakes.ts";
import { createTestDatabase } from "../../support/test-database.ts";
import { importVasteras, VASTERAS_GROUP } from "../../support/vasteras-round.ts";

type Json = Record<string, unknown>;
const ZONE = "Europe/Stockholm";
const at = (date: string, time = "09:30") => instantAt(date as never, time as never, ZONE);

const KARIN_SLACK = { id: "U0KARIN", name: "Karin Berg", email: "karin@vasteras.example" };
const EVA_SLACK = { id: "U0EVA", name: "Eva Lind", email: "eva@vasteras.example" };
/** LOK_ADMINS of the Slack harness: binds the channel to the group. */
const ADMIN_SLACK = { id: "U0ADMIN", name: "Ada Admin", email: "ada@vasteras.example" };
const OMAR_TEAMS: TeamsUser = {
  id: "29:omar",
  aadObjectId: "aad-omar",
  name: "Omar Said",
  email: "omar@forening.example",
};

let db: Database;
let fakeSlack: FakeSlack;
let slack: SlackHarness;
let fakeMs: FakeMicrosoft;
let teams: TeamsSurface;
let restoreFetch: () => void;
let scheduler: Scheduler;
const clock = fixedClock(at("2024-05-15", "10:00"));
let console_: Awaited<ReturnType<typeof commandHarness>>;

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function run(as: string, line: string) {
  return console_.run(as, line);
}

async function tick(date: string, time = "09:30") {
  clock.set(at(date, time));
  return scheduler.tick(clock.now());
}

/** What a tick wrote to the outbox for the follow-up round, by kind. */
function roundKinds(result: Awaited<ReturnType<typeof tick>>): Record<string, number> {
  return Object.fromEntries(Object.entries(result.sweep.byKind).filter(([kind]) => kind.startsWith("round")));
}

/** Direct messages Slack was asked to post to a user, as their blocks. */
function slackDirect(userId: string): Json[][] {
  return fakeSlack
    .callsTo("chat.postMessage")
    .filter((c) => c.args.channel === userId)
    .map((c) => (typeof c.args.blocks === "string" ? JSON.parse(c.args.blocks) : c.args.blocks) as Json[]);
}

function buttons(blocks: Json[]): { action_id: string; value: string; text: string }[] {
  return blocks.flatMap((b) =>
    b.type === "actions"
      ? (b.elements as Json[]).map((e) => ({
          action_id: String(e.action_id),
          value: String(e.value),
          text: String((e.text as Json).text),
        }))
      : [],
  );
}

async function pressSlack(userId: string, button: { action_id: string; value: string; text: string }) {
  const id = nextId("act");
  const payload = messageBlockActions({
    userId,
    button: { ...button, text: { text: button.text } },
    messageTs: "1700000000.000100",
    ephemeral: false,
    responseUrl: fakeSlack.responseUrl(id),
    channelId: "D0KARIN",
  });
  const res = await sendSigned(slack.eventsUrl, interactionRequest(payload));
  expect(res.status).toBe(200);
}

async function postTeams(activity: Json) {
  const res = await fetch(`http://127.0.0.1:${teams.port()}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await fakeMs.token()}` },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : undefined };
}

/** The Adaptive Cards the Bot Connector was asked to send into Omar's personal chat. */
function teamsCards(): Json[] {
  return fakeMs.connectorCalls
    .filter((c) => c.conversationId === `a:personal-${OMAR_TEAMS.aadObjectId}`)
    .flatMap((c) => ((c.body.attachments ?? []) as { content: Json }[]).map((a) => a.content));
}

const member = (name: string) =>
  db.prisma.member.findFirstOrThrow({ where: { name, group: { name: VASTERAS_GROUP } } });
const assessmentsOf = async (name: string) =>
  db.prisma.goalAssessment.findMany({
    where: { memberId: (await member(name)).id },
    include: { goal: true },
    orderBy: { goal: { number: "asc" } },
  });

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  await importVasteras(db, "2024-03-01T09:00:00Z");
  // Karin and Eva use Slack; Omar uses Teams; Lena only the console.
  for (const user of [KARIN_SLACK, EVA_SLACK]) {
    const m = await member(user.name);
    await db.prisma.memberIdentity.create({
      data: { groupId: m.groupId, memberId: m.id, platform: "slack", workspaceId: TEAM, externalId: user.id },
    });
  }
  fakeSlack = await startFakeSlack({
    users: Object.fromEntries(
      [KARIN_SLACK, EVA_SLACK, ADMIN_SLACK].map((u) => [u.id, { name: u.name, email: u.email }]),
    ),
  });
  fakeMs = await startFakeMicrosoft();
  restoreFetch = routeLoginToFake(fakeMs);
  slack = await slackHarness({
    db,
    fake: fakeSlack,
    beforeListen: async (http) => {
      const logger = pino({ level: "silent" });
      const deps = { prisma: db.prisma, clock, logger };
      teams = await createTeamsSurface({
        config: {
          credentials: { clientId: APP_ID, clientSecret: APP_SECRET, tenantId: TENANT_ID },
          allowUnauthenticated: false,
          extraServiceOrigins: [fakeMs.url],
        },
        door: createDoor(deps, createCommandExecutor(deps), { admins: [] }),
        db: db.prisma,
        clock,
        logger,
        cloud: fakeMs.cloud,
        http,
      });
      await teams.start();
    },
  });
  console_ = await commandHarness(db, clock.now().toISOString(), { loaded: true });
  console_.clock.set(clock.now());
  scheduler = createScheduler({
    deps: { prisma: db.prisma, clock, logger: pino({ level: "silent" }) },
    notifiers: [slack.surface.notifier, teams.notifier],
    logger: pino({ level: "silent" }),
  });
}, 60_000);

afterAll(async () => {
  await teams?.stop();
  await slack?.close();
  await fakeSlack?.close();
  restoreFetch?.();
  await fakeMs?.close();
  await db?.close();
});

describe("the 2024 follow-up round of Handlingsplan 2022–2024", () => {
  it("has the plan's goals and a principle without activities", async () => {
    const goals = await run("Eva Lind", "mål");
    expect(goals.text).toContain("Dialog och samverkan");
    expect(goals.text).toContain(
      "1. skapa en ökad förståelse och acceptans/förtroende/respekt för varandras perspektiv och förhållningssätt.",
    );
    expect(goals.text).toContain("15. En bredd av föreningar");
    expect(await db.prisma.goal.count()).toBe(15);
    const dialog = await db.prisma.principle.findFirstOrThrow({
      where: { name: "Dialog och samverkan" },
      include: { _count: { select: { activities: true, goals: true } } },
    });
    expect(dialog._count).toEqual({ activities: 0, goals: 4 });
  });

  it("the year's statuses are reported during the year", async () => {
    await run("Eva Lind", "status 1 klar Informationen finns samlad på vasteras.se");
    await run("Karin Berg", "status 3 pågår");
    await run("Eva Lind", "deadline 8 2024-10-01");
    await run("Omar Said", "status 8 pågår Två bildningskvällar hållna");
    await run("Lena Holm", "status 6 klar");
    await run("Eva Lind", "ändra 3 uppföljning Antal föreningar i registret");
  });

  it("a medlem may not open the round; a samordnare opens it and it is kept once per year", async () => {
    clock.set(at("2024-12-02", "08:00"));
    console_.clock.set(clock.now());
    const refused = await run("Karin Berg", "uppföljning starta 2024");
    expect(refused.tone).toBe("error");
    expect(refused.text).toContain("öppna årets uppföljning");
    const opened = await run("Eva Lind", "uppföljning starta 2024 till 17 januari 2025");
    expect(opened.effect).toBe("changed");
    expect(opened.text).toContain(
      "Uppföljningen 2024 av Handlingsplan 2022–2024 är öppnad till och med 17 jan 2025.",
    );
    expect(opened.text).toContain("målen till 4 medlemmar, aktiviteterna till 4 ansvariga");
    expect((await run("Omar Said", "uppföljning starta 2024")).text).toContain("redan öppen");
  });

  it("Omar writes to the bot in Teams once, so that it can write to him", async () => {
    const res = await postTeams(personalMessage(fakeMs.serviceUrl, OMAR_TEAMS, "hjälp mål"));
    expect(res.status).toBe(200);
    const omar = await member("Omar Said");
    expect(
      await db.prisma.personalConversation.count({ where: { memberId: omar.id, platform: "teams" } }),
    ).toBe(1);
  });

  it("the first tick asks everyone once, by direct message where they can be reached", async () => {
    const first = await tick("2024-12-02", "08:05");
    expect(first.sweep.byKind.round).toBe(8); // 4 members' goals, 4 owners' activities
    const again = await tick("2024-12-02", "08:06");
    expect(roundKinds(again)).toEqual({});
    const karin = slackDirect(KARIN_SLACK.id);
    expect(karin).toHaveLength(2);
    const text = JSON.stringify(karin);
    expect(text).toContain("Hur väl har vi nått målen?");
    expect(text).toContain("Tillhandahålla ett aktuellt och ändamålsenligt föreningsregister.");
    // The owner is prompted with the activity's Uppföljning/Mått.
    expect(text).toContain("Uppföljning/Mått: Antal föreningar i registret");
    const cards = teamsCards();
    expect(cards.length).toBeGreaterThanOrEqual(2);
  });

  it("answers in the console", async () => {
    for (let goal = 1; goal <= 15; goal++)
      await run(
        "Eva Lind",
        `bedöm ${goal} ${goal % 4 === 0 ? 4 : (goal % 3) + 2}${goal === 1 ? " Dialogen med föreningsrådet har blivit regelbunden" : ""}`,
      );
    const text = await run("Eva Lind", "uppföljning 1 Besöken på föreningssidorna ökade med en tredjedel.");
    expect(text.effect).toBe("changed");
    await run("Eva Lind", "lärdom Dialogmöten på kvällstid når fler föreningar.");
    await run("Lena Holm", "tyst till 2024-12-20");
    await run("Lena Holm", "bedöm 2 2 Svårt att nå nya grupper");
    expect((await run("Lena Holm", "bedöm 2 9")).tone).toBe("error");
  });

  it("answers with Slack's buttons and its form", async () => {
    const [goalsMessage, activityMessage] = slackDirect(KARIN_SLACK.id).sort((a, b) =>
      JSON.stringify(a).includes("Hur väl") ? -1 : JSON.stringify(b).includes("Hur väl") ? 1 : 0,
    );
    const score = buttons(goalsMessage ?? []).find(
      (b) => b.value.includes('"goal":2') && b.text.startsWith("3"),
    );
    expect(score?.text).toBe("3 i stor grad");
    await pressSlack(KARIN_SLACK.id, score as never);
    const karin = await eventually(
      () => assessmentsOf("Karin Berg"),
      (a) => a.length === 1,
    );
    expect(karin.map((a) => [a.goal.number, a.score, a.source])).toEqual([[2, 3, "slack"]]);

    const write = buttons(activityMessage ?? []).find((b) => b.text === "Skriv uppföljning…");
    expect(write).toBeDefined();
    const opens = fakeSlack.callsTo("views.open").length;
    await pressSlack(KARIN_SLACK.id, write as never);
    const [open] = (await fakeSlack.waitForCall("views.open", opens + 1)).slice(opens);
    const view = (typeof open?.args.view === "string" ? JSON.parse(open.args.view) : open?.args.view) as Json;
    expect(view.callback_id).toBe("lok:round_text_modal");
    const submission = viewSubmission({
      userId: KARIN_SLACK.id,
      view: { callback_id: String(view.callback_id), private_metadata: String(view.private_metadata) },
    });
    (submission.view.state as Json).values = {
      text: {
        value: {
          type: "plain_text_input",
          value: "Registret har 412 föreningar och uppdateras varje kvartal.",
        },
      },
    };
    const res = await sendSigned(slack.eventsUrl, interactionRequest(submission));
    expect(res.status).toBe(200);
    const texts = await eventually(
      () => db.prisma.roundActivityText.findMany({ where: { source: "slack" }, include: { activity: true } }),
      (t) => t.length === 1,
    );
    expect(texts.map((t) => [t.activity.number, t.text])).toEqual([
      [3, "Registret har 412 föreningar och uppdateras varje kvartal."],
    ]);
  });

  it("answers with a Teams card's inputs", async () => {
    const goalsCard = teamsCards().find((c) => JSON.stringify(c).includes("Input.ChoiceSet"));
    expect(goalsCard).toBeDefined();
    const actions = (goalsCard?.actions ?? []) as Json[];
    const save = actions.find((a) => a.title === "Spara bedömningarna");
    expect(save).toBeDefined();
    const data = {
      ...(save?.data as Json),
      "assess-7": "4",
      "assess-8": "3",
      "assess-12": "1",
      comment: "Samarbetet känns tryggt",
    };
    const res = await postTeams(cardAction(fakeMs.serviceUrl, OMAR_TEAMS, data, "personal"));
    expect(res.status).toBe(200);
    const omar = await assessmentsOf("Omar Said");
    expect(omar.map((a) => [a.goal.number, a.score, a.comment, a.source])).toEqual([
      [7, 4, "Samarbetet känns tryggt", "teams"],
      [8, 3, null, "teams"],
      [12, 1, null, "teams"],
    ]);
    const activityCard = teamsCards().find((c) => JSON.stringify(c).includes("Skriv uppföljning"));
    const write = ((activityCard?.actions ?? []) as Json[]).find((a) => a.title === "Skriv uppföljning");
    expect(write).toBeDefined();
    const written = await postTeams(
      cardAction(
        fakeMs.serviceUrl,
        OMAR_TEAMS,
        { ...(write?.data as Json), comment: "Två bildningskvällar med 60 deltagare." },
        "personal",
      ),
    );
    expect(written.status).toBe(200);
    const text = await db.prisma.roundActivityText.findFirstOrThrow({
      where: { source: "teams" },
      include: { activity: true },
    });
    expect([text.activity.number, text.text]).toEqual([8, "Två bildningskvällar med 60 deltagare."]);
  });

  it("shows the samordnare who has answered what", async () => {
    const progress = await run("Omar Said", "uppföljning");
    expect(progress.text).toContain("1 av 4 medlemmar har bedömt alla 15 mål.");
    expect(progress.text).toContain("Eva Lind: 15 av 15 mål bedömda, 1 av 1 aktivitetstexter, 1 lärdom");
    expect(progress.text).toContain("Karin Berg: 1 av 15 mål bedömda, 1 av 1 aktivitetstexter");
    expect(progress.text).toContain("6. Leverera aktuell kontaktinformation till kommunen. (Lena Holm)");
    expect((await run("Karin Berg", "uppföljning")).tone).toBe("error");
  });

  it("reminds weekly on working days at the reminder time, never twice, and not those who are quiet or done", async () => {
    expect((await tick("2024-12-09", "08:00")).sweep.byKind["round-reminder"]).toBeUndefined();
    const monday = await tick("2024-12-09", "09:30");
    expect(monday.sweep.byKind["round-reminder"]).toBe(2); // Karin and Omar; Eva is done, Lena is quiet
    expect(roundKinds(await tick("2024-12-09", "11:00"))).toEqual({});
    const reminders = await db.prisma.outboxMessage.findMany({ where: { kind: "round-reminder" } });
    const ids = reminders.map((r) => (r.target as { memberId: number }).memberId).sort();
    const expected = [(await member("Karin Berg")).id, (await member("Omar Said")).id].sort();
    expect(ids).toEqual(expected);
    const karinReminder = slackDirect(KARIN_SLACK.id).at(-1);
    expect(JSON.stringify(karinReminder)).toContain(
      "Påminnelse om uppföljningen 2024, som stänger 17 jan 2025: 14 mål att bedöma",
    );
    // Lena's pause is over by the 23rd.
    expect((await tick("2024-12-23")).sweep.byKind["round-reminder"]).toBe(3);
  });

  it("a reminder that falls on a holiday goes out the next working day", async () => {
    await run("Eva Lind", "uppföljning"); // nothing changes
    expect((await tick("2025-01-06")).sweep.byKind["round-reminder"]).toBeUndefined(); // Trettondedag jul
    expect((await tick("2025-01-07")).sweep.byKind["round-reminder"]).toBe(3);
    expect((await tick("2025-01-08")).sweep.byKind["round-reminder"]).toBeUndefined();
    // The last working day up to the closing date, then nothing after it.
    expect((await tick("2025-01-17")).sweep.byKind["round-reminder"]).toBe(3);
    expect(roundKinds(await tick("2025-01-20"))).toEqual({});
  });

  it("closes, and refuses answers afterwards with the reason", async () => {
    clock.set(at("2025-01-20", "10:00"));
    console_.clock.set(clock.now());
    const closed = await run("Eva Lind", "uppföljning avsluta");
    expect(closed.effect).toBe("changed");
    const late = await run("Karin Berg", "bedöm 5 3");
    expect(late.tone).toBe("error");
    expect(late.text).toContain("Uppföljningen 2024 avslutades 20 jan 2025, så jag tar inte emot fler svar.");
    expect((await run("Karin Berg", "lärdom För sent")).tone).toBe("error");
    expect(await db.prisma.roundLesson.count()).toBe(1);
    expect(roundKinds(await tick("2025-01-27"))).toEqual({});
  });
});

/** The paragraphs of a style, in order. */
const styled = (blocks: DocxBlock[], style: string) =>
  blocks.flatMap((b) => (b.type === "paragraph" && b.style === style ? [b.text] : []));
const tables = (blocks: DocxBlock[]) => blocks.flatMap((b) => (b.type === "table" ? [b.rows] : []));
/** The table right after a heading. */
function tableAfter(blocks: DocxBlock[], heading: string, from = 0): string[][] {
  const at = blocks.findIndex((b, i) => i >= from && b.type === "paragraph" && b.text === heading);
  const table = blocks.slice(at + 1).find((b) => b.type === "table");
  return table?.type === "table" ? table.rows : [];
}

describe("the 2024 statusrapport made from that round", () => {
  let dir: string;
  const exportReport = async (file: string) => {
    const c = cliContext(db);
    const code = await createExportCommand({ clock: fixedClock(at("2025-01-21", "10:00")) })(
      [join(dir, file), "--group", VASTERAS_GROUP, "--year", "2024"],
      c.ctx,
    );
    expect(code, c.stderr()).toBe(0);
    expect(c.stdout()).toContain("Statusrapporten 2024 för Handlingsplan 2022–2024");
    return readFile(join(dir, file));
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "lok-statusrapport-"));
  });

  it("as Word: the title page, the summary with both parties and charts, goals, activities, lessons and history", async () => {
    const { blocks, files } = await readDocx(await exportReport("statusrapport-2024.docx"));
    expect(styled(blocks, "Title")).toEqual(["Statusrapport 2024"]);
    const [facts] = tables(blocks);
    expect(facts).toEqual([
      ["Samverkansgrupp", VASTERAS_GROUP],
      ["Handlingsplan", "Handlingsplan 2022–2024"],
      ["Period", "1 jan 2022 – 31 dec 2024"],
      ["År", "2024"],
      ["Datum", "21 jan 2025"],
    ]);
    expect(styled(blocks, "Heading1")).toEqual([
      "Sammanfattning",
      "Dialog och samverkan",
      "Öppenhet och tillgänglighet",
      "Långsiktighet och kvalitet",
      "Mångfald och förnyelse",
      "Lärdomar",
      "Bilaga: statushistorik 2024",
    ]);
    const parties = tableAfter(blocks, "Per part");
    expect(parties[0]).toEqual([
      "Part",
      "Aktiviteter",
      "ej påbörjad",
      "pågår",
      "klar",
      "försenad",
      "pausad",
      "struken",
      "Andel klara",
      "Försenade",
    ]);
    // Activity 1 (gemensamt) and 6 (civilsamhället) klar, 3 (stad) pågår, 8 (gemensamt) pågår past its deadline.
    expect(parties.slice(1)).toEqual([
      ["Kommunen", "8", "7", "1", "0", "0", "0", "0", "0 %", "0"],
      ["Civilsamhället", "9", "8", "0", "1", "0", "0", "0", "11 %", "0"],
      ["Gemensamt", "7", "5", "1", "1", "0", "0", "0", "14 %", "1"],
    ]);
    const principles = tableAfter(blocks, "Per princip");
    expect(principles.map((r) => r[0])).toEqual([
      "Princip",
      "Dialog och samverkan",
      "Öppenhet och tillgänglighet",
      "Långsiktighet och kvalitet",
      "Mångfald och förnyelse",
      "Totalt",
    ]);
    expect(principles[1]?.slice(1, 3)).toEqual(["0", "0"]);
    expect(principles.at(-1)?.slice(1, 2)).toEqual(["24"]);
    expect(blocks.filter((b) => b.type === "image").map((b) => (b.type === "image" ? b.name : ""))).toEqual([
      "Aktiviteternas status per part",
      "Aktiviteternas status per princip",
    ]);
    expect([...files.keys()].filter((f) => f.startsWith("word/media/")).length).toBeGreaterThanOrEqual(4);

    // Dialog och samverkan: goals and their assessments, and no activities.
    const dialog = blocks.findIndex(
      (b) => b.type === "paragraph" && b.text === "Dialog och samverkan" && b.style === "Heading1",
    );
    const goals = tableAfter(blocks, "Mål och självvärdering", dialog);
    expect(goals[0]).toEqual(["Mål", "inte alls", "i liten grad", "i stor grad", "helt", "Svar", "Medel"]);
    // Goal 1: Eva 3. Goal 2: Eva 4, Lena 2, Karin 3.
    expect(goals[1]).toEqual([
      "1. skapa en ökad förståelse och acceptans/förtroende/respekt för varandras perspektiv och förhållningssätt.",
      "0",
      "0",
      "1",
      "0",
      "1",
      "3,0",
    ]);
    expect(goals[2]?.slice(1)).toEqual(["0", "1", "1", "1", "3", "3,0"]);
    const dialogBlocks = blocks.slice(
      dialog,
      blocks.findIndex((b, i) => i > dialog && b.type === "paragraph" && b.style === "Heading1"),
    );
    const texts = dialogBlocks.map((b) => (b.type === "paragraph" ? b.text : ""));
    expect(texts).toContain("Mål 1, Eva Lind: Dialogen med föreningsrådet har blivit regelbunden");
    expect(texts).toContain("Mål 2, Lena Holm: Svårt att nå nya grupper");
    expect(texts).toContain("Principen har inga aktiviteter i planen.");

    const lasting = blocks.findIndex(
      (b) => b.type === "paragraph" && b.text === "Långsiktighet och kvalitet",
    );
    const lastingGoals = tableAfter(blocks, "Mål och självvärdering", lasting);
    expect(lastingGoals.find((r) => r[0]?.startsWith("7. "))?.slice(1)).toEqual([
      "0",
      "0",
      "1",
      "1",
      "2",
      "3,5",
    ]);
    const activities = tableAfter(blocks, "Aktiviteter", lasting);
    expect(activities[0]).toEqual([
      "Nr",
      "Aktivitet",
      "Part",
      "Ansvarig",
      "Status vid årets slut",
      "Uppföljning/Mått",
      "Resultat och effekter",
    ]);
    const eight = activities.find((r) => r[0] === "8");
    expect(eight?.slice(2, 5)).toEqual(["Gemensamt", "Omar Said, Lena Holm", "pågår (försenad)"]);
    expect(eight?.[6]).toBe("Omar Said: Två bildningskvällar med 60 deltagare.");

    const open = blocks.findIndex((b) => b.type === "paragraph" && b.text === "Öppenhet och tillgänglighet");
    const openActivities = tableAfter(blocks, "Aktiviteter", open);
    expect(openActivities.find((r) => r[0] === "1")?.[6]).toBe(
      "Eva Lind: Besöken på föreningssidorna ökade med en tredjedel.",
    );
    expect(openActivities.find((r) => r[0] === "3")?.[4]).toBe("pågår");

    expect(texts.length).toBeGreaterThan(0);
    const all = blocks.map((b) => (b.type === "paragraph" ? b.text : ""));
    expect(all).toContain("Dialogmöten på kvällstid når fler föreningar. (Eva Lind)");
    const history = tableAfter(blocks, "Bilaga: statushistorik 2024");
    expect(history[0]).toEqual(["Datum", "Nr", "Aktivitet", "Status", "Kommentar", "Av"]);
    expect(history.slice(1).map((r) => [r[1], r[3], r[5]])).toEqual([
      ["1", "klar", "Eva Lind"],
      ["3", "pågår", "Karin Berg"],
      ["8", "pågår", "Omar Said"],
      ["6", "klar", "Lena Holm"],
    ]);
    // Nothing a reader should not see.
    expect(JSON.stringify(blocks)).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it("as a workbook and as Markdown, with the same numbers", async () => {
    const wb = new (await loadExcelJS()).Workbook();
    await wb.xlsx.load((await exportReport("statusrapport-2024.xlsx")) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Statusrapport", "Statushistorik"]);
    const sheet = wb.getWorksheet("Statusrapport");
    const values: unknown[][] = [];
    sheet?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0]).toEqual(["Statusrapport 2024"]);
    expect(values).toContainEqual(["Gemensamt", 7, 5, 1, 1, 0, 0, 0, "14 %", 1]);
    expect(sheet?.getImages()).toHaveLength(2);

    const md = (await exportReport("statusrapport-2024.md")).toString("utf8");
    expect(md).toContain("# Statusrapport 2024");
    expect(md).toContain("| Gemensamt | 7 | 5 | 1 | 1 | 0 | 0 | 0 | 14 % | 1 |");
    expect(md).toContain("![Aktiviteternas status per part](data:image/svg+xml;base64,");
    expect(md).toContain("### Mål och självvärdering");
    const summary = md.slice(md.indexOf("# Statusrapport"), md.indexOf("## Dialog och samverkan"));
    await writeFile(join(dir, "summary.md"), summary);
    if (process.env.PRINT_SUMMARY) console.log(summary.replace(/\(data:image[^)]*\)/g, "(diagram)"));
  });

  it("from Slack: rapport 2024 fil uploads the Word document to the samordnare's channel", async () => {
    const before = fakeSlack.uploads.length;
    const bound = await sendLok(slack, `koppla ${VASTERAS_GROUP}`, ADMIN_SLACK);
    expect(JSON.stringify(bound.body)).toContain(VASTERAS_GROUP);
    const asked = await sendLok(slack, "rapport 2024 fil", EVA_SLACK);
    expect(JSON.stringify(asked.body)).toContain("Uppföljning av Handlingsplan 2022–2024");
    await fakeSlack.waitForCall("files.completeUploadExternal", 1);
    const uploads = await eventually(
      async () => fakeSlack.uploads.slice(before),
      (u) => u.length === 1,
    );
    const { blocks } = await readDocx(uploads[0]?.bytes as Buffer);
    expect(styled(blocks, "Title")).toEqual(["Statusrapport 2024"]);
    expect(tables(blocks)[0]).toContainEqual(["Upprättad av", "Eva Lind"]);
    const upload = fakeSlack.callsTo("files.getUploadURLExternal").at(-1);
    expect(upload?.args.filename).toBe("statusrapport-handlingsplan-2022-2024-2024.docx");
  });

  it("narrowed to a principle and a party", async () => {
    const narrowed = await run("Eva Lind", "rapport 2024 öppenhet civil");
    expect(narrowed.text).toContain("Avgränsning: år 2024, Öppenhet och tillgänglighet och Civilsamhället.");
    expect(narrowed.text).toContain("Öppenhet och tillgänglighet (2): 1 ej påbörjad, 1 klar — 50 % klara");
    expect((await run("Eva Lind", "rapport 2024 dialog")).text).toContain(
      "Dialog och samverkan (0): Principen har inga aktiviteter i planen.",
    );
  });
});
