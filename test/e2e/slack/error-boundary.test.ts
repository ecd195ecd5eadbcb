// The Slack surface's one error boundary (Bolt's global error handler), through the real HTTP receiver:
// a listener that acknowledges twice fails loudly, is logged once, the person who typed is told
// politely, and the bot goes on serving.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ackOnce } from "../../../src/platforms/slack/ack-once.ts";
import { captureLog, type LogCapture } from "../../support/log-capture.ts";
import { textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import { nextId, slashCommand } from "../../support/slack-payloads.ts";
import { sendSigned, slashCommandRequest } from "../../support/slack-requests.ts";

let h: SlackHarness;
let log: LogCapture;

beforeAll(async () => {
  log = captureLog();
  h = await slackHarness({ log, logLevel: "info" });
  // A listener with the bug the boundary is for: it acknowledges, and then acknowledges again.
  h.surface.app.command("/dubbel", async ({ ack }) => {
    const acks = ackOnce(ack);
    await acks.send();
    await acks.send();
  });
});

afterAll(async () => {
  await h?.close();
});

describe("a listener that acknowledges twice", () => {
  it("fails loudly: one error in the log, and a polite answer to the person", async () => {
    const id = nextId("cmd");
    const fields = {
      ...slashCommand({ text: "", userId: USERS.anna.id, responseUrl: h.fake.responseUrl(id) }),
    };
    fields.command = "/dubbel";
    const ack = await sendSigned(h.eventsUrl, slashCommandRequest(fields));
    expect(ack.status).toBe(200);
    expect(ack.text).toBe("");

    const [told] = await h.fake.waitForResponse(id);
    expect(told?.body.response_type).toBe("ephemeral");
    expect(textOf(told?.body.blocks)).toContain("Chattjänsten svarar inte just nu");
    const failures = log.find(50, "slack listener failed");
    expect(failures).toHaveLength(1);
    expect(JSON.stringify(failures[0]?.err)).toContain("acknowledged twice");
    expect(log.lines().filter((l) => l.level >= 50)).toHaveLength(1);
  });

  it("leaves the bot serving: the next `/lok` is answered", async () => {
    const { body } = await sendLok(h, "hjälp", USERS.anna);
    expect(textOf(body.blocks)).toContain("Det här kan jag");
  });
});
