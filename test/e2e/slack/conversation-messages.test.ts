// Direct messages and @mentions through Bolt's real HTTP receiver, as signed event requests: they go
// through the same door as `/lok` and get the same answer, which a twin bot (its own database with the
// same demo) gives to `/lok`; the answer goes where it was written (the direct conversation; the
// mention's thread, to the channel or to the person alone); what is not a person writing is ignored,
// and a redelivered event is done once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/open-database.ts";
import { textOf } from "../../support/slack-blocks.ts";
import {
  type SlackHarness,
  sendLok,
  slackDemoDatabase,
  slackHarness,
  USERS,
} from "../../support/slack-harness.ts";
import {
  BOT_USER,
  CHANNEL,
  DM_CHANNEL,
  directMessageEvent,
  editedDirectMessageEvent,
  mentionEvent,
  nextId,
} from "../../support/slack-payloads.ts";
import { eventRequest, sendSigned } from "../../support/slack-requests.ts";

type Args = Record<string, unknown>;

let db: Database;
let h: SlackHarness;
let twin: SlackHarness;

beforeAll(async () => {
  db = await slackDemoDatabase("pglite");
  h = await slackHarness({ db });
  twin = await slackHarness();
  for (const bot of [h, twin]) await sendLok(bot, "koppla", USERS.admin);
});

afterAll(async () => {
  await h?.close();
  await twin?.close();
  await db?.close();
});

/** Sends a signed event; the ack must be an empty 200 however long the answer takes. */
async function sendEvent(envelope: object, headers: Record<string, string> = {}) {
  const ack = await sendSigned(h.eventsUrl, eventRequest(envelope), { headers });
  expect(ack.status).toBe(200);
  expect(ack.text).toBe("");
  return ack;
}

/** The first Web API call to `method` after `from` calls whose arguments match. */
function nextCall(method: string, from: number, matches: (args: Args) => boolean = () => true) {
  return h.fake.waitFor(
    () => h.fake.calls.slice(from).find((c) => c.method === method && matches(c.args))?.args,
    5000,
    `${method} after call ${from}`,
  );
}

/** What `/lok <text>` answers on the twin, as the person reads it. */
async function lokOnTwin(text: string, user: { id: string }, channelId = CHANNEL) {
  const { body } = await sendLok(twin, text, user, { channelId });
  return { text: textOf(body.blocks), inChannel: body.response_type === "in_channel" };
}

const activity = (number: number) =>
  db.prisma.activity.findFirstOrThrow({ where: { number }, include: { statusUpdates: true } });

/** The Web API calls and the status rows after `run`, once the bot has had time to answer. */
async function quietDuring(run: () => Promise<unknown>) {
  const calls = h.fake.calls.length;
  const rows = await db.prisma.statusUpdate.count();
  await run();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    calls: h.fake.calls.slice(calls),
    rows: (await db.prisma.statusUpdate.count()) - rows,
  };
}

describe("a direct message to the bot", () => {
  it("`status 13 klar` stores the status and answers with what `/lok status 13 klar` answers", async () => {
    // Slack is slow to say who Tina is: the ack does not wait for it.
    h.fake.script("users.info", { delayMs: 1500 });
    const from = h.fake.calls.length;
    const ack = await sendEvent(directMessageEvent({ userId: USERS.tina.id, text: "status 13 klar" }));
    expect(ack.elapsedMs).toBeLessThan(1000);

    const answer = await nextCall("chat.postMessage", from, (a) => a.channel === DM_CHANNEL);
    expect(answer.thread_ts).toBeUndefined();
    const a = await activity(13);
    expect(a.status).toBe("klar");
    expect(a.statusUpdates.at(-1)).toMatchObject({ status: "klar", source: "slack" });

    const lok = await lokOnTwin("status 13 klar", USERS.tina, DM_CHANNEL);
    expect(textOf(answer.blocks)).toBe(lok.text);
    expect(textOf(answer.blocks)).toContain("aktivitet 13 är nu klar");
    // The channel is told, as after `/lok`.
    const line = await nextCall("chat.postMessage", from, (x) => x.channel === CHANNEL);
    expect(String(line.text)).toContain("13");
  });

  it("`lok status 12 pågår …` with the leading `lok` is the same line", async () => {
    const from = h.fake.calls.length;
    await sendEvent(
      directMessageEvent({
        userId: USERS.anna.id,
        channel: "D0ANNA2",
        text: "lok status 12 pågår Vi har börjat",
      }),
    );
    const answer = await nextCall("chat.postMessage", from, (a) => a.channel === "D0ANNA2");
    expect(textOf(answer.blocks)).toContain("aktivitet 12 pågår nu");
    expect((await activity(12)).statusUpdates.at(-1)).toMatchObject({
      status: "pagar",
      comment: "Vi har börjat",
    });
  });

  it("written in a thread of the direct conversation, is answered in that thread", async () => {
    const from = h.fake.calls.length;
    await sendEvent(
      directMessageEvent({ userId: USERS.tina.id, text: "hjälp", threadTs: "1700000000.000500" }),
    );
    const answer = await nextCall("chat.postMessage", from, (a) => a.channel === DM_CHANNEL);
    expect(answer.thread_ts).toBe("1700000000.000500");
    expect(textOf(answer.blocks)).toBe((await lokOnTwin("hjälp", USERS.tina, DM_CHANNEL)).text);
  });
});

