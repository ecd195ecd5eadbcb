// Replays, redeliveries and races through Bolt's real HTTP receiver, with requests signed as Slack
// signs them: ten copies of one `/lok` (the same trigger_id) store one row and announce once, ten
// people doing the same thing at once never meet an internal error, and nothing new is not announced.
// On PGlite, and on PostgreSQL when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { messagePayload } from "../../support/slack-block-schema.ts";
import { button, textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, slackDemoDatabase, slackHarness, USERS } from "../../support/slack-harness.ts";
import { CHANNEL, messageBlockActions, nextId, slashCommand } from "../../support/slack-payloads.ts";
import { interactionRequest, sendSigned, slashCommandRequest } from "../../support/slack-requests.ts";
import { testDatabaseKinds } from "../../support/test-database.ts";

/** What a person is shown when something broke on our side or Slack's. */
const FAILURES = ["Något gick fel", "Chattjänsten svarar inte"];

describe.each(testDatabaseKinds())("Slack replays and races on %s", (kind) => {
  let db: Database;
  let h: SlackHarness;

  beforeAll(async () => {
    db = await slackDemoDatabase(kind);
    h = await slackHarness({ db });
    // Bind the channel, and let Slack tell us once who Anna and Tina are.
    await lok("koppla", USERS.admin);
    await lok("hjälp", USERS.anna);
    await lok("hjälp", USERS.tina);
  });
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  /** `/lok <text>` as `user`; the answer is the ack's body, or the response_url post after an empty ack. */
  async function lok(text: string, user: { id: string }, triggerId = nextId("trig.")) {
    const id = nextId("cmd");
    const request = slashCommandRequest(
      slashCommand({ text, userId: user.id, responseUrl: h.fake.responseUrl(id), triggerId }),
    );
    const ack = await sendSigned(h.eventsUrl, request);
    expect(ack.status).toBe(200);
    if (ack.text) return textOf(messagePayload.parse(JSON.parse(ack.text)).blocks);
    const [response] = await h.fake.waitForResponse(id);
    return textOf(response?.body.blocks);
  }

  const tenAtOnce = (text: string, sameDelivery: boolean) => {
    const triggerId = nextId("trig.");
    return Promise.all(
      Array.from({ length: 10 }, () => lok(text, USERS.anna, sameDelivery ? triggerId : nextId("trig."))),
    );
  };

  const failures = (answers: string[]) => answers.filter((a) => FAILURES.some((f) => a.includes(f)));

  /** The channel's status lines that mention `needle`, once the announcer has had time to post. */
  async function announced(needle: string): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return h.fake
      .callsTo("chat.postMessage")
      .filter((c) => c.args.channel === CHANNEL && String(c.args.text).includes(needle)).length;
  }

  const activity = (number: number) =>
    db.prisma.activity.findFirstOrThrow({
      where: { number },
      include: { statusUpdates: true, owners: { include: { member: true } } },
    });

  const copies = [
    {
      text: "agenda lägg till Föreningsmässa i maj",
      first: "Punkten ”Föreningsmässa i maj”",
      stored: () => db.prisma.agendaItem.count({ where: { text: "Föreningsmässa i maj" } }),
    },
    {
      text: "möte 2027-06-07 18 Medborgarhuset",
      first: "Mötet är inlagt",
      stored: () => db.prisma.meeting.count({ where: { startsAt: new Date("2027-06-07T16:00:00Z") } }),
    },
    {
      text: "ansvarig 7 Helena Astvald",
      first: "Helena Astvald är nu ansvarig",
      stored: async () => (await activity(7)).owners.filter((o) => o.member.name === "Helena Astvald").length,
    },
    {
      text: "deadline 10 2027-09-30",
      first: "30 sep 2027",
      stored: async () => ((await activity(10)).dueDate?.toISOString().startsWith("2027-09-30") ? 1 : 0),
    },
    {
      text: "status 8 pågår Lokalen är bokad",
      first: "aktivitet 8 pågår nu",
      stored: async () => (await activity(8)).statusUpdates.length,
    },
  ];

  it.each(copies)("ten copies of one `/lok $text` store one row and answer every copy", async (c) => {
    const answers = await tenAtOnce(c.text, true);
    expect(failures(answers)).toEqual([]);
    expect(answers.filter((a) => a.includes(c.first))).toHaveLength(c.text.startsWith("status") ? 1 : 10);
    expect(await c.stored()).toBe(1);
  });

  it("announces a status change once however many copies of it arrive", async () => {
    expect(await announced("Lokalen är bokad")).toBe(1);
  });

  it("ten people adding the same owner at once: one adds, nine are told, nobody meets an error", async () => {
    const answers = await tenAtOnce("ansvarig 11 Tina Modin", false);
    expect(failures(answers)).toEqual([]);
    expect(answers.filter((a) => a.includes("Tina Modin är nu ansvarig"))).toHaveLength(1);
    expect(answers.filter((a) => a.includes("Tina Modin är redan ansvarig"))).toHaveLength(9);
    expect((await activity(11)).owners.map((o) => o.member.name)).toEqual(["Tina Modin"]);
  });

  it("ten meetings for the same time at once: one is created, nine are told it is there", async () => {
    const answers = await tenAtOnce("möte 2027-08-16 18-20 Föreningarnas hus", false);
    expect(failures(answers)).toEqual([]);
    expect(answers.filter((a) => a.includes("Mötet finns redan"))).toHaveLength(9);
    expect(await db.prisma.meeting.count({ where: { startsAt: new Date("2027-08-16T16:00:00Z") } })).toBe(1);
  });

  it("ten people reporting the same status at once: one update is stored and announced", async () => {
    const history = (await activity(12)).statusUpdates.length;
    const answers = await tenAtOnce("status 12 pausad", false);
    expect(failures(answers)).toEqual([]);
    expect(answers.filter((a) => a.includes("aktivitet 12 är nu pausad"))).toHaveLength(1);
    expect(answers.filter((a) => a.includes("Aktivitet 12 är redan pausad"))).toHaveLength(9);
    expect((await activity(12)).statusUpdates).toHaveLength(history + 1);
    expect(await announced("– pausad (Anna Fogel)")).toBe(1);
  });

  it("`status 13 klar` when 13 is klar already is answered, stored nowhere and not announced", async () => {
    await lok("status 13 klar", USERS.tina);
    const same = await lok("status 13 klar", USERS.anna);
    expect(same).toContain("Aktivitet 13 är redan klar");
    expect(same).toContain("Ingenting ändrades");
    expect((await activity(13)).statusUpdates).toHaveLength(1);
    expect(await announced("13. Se över")).toBe(1);
  });

  it("a status button for the status the activity has answers the person and leaves the message as it was", async () => {
    const id = nextId("cmd");
    const ack = await sendSigned(
      h.eventsUrl,
      slashCommandRequest(
        slashCommand({ text: "visa 13", userId: USERS.anna.id, responseUrl: h.fake.responseUrl(id) }),
      ),
    );
    const card = messagePayload.parse(JSON.parse(ack.text)).blocks;
    const posts = h.fake.callsTo("chat.postMessage").length;
    const updates = h.fake.callsTo("chat.update").length;
    const responseId = nextId("btn");
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        messageBlockActions({
          userId: USERS.anna.id,
          button: button(card, "Klar"),
          messageTs: "1700000000.000913",
          ephemeral: false,
          responseUrl: h.fake.responseUrl(responseId),
        }),
      ),
    );
    const [answer] = await h.fake.waitForResponse(responseId);
    expect(answer?.body.replace_original).toBe(false);
    expect(textOf(answer?.body.blocks)).toContain("Aktivitet 13 är redan klar");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.fake.callsTo("chat.update")).toHaveLength(updates);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(posts);
    expect((await activity(13)).statusUpdates).toHaveLength(1);
  });
});
