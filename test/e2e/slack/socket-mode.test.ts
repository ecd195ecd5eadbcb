// Socket Mode: apps.connections.open (on the fake Web API) hands out a ws://127.0.0.1 URL of a local
// WebSocket server playing Slack; it sends a slash_commands envelope and expects the ack envelope.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { captureLog, type LogCapture } from "../../support/log-capture.ts";
import { assertSlackLimits, messagePayload } from "../../support/slack-block-schema.ts";
import { textOf } from "../../support/slack-blocks.ts";
import { type FakeSlack, startFakeSlack } from "../../support/slack-fake-api.ts";
import { type SlackHarness, slackHarness, USERS } from "../../support/slack-harness.ts";
import {
  appHomeOpened,
  DM_CHANNEL,
  directMessageEvent,
  nextId,
  slashCommand,
} from "../../support/slack-payloads.ts";

const WARN = 40;

describe("Slack in Socket Mode", () => {
  let fake: FakeSlack;
  let wss: WebSocketServer;
  let h: SlackHarness;
  const received: { envelope_id?: string; payload?: unknown }[] = [];
  let socket: WebSocket | undefined;
  let appToken: string | undefined;
  let log: LogCapture;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    log = captureLog();
    process.on("unhandledRejection", onUnhandled);
    fake = await startFakeSlack({
      users: { [USERS.admin.id]: { name: USERS.admin.name, email: USERS.admin.email } },
    });
    wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
    wss.on("connection", (ws) => {
      socket = ws;
      ws.on("message", (data) => received.push(JSON.parse(String(data))));
      ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0LOK" } }));
    });
    fake.setWebSocketUrl(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`);
    h = await slackHarness({ socketMode: true, fake, log, logLevel: "info" });
    appToken = fake.callsTo("apps.connections.open")[0]?.authorization;
  });
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await h?.close();
    for (const client of wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => wss?.close(() => resolve()));
    await fake?.close();
  });

  it("connects with the app token through apps.connections.open", () => {
    expect(h.surface.mode).toBe("socket");
    expect(h.surface.address()).toBeUndefined();
    expect(appToken).toBe("Bearer xapp-test-token");
  });

  it("acks a slash_commands envelope at once and answers through response_url", async () => {
    const envelopeId = nextId("env-");
    const responseId = nextId("sock");
    const payload = slashCommand({
      text: "koppla",
      userId: USERS.admin.id,
      responseUrl: fake.responseUrl(responseId),
    });
    const sent = performance.now();
    socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: "slash_commands",
        accepts_response_payload: true,
        payload,
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    const [response] = await fake.waitForResponse(responseId, 1, 10_000);
    const ack = received.find((m) => m.envelope_id === envelopeId);
    expect(ack).toBeDefined();
    expect(ack?.payload ?? {}).toEqual({});
    expect(performance.now() - sent).toBeLessThan(5000);
    expect(response?.body.response_type).toBe("in_channel");
    expect(textOf(response?.body.blocks)).toContain("Den här kanalen är nu kopplad till Samverkansrådet");
    expect(await h.db.prisma.channelBinding.count()).toBe(1);
    assertSlackLimits(fake);
  });

  it("answers someone it already knows in the ack envelope's payload, with nothing sent to response_url", async () => {
    const envelopeId = nextId("env-");
    const responseId = nextId("sock");
    socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: "slash_commands",
        accepts_response_payload: true,
        payload: slashCommand({
          text: "visa 13",
          userId: USERS.admin.id,
          responseUrl: fake.responseUrl(responseId),
        }),
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    const deadline = Date.now() + 5000;
    while (!received.some((m) => m.envelope_id === envelopeId) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const ack = received.find((m) => m.envelope_id === envelopeId);
    const payload = messagePayload.parse(ack?.payload) as { response_type?: string; blocks?: unknown };
    expect(payload.response_type).toBe("ephemeral");
    expect(textOf(payload.blocks)).toContain("13. Se över föreningsregistret");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.responsesTo(responseId)).toHaveLength(0);
  });

  /** Waits until the ack of `envelopeId` has come back over the socket. */
  async function ackOf(envelopeId: string) {
    const deadline = Date.now() + 5000;
    while (!received.some((m) => m.envelope_id === envelopeId) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    return received.find((m) => m.envelope_id === envelopeId);
  }

  const malformed: [string, (envelopeId: string) => string][] = [
    [
      "an events_api envelope whose event is null",
      (id) =>
        JSON.stringify({
          envelope_id: id,
          type: "events_api",
          payload: { ...appHomeOpened("U0X"), event: null },
        }),
    ],
    [
      "an events_api envelope whose event has no type",
      (id) =>
        JSON.stringify({
          envelope_id: id,
          type: "events_api",
          payload: { ...appHomeOpened("U0X"), event: {} },
        }),
    ],
    ["an envelope without a payload", (id) => JSON.stringify({ envelope_id: id, type: "slash_commands" })],
    [
      "an envelope whose payload is not an object",
      (id) => JSON.stringify({ envelope_id: id, type: "interactive", payload: "x" }),
    ],
    [
      "an envelope of an unknown type",
      (id) => JSON.stringify({ envelope_id: id, type: "telepathy", payload: {} }),
    ],
    [
      "a slash command with no body fields",
      (id) => JSON.stringify({ envelope_id: id, type: "slash_commands", payload: {} }),
    ],
    ["a message that is not JSON", (id) => `{"envelope_id":"${id}", "type": "slash_commands", "payload": {`],
    ["a JSON message that is not an object", () => "[1, 2, 3]"],
  ];

  it.each(malformed)("logs and drops %s, and stays up", async (what, message) => {
    const envelopeId = nextId("bad-");
    const warnings = log.find(WARN, "slack socket mode envelope dropped").length;
    socket?.send(message(envelopeId));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unhandled, what).toEqual([]);
    expect(log.find(WARN, "slack socket mode envelope dropped").slice(warnings), what).toHaveLength(1);
    expect(log.lines().filter((l) => l.level >= 50)).toEqual([]);
    // An envelope with an id is acked, so that Slack does not deliver the same envelope again.
    if (
      message(envelopeId).includes(`"envelope_id":"${envelopeId}"`) &&
      what !== "a message that is not JSON"
    ) {
      expect(await ackOf(envelopeId)).toEqual({ envelope_id: envelopeId });
    }
  });

  it("refuses a slash command with user_id missing politely in the ack, creating nobody", async () => {
    const members = await h.db.prisma.member.count();
    const envelopeId = nextId("env-");
    const { user_id: _, ...payload } = slashCommand({
      text: "status 1 klar",
      userId: USERS.admin.id,
      responseUrl: fake.responseUrl(nextId("sock")),
    });
    socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: "slash_commands",
        accepts_response_payload: true,
        payload,
      }),
    );
    const ack = (await ackOf(envelopeId)) as { payload?: { blocks?: unknown } } | undefined;
    expect(textOf(ack?.payload?.blocks)).toContain("Jag kunde inte läsa kommandot");
    expect(await h.db.prisma.member.count()).toBe(members);
  });

  it("still answers the next good command after all of them", async () => {
    const envelopeId = nextId("env-");
    socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: "slash_commands",
        accepts_response_payload: true,
        payload: slashCommand({
          text: "visa 2",
          userId: USERS.admin.id,
          responseUrl: fake.responseUrl(nextId("s")),
        }),
      }),
    );
    const ack = (await ackOf(envelopeId)) as { payload?: { blocks?: unknown } } | undefined;
    expect(textOf(ack?.payload?.blocks)).toContain("2. ");
    expect(unhandled).toEqual([]);
  });

  it("acks a direct message's events_api envelope at once and answers in the direct conversation", async () => {
    const envelopeId = nextId("env-");
    const before = fake.calls.length;
    socket?.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: "events_api",
        accepts_response_payload: false,
        payload: directMessageEvent({ userId: USERS.admin.id, text: "visa 3" }),
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    const ack = await ackOf(envelopeId);
    expect(ack?.payload ?? {}).toEqual({});
    const answer = await fake.waitFor(
      () =>
        fake.calls.slice(before).find((c) => c.method === "chat.postMessage" && c.args.channel === DM_CHANNEL)
          ?.args,
    );
    expect(textOf(answer.blocks)).toContain("3. ");
  });
});