describe("an @mention in a channel", () => {
  it("in the bound channel, `status 14 klar` is answered to the person alone, in the mention's thread", async () => {
    const from = h.fake.calls.length;
    const ts = "1700000100.000100";
    await sendEvent(mentionEvent({ userId: USERS.tina.id, text: `<@${BOT_USER}> status 14 klar`, ts }));
    const answer = await nextCall("chat.postEphemeral", from);
    expect(answer).toMatchObject({ channel: CHANNEL, user: USERS.tina.id, thread_ts: ts });
    expect((await activity(14)).status).toBe("klar");

    const lok = await lokOnTwin("status 14 klar", USERS.tina);
    expect(lok.inChannel).toBe(false);
    expect(textOf(answer.blocks)).toBe(lok.text);
    // The change is announced in the channel itself, not in the thread. Announcements are paced at
    // one a second per channel, so the previous test's may still arrive first: wait for this one's.
    const line = await nextCall(
      "chat.postMessage",
      from,
      (x) => x.channel === CHANNEL && String(x.text).includes("14. "),
    );
    expect(String(line.text)).toContain("klar");
    expect(line.thread_ts).toBeUndefined();
  });

  it("in a thread, is answered in that thread; a reply for everyone is posted there for everyone", async () => {
    const from = h.fake.calls.length;
    const channel = "C0NYKANAL";
    await sendEvent(
      mentionEvent({
        userId: USERS.admin.id,
        channel,
        text: `<@${BOT_USER}|lök-boten> koppla`,
        ts: "1700000200.000200",
        threadTs: "1700000200.000100",
      }),
    );
    const answer = await nextCall("chat.postMessage", from, (a) => a.channel === channel);
    expect(answer.thread_ts).toBe("1700000200.000100");
    const lok = await lokOnTwin("koppla", USERS.admin, channel);
    expect(lok.inChannel).toBe(true);
    expect(textOf(answer.blocks)).toBe(lok.text);
    expect(
      await db.prisma.channelBinding.count({
        where: { platform: "slack", channelId: channel, active: true },
      }),
    ).toBe(1);
  });

  it("in a channel that is not bound, gets the polite answer `/lok` gives there", async () => {
    const from = h.fake.calls.length;
    await sendEvent(
      mentionEvent({ userId: USERS.tina.id, channel: "C0OBUNDEN", text: `<@${BOT_USER}> status 8 klar` }),
    );
    const answer = await nextCall("chat.postEphemeral", from, (a) => a.channel === "C0OBUNDEN");
    const lok = await lokOnTwin("status 8 klar", USERS.tina, "C0OBUNDEN");
    expect(textOf(answer.blocks)).toBe(lok.text);
    expect(lok.text).toContain("koppla");
    expect((await activity(8)).status).not.toBe("klar");
  });
});

