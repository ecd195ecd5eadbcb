// Socket Mode: apps.connections.open (on the fake Web API) hands out a ws://127.0.0.1 URL of a local
// WebSocket server playing Slack; it sends a slash_commands envelope and expects the ack envelope.
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { assertSlackLimits, messagePayload } from "../../support/slack-block-schema.js";
import { textOf } from "../../support/slack-blocks.js";
import { type FakeSlack, startFakeSlack } from "../../support/slack-fake-api.js";
import { type SlackHarness, slackHarness, USERS } from "../../support/slack-harness.js";
import { nextId, slashCommand } from "../../support/slack-payloads.js";

describe("Slack in Socket Mode", () => {
  let fake: FakeSlack;
  let wss: WebSocketServer;
  let h: SlackHarness;
  const received: { envelope_id?: string; payload?: unknown }[] = [];
  let socket: WebSocket | undefined;
  let appToken: string | undefined;

  beforeAll(async () => {
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
    h = await slackHarness({ socketMode: true, fake });
    appToken = fake.callsTo("apps.connections.open")[0]?.authorization;
  });
  afterAll(async () => {
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
});
