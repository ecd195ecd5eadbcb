// The message shortcut *Lägg på dagordningen* through Bolt's real HTTP receiver, signed as Slack signs:
// acked at once, the message's words (without Slack's markup) and a link to it proposed for the next
// meeting, the answer to the person alone, a second press of the same message one proposal; a message
// without words, and a channel bound to no group, change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { AGENDA_SHORTCUT } from "../../../src/platforms/slack/listeners/agenda-shortcut.ts";
import { textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, slackDemoDatabase, slackHarness, USERS } from "../../support/slack-harness.ts";
import { messageShortcut, nextId, slashCommand } from "../../support/slack-payloads.ts";
import { interactionRequest, sendSigned, slashCommandRequest } from "../../support/slack-requests.ts";
import { testDatabaseKinds } from "../../support/test-database.ts";

describe.each(testDatabaseKinds())("Slack message shortcut on %s", (kind) => {
  let db: Database;
  let h: SlackHarness;

  beforeAll(async () => {
    db = await slackDemoDatabase(kind);
    h = await slackHarness({ db });
    const id = nextId("cmd");
    const ack = await sendSigned(
      h.eventsUrl,
      slashCommandRequest(
        slashCommand({ text: "koppla", userId: USERS.admin.id, responseUrl: h.fake.responseUrl(id) }),
      ),
    );
    if (!ack.text) await h.fake.waitForResponse(id);
    expect(await db.prisma.channelBinding.count({ where: { channelId: "C0LOK" } })).toBe(1);
  });
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  async function press(text: string, messageTs: string, channelId?: string) {
    const id = nextId("sc");
    const ack = await sendSigned(
      h.eventsUrl,
      interactionRequest(
        messageShortcut({
          userId: USERS.tina.id,
          callbackId: AGENDA_SHORTCUT,
          text,
          messageTs,
          responseUrl: h.fake.responseUrl(id),
          ...(channelId ? { channelId } : {}),
        }),
      ),
    );
    return { ack, id };
  }

  const points = () => db.prisma.agendaItem.findMany({ where: { handledAt: null }, orderBy: { id: "asc" } });

  it("proposes the message's words with a link to it, and answers Tina alone", async () => {
    const before = (await points()).length;
    const { ack, id } = await press(
      "Kan vi ta upp <https://orebro.se/lokaler|riktlinjerna för lokaler>? Fråga <@U0ANNA> &amp; KG.",
      "1700000100.000200",
    );
    expect(ack.status).toBe(200);
    const [answer] = await h.fake.waitForResponse(id);
    expect(answer?.body.response_type ?? "ephemeral").toBe("ephemeral");
    expect(textOf(answer?.body.blocks)).toContain("står nu på dagordningen");
    const added = (await points()).slice(before);
    expect(added.map((p) => p.text)).toEqual([
      "Kan vi ta upp riktlinjerna för lokaler? Fråga @U0ANNA & KG. (https://orebro.slack.com/archives/C0LOK/p1700000100000200)",
    ]);
    expect(h.fake.callsTo("chat.getPermalink").at(-1)?.args).toMatchObject({
      channel: "C0LOK",
      message_ts: "1700000100.000200",
    });
  });

  it("keeps one proposal when the same message is put on the agenda again", async () => {
    const before = (await points()).length;
    const { id } = await press("Föreningsmässan i maj", "1700000200.000300");
    await h.fake.waitForResponse(id);
    const again = await press("Föreningsmässan i maj", "1700000200.000300");
    await new Promise((r) => setTimeout(r, 300));
    expect(again.ack.status).toBe(200);
    expect((await points()).length).toBe(before + 1);
  });

  it("answers politely and adds nothing for a message without words or in a channel of no group", async () => {
    const before = (await points()).length;
    const empty = await press("   ", "1700000300.000400");
    const [answer] = await h.fake.waitForResponse(empty.id);
    expect(textOf(answer?.body.blocks)).toMatch(/text/i);
    const elsewhere = await press("Något annat", "1700000400.000500", "C0OTHER");
    const [other] = await h.fake.waitForResponse(elsewhere.id);
    expect(textOf(other?.body.blocks)).toMatch(/koppla/);
    expect((await points()).length).toBe(before);
  });
});
