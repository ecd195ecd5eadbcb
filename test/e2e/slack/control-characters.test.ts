// NUL and other control characters in what people send, through Bolt's real HTTP receiver with signed
// requests, on both databases: PostgreSQL refuses 0x00 in text and JSON, so every door strips them
// before anything is parsed or stored, and the person gets the answer they would have got without them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, textOf } from "../../support/slack-blocks.ts";
import {
  type SlackHarness,
  sendLok,
  slackDemoDatabase,
  slackHarness,
  USERS,
} from "../../support/slack-harness.ts";
import {
  CHANNEL,
  messageBlockActions,
  nextId,
  slashCommand,
  viewSubmission,
} from "../../support/slack-payloads.ts";
import { interactionRequest, sendSigned, slashCommandRequest } from "../../support/slack-requests.ts";
import { testDatabaseKinds } from "../../support/test-database.ts";

const NUL = "\u0000";

describe.each(testDatabaseKinds())("control characters from Slack (%s)", (kind) => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await slackHarness({ db: await slackDemoDatabase(kind) });
    // A Slack profile whose name carries a NUL and an escape sequence.
    h.fake.users.U0ODD = { name: `Olle${NUL} Udda\u001b[2J`, email: "olle@example.org" };
  });
  afterAll(async () => {
    const db = h?.db;
    await h?.close();
    await db?.close();
  });

  const activity = (number: number) =>
    h.db.prisma.activity.findFirstOrThrow({
      where: { number },
      include: { statusUpdates: true, owners: { include: { member: true } } },
    });

  it("binds a channel whose name has a NUL in it", async () => {
    const { body } = await sendLok(h, "koppla", USERS.admin, {});
    expect(textOf(body.blocks)).toContain("Den här kanalen är nu kopplad");
    const bound = await sendSigned(
      h.eventsUrl,
      slashCommandRequest({
        ...slashCommand({
          text: `koppla${NUL}`,
          userId: USERS.admin.id,
          responseUrl: h.fake.responseUrl("x"),
        }),
        channel_id: "C0ODD",
        channel_name: `sam${NUL}verkan`,
      }),
    );
    expect(textOf(JSON.parse(bound.text).blocks)).toContain("Den här kanalen är nu kopplad");
    const binding = await h.db.prisma.channelBinding.findFirstOrThrow({ where: { channelId: "C0ODD" } });
    expect(binding.reference).toMatchObject({ channelName: "samverkan" });
  });

  it("stores a status comment without the NUL", async () => {
    const { body } = await sendLok(h, `status 13 klar Klart${NUL} efter${NUL} mötet`, USERS.tina);
    expect(textOf(body.blocks)).toContain("Sparat: aktivitet 13 är nu klar");
    const a = await activity(13);
    expect(a.statusUpdates.map((u) => u.comment)).toEqual(["Klart efter mötet"]);
  });

  it("stores a meeting place and an agenda point without the NUL", async () => {
    const meeting = await sendLok(h, `möte 2027-05-02 18-20 Föreningarnas${NUL} hus`, USERS.anna);
    expect(textOf(meeting.body.blocks)).not.toContain("Något gick fel");
    const stored = await h.db.prisma.meeting.findFirstOrThrow();
    expect(stored.place).toBe("Föreningarnas hus");

    const point = await sendLok(h, `agenda lägg till Budget${NUL} 2027\u0007`, USERS.tina);
    expect(textOf(point.body.blocks)).not.toContain("Något gick fel");
    const item = await h.db.prisma.agendaItem.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(item.text).toBe("Budget 2027");
  });

  it("finds an owner whose name was typed with a NUL in it", async () => {
    const { body } = await sendLok(h, `ansvarig 12 Tina${NUL} Modin`, USERS.anna);
    expect(textOf(body.blocks)).not.toContain("Något gick fel");
    const a = await activity(12);
    expect(a.owners.map((o) => o.member.name)).toContain("Tina Modin");
  });

  it("creates a member from a Slack profile name with control characters, without them", async () => {
    const { body } = await sendLok(h, "status 7 pågår", { id: "U0ODD" });
    expect(textOf(body.blocks)).toContain("aktivitet 7 pågår nu");
    const member = await h.db.prisma.member.findFirstOrThrow({
      where: { identities: { some: { platform: "slack", externalId: "U0ODD" } } },
    });
    expect(member.name).toBe("Olle Udda[2J");
  });

  it("runs a button whose value carries a NUL", async () => {
    const responseId = nextId("btn");
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        messageBlockActions({
          userId: USERS.tina.id,
          button: {
            action_id: "lok:act:0",
            value: JSON.stringify({
              a: { kind: "set_status", number: 8, status: "pagar", comment: `Start${NUL}at` },
            }),
          },
          messageTs: "1700000000.000321",
          ephemeral: true,
          responseUrl: h.fake.responseUrl(responseId),
        }),
      ),
    );
    const [answer] = await h.fake.waitForResponse(responseId);
    expect(textOf(answer?.body.blocks)).toContain("aktivitet 8 pågår nu");
    expect((await activity(8)).statusUpdates.map((u) => u.comment)).toEqual(["Startat"]);
  });

  it("stores a comment from the status modal without the NUL", async () => {
    const { body } = await sendLok(h, "visa 6", USERS.tina);
    const opened = h.fake.callsTo("views.open").length;
    const responseId = nextId("modal");
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        messageBlockActions({
          userId: USERS.tina.id,
          button: button(body.blocks, "Kommentera…"),
          messageTs: "1700000000.000654",
          ephemeral: true,
          responseUrl: h.fake.responseUrl(responseId),
        }),
      ),
    );
    const calls = await h.fake.waitForCall("views.open", opened + 1);
    const view = calls[opened]?.args.view as { callback_id: string; private_metadata: string };
    const res = await sendSigned(
      h.eventsUrl,
      interactionRequest(
        viewSubmission({
          userId: USERS.tina.id,
          view,
          status: "pagar",
          comment: `Bokat${NUL} lokal\r\nOch fika`,
        }),
      ),
    );
    expect(res.status).toBe(200);
    const [answer] = await h.fake.waitForResponse(responseId);
    expect(textOf(answer?.body.blocks)).toContain("aktivitet 6 pågår nu");
    const comments = (await activity(6)).statusUpdates.map((u) => u.comment);
    expect(comments).toContain("Bokat lokal\nOch fika");
    expect(comments.join("")).not.toContain(NUL);
    expect(comments.join("")).not.toContain("\r");
  });

  it("announced the changes in the channel without control characters", async () => {
    const posts = h.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === CHANNEL);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    for (const post of posts) expect(String(post.args.text)).not.toMatch(/(?![\t\n])\p{Cc}/u);
  });
});
