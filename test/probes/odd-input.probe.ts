// Signed but odd requests, replays and concurrent copies, and text made to attack the files the bot
// writes. Odd input gets a polite answer and creates nothing strange; a replay or a concurrent copy of a
// write is stored once; no exported cell is a live formula and no Markdown carries a live link or tag.
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.ts";
import { loadDemo, readDemo } from "../../src/services/demo.ts";
import { DEMO_NOW } from "../support/command-harness.ts";
import { textOf } from "../support/slack-blocks.ts";
import { type SlackHarness, sendLok, slackHarness, USERS } from "../support/slack-harness.ts";
import { nextId, slashCommand } from "../support/slack-payloads.ts";
import { type SignedRequest, sendSigned, slashCommandRequest } from "../support/slack-requests.ts";
import { pgSchema, runLok } from "./lok-process.ts";
import { tally } from "./record.ts";

let h: SlackHarness;
let pgTarget: Awaited<ReturnType<typeof pgSchema>>;

beforeAll(async () => {
  pgTarget = await pgSchema("probe_odd");
  // The harness on PostgreSQL, in the probe's own schema, so that `lok export` can read what it wrote.
  const db = await openDatabase({ databaseUrl: pgTarget.url });
  await loadDemo(db.prisma, await readDemo(), new Date(DEMO_NOW));
  for (const u of [USERS.anna, USERS.tina]) {
    await db.prisma.member.updateMany({ where: { name: u.name }, data: { email: u.email } });
  }
  h = await slackHarness({ db });
  await sendLok(h, "koppla", USERS.admin);
});
afterAll(async () => {
  await h?.close();
  await h?.db.close();
  await pgTarget?.drop();
});

const form = (fields: [string, string][]): SignedRequest => ({
  body: new URLSearchParams(fields).toString(),
  contentType: "application/x-www-form-urlencoded",
});
const fields = (text: string, userId: string = USERS.anna.id) =>
  Object.entries(slashCommand({ text, userId, responseUrl: h.fake.responseUrl(nextId("odd")) }));

it("answers signed odd requests politely and creates nothing strange", async () => {
  const t = tally("Slack: signed but odd requests");
  const odd: [string, () => [string, string][]][] = [
    ["a NUL byte in a comment", () => fields("status 3 pågår Före\u0000efter")],
    ["a NUL byte in a meeting place", () => fields("möte 2 maj kl 18 Förenings\u0000huset")],
    ["a NUL byte in an agenda point", () => fields("agenda lägg till Lokaler\u0000")],
    ["escape sequences in a comment", () => fields("status 4 pågår \u001b[2J\u001b]0;hej\u0007")],
    ["right-to-left override", () => fields("status 5 pågår \u202etxet")],
    ["text twice", () => [...fields("status 3 klar"), ["text", "status 1 struken"]]],
    ["no user_id", () => fields("status 3 klar").filter(([k]) => k !== "user_id")],
    [
      "an empty user_id",
      () => fields("status 3 klar").map(([k, v]) => [k, k === "user_id" ? "" : v] as [string, string]),
    ],
    ["no team_id", () => fields("status 3 klar").filter(([k]) => k !== "team_id")],
    ["no channel_id", () => fields("status 3 klar").filter(([k]) => k !== "channel_id")],
    ["a 5,000-character unknown command", () => fields(`x${"y".repeat(5000)}`)],
    ["a 40,000-character comment", () => fields(`status 3 pågår ${"z".repeat(40_000)}`)],
    ["an unknown user", () => fields("status 3 klar", "U0NOBODY")],
    [
      "a response_url elsewhere",
      () =>
        fields("status 3 pågår").map(
          ([k, v]) => [k, k === "response_url" ? "https://evil.example/hook" : v] as [string, string],
        ),
    ],
  ];
  for (let round = 0; round < 5; round++) {
    for (const [what, make] of odd) {
      const res = await sendSigned(h.eventsUrl, form(make()));
      const said = res.text ? textOf((JSON.parse(res.text) as { blocks?: unknown }).blocks ?? []) : "";
      if (res.status !== 200 && res.status !== 400) t.fail(`${what}: HTTP ${res.status}`);
      else if (/Något gick fel|Chattjänsten svarar inte|undefined/.test(said))
        t.fail(`${what}: ${said.slice(0, 60)}`);
      else if (said.length > 3500) t.fail(`${what}: a reply of ${said.length} characters`);
      else t.ok();
    }
  }
  const strange = await h.db.prisma.member.count({
    where: { OR: [{ name: { contains: "undefined" } }, { name: "" }] },
  });
  if (strange > 0) t.fail(`${strange} strange members created`);
  // PostgreSQL cannot hold a NUL byte: the comment is kept without it.
  const kept = await h.db.prisma.statusUpdate.count({ where: { comment: { startsWith: "Före" } } });
  if (kept === 0) t.fail("a comment with a NUL byte was not stored");
  if (h.fake.calls.some((c) => JSON.stringify(c.args).includes("evil.example")))
    t.fail("posted to a foreign response_url");
  const row = t.done();
  expect(row.notes).toEqual([]);
});

