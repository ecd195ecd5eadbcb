// A plan file sent to the bot in Slack, through Bolt's real HTTP receiver with signed requests and the
// loopback Web API: the file shared in the direct conversation is downloaded with the bot token after
// the ack, its dry run comes back with Importera and Avbryt, and Importera (a signed block_actions)
// imports the plan once and tells the group's channel. The token never goes to any other host, a file in
// a channel is not read, and a path typed in Slack reads nothing on the server.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { button, textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import {
  CHANNEL,
  DM_CHANNEL,
  directMessageEvent,
  fileShareEvent,
  mentionWithFileEvent,
  messageBlockActions,
  nextId,
} from "../../support/slack-payloads.ts";
import { eventRequest, interactionRequest, sendSigned } from "../../support/slack-requests.ts";

const FILE = "vasteras-2022-2024.csv";
const PLAN = "Handlingsplan 2022–2024";

type Args = Record<string, unknown>;

describe("a plan file sent to the bot in Slack", () => {
  let h: SlackHarness;
  let bytes: Buffer;

  beforeAll(async () => {
    h = await slackHarness();
    await sendLok(h, "koppla", USERS.admin);
    bytes = await readFile(join(import.meta.dirname, "../../../prisma/plans", FILE));
  });
  afterAll(async () => {
    await h?.close();
  });

  async function sendEvent(envelope: object) {
    const ack = await sendSigned(h.eventsUrl, eventRequest(envelope));
    expect(ack.status).toBe(200);
    expect(ack.text).toBe("");
  }

  /** The next chat.postMessage after call `from` to `channel`. */
  const nextPost = (from: number, channel: string, matches: (args: Args) => boolean = () => true) =>
    h.fake.waitFor(
      () =>
        h.fake.calls
          .slice(from)
          .find((c) => c.method === "chat.postMessage" && c.args.channel === channel && matches(c.args))
          ?.args,
      10_000,
      `chat.postMessage to ${channel}`,
    );

  const activities = () => h.db.prisma.activity.count({ where: { plan: { name: PLAN } } });

  /** Presses a button of a message the bot posted in the direct conversation; returns its response_url post. */
  async function press(message: Args, label: string) {
    const id = nextId("resp");
    const payload = messageBlockActions({
      userId: USERS.anna.id,
      button: button(message.blocks, label),
      messageTs: String(message.ts ?? "1700000000.000100"),
      ephemeral: false,
      responseUrl: h.fake.responseUrl(id),
      channelId: DM_CHANNEL,
    });
    const ack = await sendSigned(h.eventsUrl, interactionRequest(payload));
    expect(ack.status).toBe(200);
    const [response] = await h.fake.waitForResponse(id, 1, 10_000);
    return response?.body as Args;
  }

  it("answers a file shared in the direct conversation with its dry run and two buttons, storing nothing", async () => {
    const url = h.fake.serveFile(FILE, bytes);
    const from = h.fake.calls.length;
    await sendEvent(fileShareEvent({ userId: USERS.anna.id, file: { name: FILE, url, size: bytes.length } }));
    const dry = await nextPost(from, DM_CHANNEL);
    const text = textOf(dry.blocks);
    expect(text).toContain(`Provkörning av ${FILE}`);
    expect(text).toContain(`Ny plan skulle skapas: ${PLAN}`);
    expect(text).toContain("Skulle läsa in 24 aktiviteter");
    expect(button(dry.blocks, "Importera")).toBeDefined();
    expect(button(dry.blocks, "Avbryt")).toBeDefined();
    // Downloaded once, with the bot token, from the Slack host.
    expect(h.fake.downloads).toEqual([
      { path: new URL(url).pathname, authorization: "Bearer xoxb-test-token" },
    ]);
    expect(await activities()).toBe(0);
    expect(await h.db.prisma.planUpload.count({ where: { state: "pending" } })).toBe(1);

    const pressedAt = h.fake.calls.length;
    const done = await press({ ...dry, ts: "1700000001.000100" }, "Importera");
    expect(textOf(done.blocks)).toContain(`${FILE} är inläst.`);
    expect(textOf(done.blocks)).toContain("Klart: 24 aktiviteter");
    expect(await activities()).toBe(24);
    const told = await nextPost(pressedAt, CHANNEL);
    expect(told.text).toContain(`Handlingsplanen ${PLAN} importerades av Anna Fogel (från ${FILE})`);

    // A second press on the same dry run imports nothing.
    const again = await press({ ...dry, ts: "1700000002.000100" }, "Importera");
    expect(textOf(again.blocks)).toContain(`${FILE} är redan inläst (av Anna Fogel).`);
    expect(await activities()).toBe(24);
    expect(await h.db.prisma.planUpload.findMany({ select: { state: true } })).toEqual([
      { state: "imported" },
    ]);
  });

  it("Avbryt drops the upload and imports nothing", async () => {
    const url = h.fake.serveFile(FILE, bytes);
    const from = h.fake.calls.length;
    await sendEvent(fileShareEvent({ userId: USERS.anna.id, file: { name: FILE, url, size: bytes.length } }));
    const dry = await nextPost(from, DM_CHANNEL);
    const cancelled = await press({ ...dry, ts: "1700000003.000100" }, "Avbryt");
    expect(textOf(cancelled.blocks)).toContain(`Inläsningen av ${FILE} är avbruten`);
    expect(await h.db.prisma.planUpload.count({ where: { state: "cancelled" } })).toBe(1);
  });

  it("never sends the token to a host that is not Slack's: such a file is refused", async () => {
    const seen: { authorization?: string }[] = [];
    const elsewhere = createServer((req, res) => {
      seen.push({ ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      res.writeHead(200).end(bytes);
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
    try {
      const port = (elsewhere.address() as AddressInfo).port;
      const uploads = await h.db.prisma.planUpload.count();
      for (const url of [
        `http://127.0.0.1:${port}/files-pri/T1-F9/${FILE}`,
        `https://files.slack.com.example.org/files-pri/T1-F9/${FILE}`,
      ]) {
        const from = h.fake.calls.length;
        await sendEvent(
          fileShareEvent({ userId: USERS.anna.id, file: { name: FILE, url, size: bytes.length } }),
        );
        const answer = await nextPost(from, DM_CHANNEL);
        expect(textOf(answer.blocks)).toContain(
          `Jag kunde inte hämta ${FILE} från chatten; inget har sparats.`,
        );
      }
      expect(seen).toEqual([]);
      expect(await h.db.prisma.planUpload.count()).toBe(uploads);
    } finally {
      elsewhere.close();
    }
  });

  it("a file too large is refused before it is downloaded", async () => {
    const url = h.fake.serveFile("stor.xlsx", bytes);
    const from = h.fake.calls.length;
    const downloads = h.fake.downloads.length;
    await sendEvent(
      fileShareEvent({ userId: USERS.anna.id, file: { name: "stor.xlsx", url, size: 6 * 1024 * 1024 } }),
    );
    const answer = await nextPost(from, DM_CHANNEL);
    expect(textOf(answer.blocks)).toContain(
      "stor.xlsx är 6,0 MB, och en handlingsplan som skickas i chatten får vara högst 5,0 MB.",
    );
    expect(h.fake.downloads.length).toBe(downloads);
  });

  it("a file in a channel is not read: the answer says to send it in the direct conversation", async () => {
    const url = h.fake.serveFile(FILE, bytes);
    const from = h.fake.calls.length;
    const downloads = h.fake.downloads.length;
    await sendEvent(
      mentionWithFileEvent({ userId: USERS.anna.id, file: { name: FILE, url, size: bytes.length } }),
    );
    const answer = await h.fake.waitFor(
      () =>
        h.fake.calls
          .slice(from)
          .find(
            (c) =>
              ["chat.postEphemeral", "chat.postMessage"].includes(c.method) && c.args.channel === CHANNEL,
          )?.args,
      10_000,
    );
    expect(textOf(answer.blocks)).toContain(
      "Skicka handlingsplanen som en bifogad fil i ditt privata samtal med mig",
    );
    expect(h.fake.downloads.length).toBe(downloads);
  });

  it("a path typed in Slack reads nothing on the server", async () => {
    const from = h.fake.calls.length;
    const uploads = await h.db.prisma.planUpload.count();
    await sendEvent(
      directMessageEvent({ userId: USERS.anna.id, text: "importera prisma/plans/vasteras-2022-2024.csv" }),
    );
    const answer = await nextPost(from, DM_CHANNEL);
    expect(textOf(answer.blocks)).toContain("Jag läser inga filer från servern.");
    expect(await h.db.prisma.planUpload.count()).toBe(uploads);
  });
});
