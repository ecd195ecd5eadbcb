// The log at its most verbose (trace: every Bolt, Web API and Socket Mode debug line) never holds
// what would let someone act as the bot or reach a person: e-mail addresses, response_urls, upload
// URLs, the Socket Mode URL and its ticket, tokens and the signing secret. Real receiver, real Socket
// Mode client, real commands; the whole captured log is searched.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { captureLog, type LogCapture } from "../../support/log-capture.ts";
import { button } from "../../support/slack-blocks.ts";
import { type FakeSlack, startFakeSlack } from "../../support/slack-fake-api.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import { messageBlockActions, nextId, slashCommand, viewSubmission } from "../../support/slack-payloads.ts";
import { interactionRequest, SIGNING_SECRET, sendSigned } from "../../support/slack-requests.ts";

const TICKET = "9f8e7d6c-ticket-5b4a";

/** What must never be in the log, with what it is, for the failure message. */
function secrets(fake: FakeSlack): [string, string][] {
  return [
    ...Object.values(USERS).map((u) => [u.email, "an e-mail address"] as [string, string]),
    [new URL(fake.responseUrl("x")).pathname.replace(/x$/, ""), "a response_url"],
    ["/upload/", "an upload URL"],
    [TICKET, "the Socket Mode ticket"],
    ["xoxb-test-token", "the bot token"],
    ["xapp-test-token", "the app token"],
    [SIGNING_SECRET, "the signing secret"],
  ];
}

/** Each secret found in the log, with the line it is on. */
function leaks(log: LogCapture, fake: FakeSlack): string[] {
  const lines = log.text().split("\n");
  const found: string[] = [];
  for (const [secret, what] of secrets(fake)) {
    const line = lines.find((l) => l.includes(secret));
    if (line) found.push(`${what}: ${line.slice(0, 300)}`);
  }
  const email = lines.find((l) => /[\w.+-]+@[\w-]+\.[\w.-]+/.test(l));
  if (email) found.push(`an e-mail address: ${email.slice(0, 300)}`);
  return found;
}

describe("the log at trace level, over HTTP", () => {
  let h: SlackHarness;
  let log: LogCapture;

  beforeAll(async () => {
    log = captureLog();
    h = await slackHarness({ log, logLevel: "trace" });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("keeps e-mails, response_urls, upload URLs, tokens and the signing secret out", async () => {
    await sendLok(h, "koppla", USERS.admin);
    await sendLok(h, "status 13 klar Klart", USERS.tina);
    await sendLok(h, "rapport fil", USERS.anna);
    await h.fake.waitForCall("files.completeUploadExternal");
    const { body } = await sendLok(h, "visa 6", USERS.tina);
    // The modal carries the response_url in its private_metadata, which comes back in the submission.
    const opened = h.fake.callsTo("views.open").length;
    const responseId = nextId("modal");
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        messageBlockActions({
          userId: USERS.tina.id,
          button: button(body.blocks, "Kommentera…"),
          messageTs: "1700000000.000111",
          ephemeral: true,
          responseUrl: h.fake.responseUrl(responseId),
        }),
      ),
    );
    const view = (await h.fake.waitForCall("views.open", opened + 1))[opened]?.args.view as {
      callback_id: string;
      private_metadata: string;
    };
    await sendSigned(
      h.eventsUrl,
      interactionRequest(viewSubmission({ userId: USERS.tina.id, view, status: "pagar", comment: "Ok" })),
    );
    await h.fake.waitForResponse(responseId);
    // A response_url that fails, so that the failure is logged.
    await sendSigned(
      h.eventsUrl,
      interactionRequest(
        messageBlockActions({
          userId: USERS.tina.id,
          button: { action_id: "lok:act:0", value: JSON.stringify({ a: { kind: "show", number: 2 } }) },
          messageTs: "1700000000.000112",
          ephemeral: true,
          responseUrl: "http://127.0.0.1:9/response/dead-end",
        }),
      ),
    );
    await h.fake.waitForCall("chat.postEphemeral");

    expect(log.lines().filter((l) => l.level === 20).length).toBeGreaterThan(50);
    expect(log.text()).toContain("apiCall('users.info') start");
    expect(leaks(log, h.fake)).toEqual([]);
  });
});

describe("the log at trace level, in Socket Mode", () => {
  let fake: FakeSlack;
  let wss: WebSocketServer;
  let h: SlackHarness;
  let log: LogCapture;

  beforeAll(async () => {
    log = captureLog();
    fake = await startFakeSlack({
      users: { [USERS.admin.id]: { name: USERS.admin.name, email: USERS.admin.email } },
    });
    wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
    wss.on("connection", (ws) => {
      ws.send(JSON.stringify({ type: "hello", num_connections: 1 }));
      ws.send(
        JSON.stringify({
          envelope_id: nextId("env-"),
          type: "slash_commands",
          accepts_response_payload: true,
          payload: slashCommand({
            text: "koppla",
            userId: USERS.admin.id,
            responseUrl: fake.responseUrl("sock"),
          }),
        }),
      );
    });
    const port = (wss.address() as AddressInfo).port;
    fake.setWebSocketUrl(`ws://127.0.0.1:${port}/link/?ticket=${TICKET}&app_id=A0LOK`);
    h = await slackHarness({ socketMode: true, fake, log, logLevel: "trace" });
  });
  afterAll(async () => {
    await h?.close();
    for (const client of wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => wss?.close(() => resolve()));
    await fake?.close();
  });

  it("keeps the ticket, the app token, e-mails and response_urls out", async () => {
    await fake.waitForResponse("sock", 1, 10_000);
    expect(log.text()).toContain("Received a message on the WebSocket");
    expect(leaks(log, fake)).toEqual([]);
  });
});