it("stores a replayed or concurrently copied write once", async () => {
  const t = tally("Slack: replays and concurrent copies");
  const once = async (
    what: string,
    text: string,
    count: () => Promise<number>,
    copies: number,
    sameTrigger: boolean,
  ) => {
    const before = await count();
    const trigger = nextId("trig.");
    const sent = Array.from({ length: copies }, () => {
      const f = slashCommand({
        text,
        userId: USERS.admin.id,
        responseUrl: h.fake.responseUrl(nextId("copy")),
        triggerId: sameTrigger ? trigger : nextId("trig."),
      });
      return sendSigned(
        h.eventsUrl,
        slashCommandRequest(f),
        sameTrigger ? { headers: { "x-slack-retry-num": "1" } } : {},
      );
    });
    const answers = await Promise.all(sent);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const added = (await count()) - before;
    if (added !== 1) t.fail(`${what}: ${added} rows for ${copies} copies`);
    else t.ok();
    for (const a of answers) {
      if (/Något gick fel/.test(a.text)) t.fail(`${what}: an internal error`);
      else t.ok();
    }
  };
  const agendaPoints = () => h.db.prisma.agendaItem.count();
  const meetings = () => h.db.prisma.meeting.count();
  const updates = () => h.db.prisma.statusUpdate.count();
  await once("agenda replayed", "agenda lägg till Lokalfrågan i Vivalla", agendaPoints, 3, true);
  await once("agenda, 10 concurrent replays", "agenda lägg till Bidragsreglerna", agendaPoints, 10, true);
  await once("meeting replayed", "möte 14 maj 2027 kl 18-20 Föreningarnas hus", meetings, 3, true);
  await once(
    "a meeting typed ten times at once",
    "möte 21 maj 2027 kl 18-20 Föreningarnas hus",
    meetings,
    10,
    false,
  );
  await once("status replayed", "status 6 pågår Replay-kommentar", updates, 5, true);
  // Ten concurrent ansvarig: no internal errors, one owner.
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => sendLok(h, "ansvarig 9 Tina Modin", USERS.admin)),
  );
  for (const a of answers) {
    if (/Något gick fel/.test(JSON.stringify(a.body))) t.fail("ansvarig ×10: an internal error");
    else t.ok();
  }
  const row = t.done();
  expect(row.notes).toEqual([]);
});

it("writes no live formula, link or tag into exported files", async () => {
  const t = tally("Exports: formula and markup injection");
  const attacks = [
    '=HYPERLINK("http://evil.example")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "[klicka](javascript:alert(1))",
    "![](http://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
  ];
  for (const [i, attack] of attacks.entries())
    await sendLok(h, `status ${i + 1} pågår ${attack}`, USERS.admin);
  for (const format of ["csv", "md"]) {
    const file = join(tmpdir(), `lok-probe-export-${process.pid}.${format}`);
    const r = await runLok(["export", file], { DATABASE_URL: pgTarget.url });
    if (r.code !== 0) {
      t.fail(`export ${format}: ${r.stderr.slice(0, 80)}`);
      continue;
    }
    const text = await readFile(file, "utf8");
    if (!text.includes("HYPERLINK") || !text.includes("onerror"))
      t.fail(`${format}: the attack text is not in the file`);
    if (format === "csv") {
      const cells = (
        parse(text, { delimiter: ";", bom: true, relax_column_count: true }) as string[][]
      ).flat();
      const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d/.test(c));
      if (live.length > 0) t.fail(`csv: ${live.length} live formula cells`);
      else t.ok();
    } else {
      const live = [/\]\(javascript:/i, /!\[\]\(/, /<img /i, /<script>/i].filter((p) => p.test(text));
      if (live.length > 0) t.fail(`md: ${live.map(String).join(", ")}`);
      else t.ok();
    }
  }
  const row = t.done();
  expect(row.notes).toEqual([]);
});