describe("what is not a person writing to the bot", () => {
  const ignored = [
    {
      what: "the bot's own message in the direct conversation",
      event: () => directMessageEvent({ userId: BOT_USER, botId: "BBOT", text: "status 11 klar" }),
    },
    {
      what: "another bot's message",
      event: () => directMessageEvent({ subtype: "bot_message", botId: "B0ANNAN", text: "status 11 klar" }),
    },
    {
      what: "another bot's mention, as a user",
      event: () =>
        mentionEvent({ userId: "U0BOTANV", botId: "B0ANNAN", text: `<@${BOT_USER}> status 11 klar` }),
    },
    {
      what: "an edit",
      event: () => editedDirectMessageEvent({ userId: USERS.tina.id, text: "status 11 klar" }),
    },
    {
      what: "a deletion",
      event: () => directMessageEvent({ userId: USERS.tina.id, subtype: "message_deleted" }),
    },
    {
      what: "a file shared with a line",
      event: () =>
        directMessageEvent({ userId: USERS.tina.id, subtype: "file_share", text: "status 11 klar" }),
    },
  ];

  it.each(ignored)("$what: nothing stored, nothing posted", async ({ event }) => {
    const effect = await quietDuring(() => sendEvent(event()));
    expect(effect.calls.map((c) => c.method)).toEqual([]);
    expect(effect.rows).toBe(0);
  });

  it("the same person's plain message is answered (the cases above are ignored for what they are)", async () => {
    const effect = await quietDuring(async () => {
      const from = h.fake.calls.length;
      await sendEvent(directMessageEvent({ userId: USERS.tina.id, text: "status 11 klar" }));
      await nextCall("chat.postMessage", from, (a) => a.channel === DM_CHANNEL);
    });
    expect(effect.rows).toBe(1);
  });
});

describe("a redelivered event", () => {
  it("Slack's retry of an event (same event_id) is done and answered once", async () => {
    const eventId = nextId("EvRetry");
    const event = directMessageEvent({ userId: USERS.tina.id, text: "status 9 pågår Första", eventId });
    const effect = await quietDuring(async () => {
      await sendEvent(event);
      await sendEvent(event, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
      await sendEvent(event, { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" });
    });
    expect(effect.rows).toBe(1);
    const posted = effect.calls.filter((c) => c.method === "chat.postMessage").map((c) => c.args);
    expect(posted.filter((a) => a.channel === DM_CHANNEL)).toHaveLength(1);
    expect(posted.filter((a) => a.channel === CHANNEL && String(a.text).includes("Första"))).toHaveLength(1);
  });

  it("a retry of a line that only reads is answered once too", async () => {
    const event = directMessageEvent({ userId: USERS.tina.id, text: "lista", eventId: nextId("EvRetry") });
    const effect = await quietDuring(async () => {
      await sendEvent(event);
      await sendEvent(event, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    });
    const answers = effect.calls.filter(
      (c) => c.method === "chat.postMessage" && c.args.channel === DM_CHANNEL,
    );
    expect(answers).toHaveLength(1);
  });

  it("a retry that reaches another process on the same database stores nothing and answers nothing", async () => {
    const other = await slackHarness({ db });
    try {
      const eventId = nextId("EvRetry");
      const event = directMessageEvent({ userId: USERS.tina.id, text: "status 10 pågår Första", eventId });
      const before = (await activity(10)).statusUpdates.length;
      const from = h.fake.calls.length;
      await sendEvent(event);
      await nextCall("chat.postMessage", from, (a) => a.channel === DM_CHANNEL);
      const retry = await sendSigned(other.eventsUrl, eventRequest(event), {
        headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
      });
      expect(retry.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The other process looked the person up, and found the delivery done.
      expect(other.fake.callsTo("users.info")).toHaveLength(1);
      expect(other.fake.callsTo("chat.postMessage")).toEqual([]);
      expect((await activity(10)).statusUpdates).toHaveLength(before + 1);
    } finally {
      await other.close();
    }
  });
});

describe("someone the bot cannot place", () => {
  it("a direct message from someone in no group, with several groups, gets the answer `/lok` gives there", async () => {
    for (const bot of [h, twin])
      await bot.db.prisma.group.create({ data: { name: "Grannföreningarna", timeZone: "Europe/Stockholm" } });
    const from = h.fake.calls.length;
    await sendEvent(
      directMessageEvent({ userId: USERS.newcomer.id, channel: "D0NILS", text: "status 13 pågår" }),
    );
    const answer = await nextCall("chat.postMessage", from, (a) => a.channel === "D0NILS");
    const lok = await lokOnTwin("status 13 pågår", USERS.newcomer, "D0NILS");
    expect(textOf(answer.blocks)).toBe(lok.text);
    expect(lok.text.length).toBeGreaterThan(0);
    expect((await activity(13)).status).toBe("klar");
  });
});
