// Requests that were not signed by Slack with our secret, sent to the real Bolt receiver: every one
// must be refused (401, or 413 for a body beyond the limit) and change nothing, and the receiver must go
// on answering genuine requests.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../support/slack-harness.ts";
import { nextId, slashCommand } from "../support/slack-payloads.ts";
import {
  interactionRequest,
  type SendOptions,
  type SignedRequest,
  sendSigned,
  slackSignature,
  slashCommandRequest,
} from "../support/slack-requests.ts";
import { tally } from "./record.ts";

const ROUNDS = 150;
let h: SlackHarness;

beforeAll(async () => {
  h = await slackHarness();
  await sendLok(h, "koppla", USERS.admin);
});
afterAll(async () => {
  await h?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const command = (text: string): SignedRequest =>
  slashCommandRequest(
    slashCommand({ text, userId: USERS.admin.id, responseUrl: h.fake.responseUrl(nextId("forged")) }),
  );

/** Each forgery: the request and how it is sent; all of them would change activity 13 if let in. */
const forgeries: [string, () => [SignedRequest, SendOptions]][] = [
  ["no signature", () => [command("status 13 klar"), { signature: "" }]],
  ["another secret", () => [command("status 13 klar"), { secret: "not-our-secret" }]],
  [
    "the signature of another body",
    () => {
      const ts = now();
      return [command("status 13 klar"), { timestamp: ts, signature: slackSignature("x", ts, "text=hjälp") }];
    },
  ],
  [
    "a replayed signature on an edited body",
    () => {
      const original = command("status 13 pågår");
      const ts = now();
      const signature = slackSignature("8f742231b10e8888abcd99yyyzzz85a5", ts, original.body);
      return [
        { ...original, body: original.body.replace("p%C3%A5g%C3%A5r", "klar") },
        { timestamp: ts, signature },
      ];
    },
  ],
  ["six minutes old", () => [command("status 13 klar"), { timestamp: now() - 360 }]],
  ["six minutes ahead", () => [command("status 13 klar"), { timestamp: now() + 360 }]],
  ["timestamp Infinity", () => [command("status 13 klar"), { timestamp: "Infinity" }]],
  ["timestamp 1e99", () => [command("status 13 klar"), { timestamp: "1e99" }]],
  ["timestamp NaN", () => [command("status 13 klar"), { timestamp: "NaN" }]],
  [
    "a v1 signature scheme",
    () => {
      const ts = now();
      const request = command("status 13 klar");
      const v0 = slackSignature("8f742231b10e8888abcd99yyyzzz85a5", ts, request.body);
      return [request, { timestamp: ts, signature: v0.replace("v0=", "v1=") }];
    },
  ],
  [
    "a truncated signature",
    () => {
      const ts = now();
      const request = command("status 13 klar");
      const v0 = slackSignature("8f742231b10e8888abcd99yyyzzz85a5", ts, request.body);
      return [request, { timestamp: ts, signature: v0.slice(0, 40) }];
    },
  ],
  [
    "a forged button press",
    () => [interactionRequest({ type: "block_actions", user: { id: USERS.admin.id } }), { secret: "guess" }],
  ],
];

it("refuses every forged request and changes nothing", async () => {
  const t = tally("Slack: forged or stale requests");
  const state = async () => ({
    status: (await h.db.prisma.activity.findFirstOrThrow({ where: { number: 13 } })).status,
    updates: await h.db.prisma.statusUpdate.count(),
    members: await h.db.prisma.member.count(),
  });
  const before = await state();
  const posted = h.fake.calls.length;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [what, make] of forgeries) {
      const [request, options] = make();
      const res = await sendSigned(h.eventsUrl, request, options);
      if (res.status === 401 && res.text === "") t.ok();
      else t.fail(`${what}: HTTP ${res.status}`);
    }
  }
  // A body beyond the limit, correctly signed: refused before it is read.
  for (let i = 0; i < 20; i++) {
    const big = command(`status 13 klar ${"x".repeat(2 * 1024 * 1024)}`);
    const res = await sendSigned(h.eventsUrl, big).catch(() => ({ status: 0, text: "" }));
    if (res.status === 413 || res.status === 0) t.ok();
    else t.fail(`an oversized body: HTTP ${res.status}`);
  }
  const after = await state();
  if (JSON.stringify(after) !== JSON.stringify(before)) t.fail("the database changed");
  if (h.fake.calls.length !== posted) t.fail("the bot posted something to Slack");
  const genuine = await sendLok(h, "visa 13", USERS.admin);
  if (!JSON.stringify(genuine.body).includes("13.")) t.fail("a genuine request went unanswered afterwards");
  const row = t.done();
  expect(row.notes).toEqual([]);
  expect(row.failures).toBe(0);
});
