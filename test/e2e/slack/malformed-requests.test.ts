// Signed requests that Slack would not send but that reach us anyway (a proxy that repeats a field, a
// replay with a doctored timestamp): each is refused where it arrives, politely to the person when we
// can answer, changes nothing, and is logged once at warn.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLog, type LogCapture } from "../../support/log-capture.ts";
import { textOf } from "../../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../../support/slack-harness.ts";
import { nextId, slashCommand } from "../../support/slack-payloads.ts";
import { type SignedRequest, sendSigned } from "../../support/slack-requests.ts";

const WARN = 40;

describe("Slack: malformed but signed requests", () => {
  let h: SlackHarness;
  let log: LogCapture;

  beforeAll(async () => {
    log = captureLog();
    h = await slackHarness({ log, logLevel: "info" });
    await sendLok(h, "koppla", USERS.admin);
  });
  afterAll(async () => {
    await h?.close();
  });

  /** What the database holds that a command could have created or changed. */
  const state = async () => ({
    members: await h.db.prisma.member.count(),
    updates: await h.db.prisma.statusUpdate.count(),
    bindings: await h.db.prisma.channelBinding.count(),
  });

  /** A form body as a proxy might forward it: `fields` in order, with repeats and gaps kept. */
  const form = (fields: [string, string][]): SignedRequest => ({
    body: new URLSearchParams(fields).toString(),
    contentType: "application/x-www-form-urlencoded",
  });

  const commandFields = (text: string, userId: string = USERS.newcomer.id) =>
    Object.entries(slashCommand({ text, userId, responseUrl: h.fake.responseUrl(nextId("bad")) }));

  describe("slash command fields", () => {
    const cases: [string, (fields: [string, string][]) => [string, string][]][] = [
      ["text given twice", (f) => [...f, ["text", "status 1 struken"]]],
      ["command given twice", (f) => [...f, ["command", "/lok"]]],
      ["no user_id", (f) => f.filter(([k]) => k !== "user_id")],
      ["no team_id", (f) => f.filter(([k]) => k !== "team_id")],
      ["no channel_id", (f) => f.filter(([k]) => k !== "channel_id")],
      ["no trigger_id", (f) => f.filter(([k]) => k !== "trigger_id")],
      ["an empty user_id", (f) => f.map(([k, v]) => [k, k === "user_id" ? "" : v] as [string, string])],
    ];

    it.each(cases)("%s: a polite refusal in the ack, nothing created, one warning", async (what, change) => {
      const before = await state();
      const warnings = log.find(WARN, "slack command refused").length;
      const res = await sendSigned(h.eventsUrl, form(change(commandFields("status 1 klar Klart"))));
      expect(res.status).toBe(200);
      expect(res.elapsedMs).toBeLessThan(1000);
      const body = JSON.parse(res.text) as { response_type: string; blocks: unknown };
      expect(body.response_type).toBe("ephemeral");
      expect(textOf(body.blocks)).toContain("Jag kunde inte läsa kommandot");
      expect(textOf(body.blocks)).not.toMatch(/Chattjänsten|Något gick fel/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await state()).toEqual(before);
      expect(await h.db.prisma.member.count({ where: { name: { contains: "undefined" } } })).toBe(0);
      const refused = log.find(WARN, "slack command refused").slice(warnings);
      expect(refused, what).toHaveLength(1);
      expect(refused[0]?.problems).toBeInstanceOf(Array);
    });

    it("still answers the next well-formed command", async () => {
      const { body } = await sendLok(h, "status 1 pågår", USERS.admin);
      expect(textOf(body.blocks)).toContain("aktivitet 1 pågår nu");
    });
  });

  describe("request timestamps", () => {
    const now = () => Math.floor(Date.now() / 1000);
    const cases: [string, () => string][] = [
      ["Infinity", () => "Infinity"],
      ["1e99", () => "1e99"],
      ["a fraction", () => "12.5"],
      ["negative", () => "-1"],
      ["empty", () => ""],
      ["now written with a decimal point", () => `${now()}.0`],
      ["now in hexadecimal", () => `0x${now().toString(16)}`],
      ["two timestamps", () => `${now()}, ${now()}`],
      ["six minutes ahead", () => String(now() + 6 * 60)],
      ["six minutes old", () => String(now() - 6 * 60)],
    ];

    it.each(cases)("refuses %s with 401 before Bolt, and stores nothing", async (_what, timestamp) => {
      const before = await state();
      const ours = log.find(WARN, "slack request refused: timestamp").length;
      const bolts = log.find(WARN, "Failed to parse and verify").length;
      const request = form(commandFields("status 3 klar", USERS.admin.id));
      const res = await sendSigned(h.eventsUrl, request, { timestamp: timestamp() });
      expect(res.status).toBe(401);
      expect(res.text).toBe("");
      expect(await state()).toEqual(before);
      expect(log.find(WARN, "slack request refused: timestamp").slice(ours)).toHaveLength(1);
      expect(log.find(WARN, "Failed to parse and verify").slice(bolts)).toHaveLength(0);
    });

    it("accepts a plain integer within five minutes either way", async () => {
      for (const offset of [-4 * 60, 0, 4 * 60]) {
        const id = nextId("ts");
        const res = await sendSigned(
          h.eventsUrl,
          form(
            Object.entries(
              slashCommand({ text: "visa 3", userId: USERS.admin.id, responseUrl: h.fake.responseUrl(id) }),
            ),
          ),
          { timestamp: String(now() + offset) },
        );
        expect(res.status).toBe(200);
        expect(textOf(JSON.parse(res.text).blocks)).toContain("3. ");
      }
    });
  });
});
