// The Slack surface through Bolt's real HTTP receiver on loopback: requests signed as Slack signs them,
// a fake Web API recording what the app sends, a real PGlite database with the demo.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertSlackLimits } from "../../support/slack-block-schema.ts";
import { button, textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import {
  appHomeOpened,
  CHANNEL,
  homeBlockActions,
  messageBlockActions,
  nextId,
  slashCommand,
  TEAM,
  viewSubmission,
} from "../../support/slack-payloads.ts";
import {
  eventRequest,
  interactionRequest,
  sendSigned,
  slashCommandRequest,
} from "../../support/slack-requests.ts";

describe("Slack over HTTP (Bolt HTTPReceiver)", () => {
  let h: SlackHarness;

  beforeAll(async () => {
    h = await slackHarness();
  });
  afterAll(async () => {
    if (h) assertSlackLimits(h.fake);
    await h?.close();
  });

  const activity = (number: number) =>
    h.db.prisma.activity.findFirstOrThrow({ where: { number }, include: { statusUpdates: true } });

  const lok = (text: string, user: { id: string }, extra: { triggerId?: string; channelId?: string } = {}) =>
    sendLok(h, text, user, extra);

  describe("request verification", () => {
    const request = () =>
      slashCommandRequest(
        slashCommand({ text: "status 1 klar", userId: USERS.anna.id, responseUrl: "http://127.0.0.1:9/x" }),
      );

    it("refuses a forged signature with 401 and stores nothing", async () => {
      const before = await h.db.prisma.statusUpdate.count();
      const res = await sendSigned(h.eventsUrl, request(), { secret: "not-the-signing-secret" });
      expect(res.status).toBe(401);
      expect(await h.db.prisma.statusUpdate.count()).toBe(before);
    });

    it("refuses a body changed after signing", async () => {
      const r = request();
      const signed = await import("../../support/slack-requests.ts").then((m) =>
        m.slackSignature(m.SIGNING_SECRET, Math.floor(Date.now() / 1000), r.body),
      );
      const res = await sendSigned(
        h.eventsUrl,
        { ...r, body: r.body.replace("klar", "struken") },
        { signature: signed },
      );
      expect(res.status).toBe(401);
    });

    it("refuses a timestamp older than 5 minutes (replay)", async () => {
      const res = await sendSigned(h.eventsUrl, request(), {
        timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
      });
      expect(res.status).toBe(401);
    });

    it("refuses a timestamp implausibly far in the future (Bolt alone would accept it)", async () => {
      const res = await sendSigned(h.eventsUrl, request(), {
        timestamp: Math.floor(Date.now() / 1000) + 6 * 60,
      });
      expect(res.status).toBe(401);
    });

    it("answers 404 outside /slack/events", async () => {
      const res = await fetch(h.eventsUrl.replace("/slack/events", "/other"), { method: "POST" });
      expect(res.status).toBe(404);
    });
  });

  describe("binding a channel", () => {
    it("tells an unbound channel how to bind it", async () => {
      const { ack, body, via } = await lok("lista", USERS.tina);
      expect(ack.status).toBe(200);
      // Tina's first command: Slack is asked who she is (users.info) after an empty ack.
      expect(ack.text).toBe("");
      expect(via).toBe("response_url");
      expect(body.response_type).toBe("ephemeral");
      expect(textOf(body.blocks)).toContain("inte kopplad");
      expect(textOf(body.blocks)).toContain("`koppla`");
    });

    it("refuses `koppla` from a medlem, politely", async () => {
      const { body } = await lok("koppla", USERS.tina);
      expect(textOf(body.blocks)).toContain("Bara samordnare och administratörer kan koppla en kanal");
      expect(await h.db.prisma.channelBinding.count()).toBe(0);
    });

    it("binds the channel for a LOK_ADMINS user, and says so in the channel", async () => {
      const { body } = await lok("koppla", USERS.admin);
      expect(body.response_type).toBe("in_channel");
      expect(textOf(body.blocks)).toContain("Den här kanalen är nu kopplad till Samverkansrådet");
      const binding = await h.db.prisma.channelBinding.findFirstOrThrow();
      expect(binding).toMatchObject({
        platform: "slack",
        workspaceId: "T1",
        channelId: CHANNEL,
        active: true,
      });
    });
  });

  describe("/lok status", () => {
    it("answers the member ephemerally in the ack and announces the change in one line", async () => {
      const { ack, body, id, via } = await lok(
        "status 13 klar Föreningsregistret är genomgånget",
        USERS.tina,
      );
      expect(ack.status).toBe(200);
      expect(via).toBe("ack");
      expect(body.response_type).toBe("ephemeral");
      expect(textOf(body.blocks)).toContain("Sparat: aktivitet 13 är nu klar (var ej påbörjad)");
      expect(button(body.blocks, "Pågår").action_id).toMatch(/^lok:act:\d+$/);
      const [post] = await h.fake.waitForCall("chat.postMessage");
      expect(post?.args.channel).toBe(CHANNEL);
      expect(post?.args.text).toMatch(
        /^✅ 13\. Se över föreningsregistret i syfte att .*… – klar \(Tina Modin\): Föreningsregistret är genomgånget$/,
      );
      expect(post?.args.blocks).toBeUndefined();
      expect(post?.authorization).toBe("Bearer xoxb-test-token");
      const a = await activity(13);
      expect(a.status).toBe("klar");
      expect(a.statusUpdates).toHaveLength(1);
      expect(a.statusUpdates[0]?.source).toBe("slack");
      // Matched by the e-mail from users.info: the demo's Tina Modin, now with her Slack id.
      const tina = await h.db.prisma.member.findFirstOrThrow({
        where: { name: "Tina Modin" },
        include: { identities: true },
      });
      expect(tina.identities).toMatchObject([
        { platform: "slack", workspaceId: TEAM, externalId: USERS.tina.id },
      ]);
      expect(h.fake.callsTo("users.info").filter((c) => c.args.user === USERS.tina.id)).toHaveLength(1);
      expect(h.fake.responsesTo(id)).toHaveLength(0);
    });

    it("stores one update when the same invocation (same trigger_id) is delivered twice", async () => {
      const triggerId = nextId("trig.");
      const announcements = h.fake.callsTo("chat.postMessage").length;
      const stored = (await activity(1)).statusUpdates.length; // the demo's own history
      const first = await lok("status 1 pågår", USERS.tina, { triggerId });
      const again = await lok("status 1 pågår", USERS.tina, { triggerId });
      expect(textOf(first.body.blocks)).toContain("aktivitet 1 pågår nu");
      expect(textOf(again.body.blocks)).toContain("redan sparad");
      expect((await activity(1)).statusUpdates).toHaveLength(stored + 1);
      await h.fake.waitForCall("chat.postMessage", announcements + 1);
      await new Promise((r) => setTimeout(r, 100));
      expect(h.fake.callsTo("chat.postMessage")).toHaveLength(announcements + 1);
    });

    it("escapes comments so nobody can ping @channel, mention someone or hide a link", async () => {
      const before = h.fake.callsTo("chat.postMessage").length;
      const { body } = await lok(
        "status 12 pågår <!channel> ring <@U0ANNA> & se <https://evil.example|stadens sida>",
        USERS.tina,
      );
      const post = (await h.fake.waitForCall("chat.postMessage", before + 1))[before];
      const line = String(post?.args.text);
      expect(line).toContain(
        "&lt;!channel&gt; ring &lt;@U0ANNA&gt; &amp; se &lt;https://evil.example|stadens sida&gt;",
      );
      expect(line).not.toMatch(/<[!@h]/);
      const shown = textOf(body.blocks);
      expect(shown).toContain("&lt;!channel&gt;");
      expect(shown).not.toContain("<!channel>");
      expect(shown).not.toContain("<@U0ANNA>");
    });

    it("answers an unknown command with the core's polite reply", async () => {
      const { body } = await lok("statsu 13 klar", USERS.tina);
      expect(textOf(body.blocks)).toContain("Menade du `status`?");
    });

    it("opens the status modal for `/lok status 13`, with nothing looked up first", async () => {
      const opened = h.fake.callsTo("views.open").length;
      const id = nextId("cmd");
      const triggerId = nextId("trig.");
      const ack = await sendSigned(
        h.eventsUrl,
        slashCommandRequest(
          slashCommand({
            text: "status 13",
            userId: USERS.tina.id,
            responseUrl: h.fake.responseUrl(id),
            triggerId,
          }),
        ),
      );
      expect(ack.status).toBe(200);
      const calls = await h.fake.waitForCall("views.open", opened + 1);
      const view = calls[opened]?.args.view as {
        callback_id: string;
        title: { text: string };
        private_metadata: string;
      };
      expect(calls[opened]?.args.trigger_id).toBe(triggerId);
      expect(view.callback_id).toBe("lok:status_modal");
      expect(view.title.text).toBe("Aktivitet 13");
      expect(JSON.parse(view.private_metadata)).toMatchObject({
        n: 13,
        ch: CHANNEL,
        url: h.fake.responseUrl(id),
      });
      expect(h.fake.responsesTo(id)).toHaveLength(0);
    });

    it("shows the history with its buttons when the modal cannot open (expired trigger)", async () => {
      h.fake.script("views.open", { body: { ok: false, error: "expired_trigger_id" } });
      const { body } = await lok("status 13", USERS.tina);
      expect(textOf(body.blocks)).toContain("Aktivitet 13 är klar.");
      expect(button(body.blocks, "Kommentera…").value).toContain('{"kind":"status_form","number":13');
    });
  });

  describe("the ack", () => {
    it("does not wait for users.info: someone not yet looked up gets an empty ack at once, then the answer", async () => {
      h.fake.script("users.info", { delayMs: 1500 });
      const started = performance.now();
      const { ack, body, via } = await lok("hjälp", USERS.newcomer);
      expect(ack.status).toBe(200);
      expect(ack.text).toBe("");
      expect(ack.elapsedMs).toBeLessThan(500);
      expect(via).toBe("response_url");
      expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
      expect(textOf(body.blocks)).toContain("Det här kan jag");
    });

    it("acks empty when the database does not answer within the budget, and answers once it does", async () => {
      const stored = (await activity(2)).statusUpdates.length; // the demo's: 2 is pågår already
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // PGlite is one connection: an open transaction holds every other query until it ends.
      const holding = h.db.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await held;
        },
        { timeout: 10_000 },
      );
      const answered = lok("status 2 klar Klart", USERS.tina);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      release();
      await holding;
      const { ack, body, via } = await answered;
      expect(ack.text).toBe("");
      expect(ack.elapsedMs).toBeGreaterThanOrEqual(900);
      expect(ack.elapsedMs).toBeLessThan(1400);
      expect(via).toBe("response_url");
      expect(textOf(body.blocks)).toContain("aktivitet 2 är nu klar");
      expect((await activity(2)).statusUpdates).toHaveLength(stored + 1);
    });
  });

  describe("rapport fil", () => {
    it("refuses the file to a medlem, politely, and uploads nothing", async () => {
      const { body } = await lok("rapport fil", USERS.tina);
      expect(body.response_type).toBe("ephemeral");
      expect(textOf(body.blocks)).toContain(
        "Bara samordnare och administratörer kan ladda upp uppföljningen som fil",
      );
      expect(h.fake.callsTo("files.getUploadURLExternal")).toHaveLength(0);
    });

    it("answers a samordnare with the summary and uploads the follow-up workbook to the channel", async () => {
      const { body } = await lok("rapport fil", USERS.anna);
      expect(textOf(body.blocks)).toContain("Uppföljning av Handlingsplan 2017–2018");
      const [complete] = await h.fake.waitForCall("files.completeUploadExternal");
      expect(complete?.args.channel_id).toBe(CHANNEL);
      const [start] = h.fake.callsTo("files.getUploadURLExternal");
      expect(String(start?.args.filename)).toMatch(
        /^uppfoljning-handlingsplan-2017-2018-\d{4}-\d{2}-\d{2}\.xlsx$/,
      );
      const upload = h.fake.uploads.at(-1);
      expect(upload?.bytes.subarray(0, 2).toString()).toBe("PK");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(upload?.bytes as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(["Aktiviteter", "Sammanfattning", "Historik"]);
    });
  });

  describe("buttons", () => {
    it("runs the button's command, redraws the ephemeral message in place, and a double click stores one update", async () => {
      const { body } = await lok("visa 14", USERS.tina); // not begun in the demo, no history
      const pagar = button(body.blocks, "Pågår");
      const before = h.fake.callsTo("chat.postMessage").length;
      const responseId = nextId("btn");
      const payload = messageBlockActions({
        userId: USERS.tina.id,
        button: pagar,
        messageTs: "1700000000.000001",
        ephemeral: true,
        responseUrl: h.fake.responseUrl(responseId),
      });
      // A double click: the same button on the same message, delivered twice at once.
      const acks = await Promise.all([
        sendSigned(h.eventsUrl, interactionRequest(payload)),
        sendSigned(h.eventsUrl, interactionRequest({ ...payload, trigger_id: nextId("trig.") })),
      ]);
      expect(acks.map((a) => a.status)).toEqual([200, 200]);
      const [redraw] = await h.fake.waitForResponse(responseId);
      expect(redraw?.body.replace_original).toBe(true);
      expect(textOf(redraw?.body.blocks)).toContain("aktivitet 14 pågår nu");
      await h.fake.waitForCall("chat.postMessage", before + 1);
      await new Promise((r) => setTimeout(r, 150));
      expect((await activity(14)).statusUpdates).toHaveLength(1);
      expect(h.fake.responsesTo(responseId)).toHaveLength(1);
      expect(h.fake.callsTo("chat.postMessage")).toHaveLength(before + 1);

      // The redrawn message's buttons are a new drawing: pressing "Klar" there is a new update.
      const again = messageBlockActions({
        userId: USERS.tina.id,
        button: button(redraw?.body.blocks, "Klar"),
        messageTs: "1700000000.000001",
        ephemeral: true,
        responseUrl: h.fake.responseUrl(responseId),
      });
      await sendSigned(h.eventsUrl, interactionRequest(again));
      await h.fake.waitForResponse(responseId, 2);
      expect((await activity(14)).statusUpdates).toHaveLength(2);
      expect((await activity(14)).status).toBe("klar");
    });

    it("updates the bot's own channel message with chat.update", async () => {
      const { body } = await lok("visa 5", USERS.tina);
      const payload = messageBlockActions({
        userId: USERS.tina.id,
        button: button(body.blocks, "Försenad"),
        messageTs: "1700000000.000777",
        ephemeral: false,
        responseUrl: h.fake.responseUrl(nextId("btn")),
      });
      const updates = h.fake.callsTo("chat.update").length;
      await sendSigned(h.eventsUrl, interactionRequest(payload));
      const [call] = (await h.fake.waitForCall("chat.update", updates + 1)).slice(updates);
      expect(call?.args).toMatchObject({ channel: CHANNEL, ts: "1700000000.000777" });
      expect(textOf(call?.args.blocks)).toContain("aktivitet 5 är nu försenad");
      expect((await activity(5)).status).toBe("forsenad");
    });
  });

  describe("the status modal", () => {
    async function openFromButton(number: number, responseId: string, label = "Kommentera…") {
      const { body } = await lok(`visa ${number}`, USERS.tina);
      const opened = h.fake.callsTo("views.open").length;
      await sendSigned(
        h.eventsUrl,
        interactionRequest(
          messageBlockActions({
            userId: USERS.tina.id,
            button: button(body.blocks, label),
            messageTs: "1700000000.000900",
            ephemeral: true,
            responseUrl: h.fake.responseUrl(responseId),
          }),
        ),
      );
      const calls = await h.fake.waitForCall("views.open", opened + 1);
      return calls[opened]?.args.view as {
        callback_id: string;
        private_metadata: string;
        title: { text: string };
        submit: { text: string };
      };
    }

    it("is English for an English group, opened from the button or from `/lok status`", async () => {
      await lok("språk en", USERS.anna);
      try {
        const view = await openFromButton(6, nextId("modal"), "Comment…");
        expect(view.title.text).toBe("Activity 6");
        expect(view.submit.text).toBe("Save");
        expect(JSON.stringify(view)).not.toMatch(/Spara|Avbryt|Välj|Kommentar/);
        const res = await sendSigned(
          h.eventsUrl,
          interactionRequest(viewSubmission({ userId: USERS.tina.id, view })),
        );
        expect(JSON.parse(res.text)).toEqual({
          response_action: "errors",
          errors: { status: "Choose a status." },
        });
        const before = h.fake.callsTo("views.open").length;
        await sendSigned(
          h.eventsUrl,
          slashCommandRequest(
            slashCommand({
              text: "status 6",
              userId: USERS.tina.id,
              responseUrl: h.fake.responseUrl(nextId("cmd")),
            }),
          ),
        );
        const calls = await h.fake.waitForCall("views.open", before + 1);
        const fromCommand = calls[before]?.args.view as { title: { text: string } } | undefined;
        expect(fromCommand?.title.text).toBe("Activity 6");
      } finally {
        await lok("språk sv", USERS.anna);
      }
    });

    it("keeps field errors in the modal without storing anything", async () => {
      const stored = (await activity(6)).statusUpdates.length; // the demo's own history
      const view = await openFromButton(6, nextId("modal"));
      const res = await sendSigned(
        h.eventsUrl,
        interactionRequest(viewSubmission({ userId: USERS.tina.id, view })),
      );
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toEqual({
        response_action: "errors",
        errors: { status: "Välj en status." },
      });
      expect((await activity(6)).statusUpdates).toHaveLength(stored);
    });

    it("stores status and comment once, redraws the message, and refuses a medlem's deadline politely", async () => {
      const responseId = nextId("modal");
      const due = (await activity(7)).dueDate; // the demo's, placed around the day it was loaded
      const view = await openFromButton(7, responseId);
      const submission = viewSubmission({
        userId: USERS.tina.id,
        view,
        status: "pagar",
        comment: "Vi har bokat lokal <!here>",
        deadline: "2027-03-15",
      });
      const [first, second] = await Promise.all([
        sendSigned(h.eventsUrl, interactionRequest(submission)),
        sendSigned(h.eventsUrl, interactionRequest(submission)),
      ]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(first.text).toBe("");
      const responses = await h.fake.waitForResponse(responseId, 2);
      const redraw = responses.find((r) => r.body.replace_original === true);
      expect(textOf(redraw?.body.blocks)).toContain("aktivitet 7 pågår nu");
      expect(textOf(redraw?.body.blocks)).toContain("Vi har bokat lokal &lt;!here&gt;");
      const refusal = responses.find((r) => r.body.replace_original === false);
      expect(textOf(refusal?.body.blocks)).toContain("Bara samordnare och administratörer kan");
      await new Promise((r) => setTimeout(r, 150));
      const a = await activity(7);
      expect(a.statusUpdates).toHaveLength(1);
      expect(a.statusUpdates[0]?.comment).toBe("Vi har bokat lokal <!here>");
      expect(a.dueDate).toEqual(due);
    });

    it("changes the deadline too when a samordnare submits one", async () => {
      const before = h.fake.callsTo("views.open").length;
      const id = nextId("cmd");
      await sendSigned(
        h.eventsUrl,
        slashCommandRequest(
          slashCommand({ text: "status 8", userId: USERS.anna.id, responseUrl: h.fake.responseUrl(id) }),
        ),
      );
      const opened = await h.fake.waitForCall("views.open", before + 1);
      const view = opened[opened.length - 1]?.args.view as { callback_id: string; private_metadata: string };
      await sendSigned(
        h.eventsUrl,
        interactionRequest(
          viewSubmission({ userId: USERS.anna.id, view, status: "pagar", deadline: "2027-03-15" }),
        ),
      );
      const [answer, deadline] = await h.fake.waitForResponse(id, 2);
      expect(textOf(answer?.body.blocks)).toContain("aktivitet 8 pågår nu");
      expect(textOf(deadline?.body.blocks)).toContain("Ny deadline för aktivitet 8:");
      const a = await activity(8);
      expect(a.status).toBe("pagar");
      expect(a.dueDate?.toISOString().slice(0, 10)).toBe("2027-03-15");
    });
  });

  describe("App Home", () => {
    it("publishes Mina aktiviteter, overdue first, with buttons, and the next meeting's agenda", async () => {
      await lok("ansvarig 11 Anna Fogel", USERS.anna);
      await lok("ansvarig 9 Anna Fogel", USERS.anna);
      await lok("deadline 9 2027-06-01", USERS.anna);
      await lok("möte 2026-12-01 18-20 Föreningarnas hus", USERS.anna);
      const published = h.fake.callsTo("views.publish").length;
      const res = await sendSigned(h.eventsUrl, eventRequest(appHomeOpened(USERS.anna.id)));
      expect(res.status).toBe(200);
      const calls = await h.fake.waitForCall("views.publish", published + 1);
      const call = calls[published];
      expect(call?.args.user_id).toBe(USERS.anna.id);
      const view = call?.args.view as { type: string; blocks: unknown[] };
      expect(view.type).toBe("home");
      const text = textOf(view.blocks);
      expect(text).toContain("Mina aktiviteter");
      // 11 is overdue; 9 is due in 2027; 13 is done: overdue first, then by number.
      const order = (view.blocks as { text?: { text: string } }[])
        .map((b) => /^\S+ (\d+)\. /.exec(b.text?.text ?? "")?.[1])
        .filter(Boolean)
        .map(Number);
      expect(order.slice(0, 3)).toEqual([11, 9, 13]);
      expect(text).toContain("Dagordning: Samverkansrådet Örebro 1 dec 2026");
      expect(text).toContain("Föreningarnas hus");
      // With the activity the card shows, so that a press after a plan switch changes nothing.
      expect(button(view.blocks, "Klar").value).toContain(
        '{"kind":"set_status","number":11,"status":"klar","activity":',
      );
    });

    it("a button in App Home changes the status, redraws the home and announces in the bound channel", async () => {
      const last = h.fake.callsTo("views.publish").at(-1);
      const view = last?.args.view as { blocks: unknown[] };
      const pausedBefore = h.fake.callsTo("chat.postMessage").length;
      const published = h.fake.callsTo("views.publish").length;
      const press = homeBlockActions({
        userId: USERS.anna.id,
        button: button(view.blocks, "Pågår"),
        viewId: "VHOME1",
        viewHash: "hash-1",
      });
      await Promise.all([
        sendSigned(h.eventsUrl, interactionRequest(press)),
        sendSigned(h.eventsUrl, interactionRequest(press)),
      ]);
      await h.fake.waitForCall("views.publish", published + 1);
      const posts = await h.fake.waitForCall("chat.postMessage", pausedBefore + 1);
      expect(posts[pausedBefore]?.args.channel).toBe(CHANNEL);
      expect(String(posts[pausedBefore]?.args.text)).toContain("– pågår (Anna Fogel)");
      await new Promise((r) => setTimeout(r, 150));
      const a = await activity(11);
      expect(a.status).toBe("pagar");
      expect(a.statusUpdates.filter((u) => u.status === "pagar")).toHaveLength(1);
    });
  });

  describe("rate limits and the notifier", () => {
    it("acks at once while chat.postMessage answers 429; the announcement waits for Retry-After; the notifier returns it", async () => {
      h.fake.script("chat.postMessage", {
        status: 429,
        headers: { "retry-after": "1" },
        body: { ok: false, error: "ratelimited" },
      });
      const posts = h.fake.callsTo("chat.postMessage").length;
      const { ack, body, via } = await lok("status 3 klar", USERS.tina);
      expect(ack.status).toBe(200);
      expect(ack.elapsedMs).toBeLessThan(500);
      expect(via).toBe("ack");
      expect(textOf(body.blocks)).toContain("aktivitet 3 är nu klar");
      // The announcement met the 429 and is tried again once Retry-After has passed, not before.
      const calls = await h.fake.waitForCall("chat.postMessage", posts + 2, 5000);
      const [refused, retried] = [calls[posts], calls[posts + 1]];
      expect(retried?.args.text).toBe(refused?.args.text);
      expect(String(retried?.args.text)).toContain("– klar (Tina Modin)");
      expect((retried?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(950);

      h.fake.script("chat.postMessage", {
        status: 429,
        headers: { "retry-after": "30" },
        body: { ok: false, error: "ratelimited" },
      });
      const binding = await h.db.prisma.channelBinding.findFirstOrThrow();
      const reply = {
        tone: "info" as const,
        visibility: "channel" as const,
        blocks: [{ type: "text" as const, text: "Påminnelse" }],
      };
      const started = performance.now();
      const result = await h.surface.notifier.postToChannel(binding, reply);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(result).toEqual({
        ok: false,
        retryAfterMs: 30_000,
        permanent: false,
        reason: "slack:ratelimited",
      });
    });

    it("maps a channel that is gone to a permanent failure that deactivates the binding", async () => {
      const binding = await h.db.prisma.channelBinding.findFirstOrThrow();
      const reply = {
        tone: "info" as const,
        visibility: "channel" as const,
        blocks: [{ type: "text" as const, text: "Hej" }],
      };
      for (const error of ["channel_not_found", "is_archived", "not_in_channel", "account_inactive"]) {
        h.fake.script("chat.postMessage", { body: { ok: false, error } });
        expect(await h.surface.notifier.postToChannel(binding, reply)).toEqual({
          ok: false,
          permanent: true,
          deactivateBinding: true,
          reason: `slack:${error}`,
        });
      }
      expect(await h.surface.notifier.postToChannel(binding, reply)).toEqual({ ok: true });
    });

    it("sends direct messages to a member's Slack id, and says when it cannot", async () => {
      const reply = {
        tone: "info" as const,
        visibility: "ephemeral" as const,
        blocks: [{ type: "text" as const, text: "Din aktivitet" }],
      };
      const withIds = { include: { identities: true } } as const;
      const tina = await h.db.prisma.member.findFirstOrThrow({ where: { name: "Tina Modin" }, ...withIds });
      const noSlack = await h.db.prisma.member.findFirstOrThrow({
        where: { name: "KG Granberg" },
        ...withIds,
      });
      expect(await h.surface.notifier.sendDirect(noSlack, reply)).toBeUndefined();
      expect(await h.surface.notifier.sendDirect(tina, reply)).toEqual({ ok: true });
      expect(h.fake.callsTo("chat.postMessage").at(-1)?.args.channel).toBe(USERS.tina.id);
    });

    it("tells the member when the announcement cannot be posted because the bot is not in the channel", async () => {
      h.fake.script("chat.postMessage", { body: { ok: false, error: "not_in_channel" } });
      const { id, via } = await lok("status 10 pågår", USERS.tina);
      expect(via).toBe("ack");
      const [notice] = await h.fake.waitForResponse(id, 1);
      expect(textOf(notice?.body.blocks)).toContain("jag kunde inte skriva om den i kanalen");
      expect((await activity(10)).status).toBe("pagar");
    });
  });

  it("sent nothing beyond Slack's Block Kit limits", () => {
    expect(assertSlackLimits(h.fake)).toBeGreaterThan(20);
  });
});
