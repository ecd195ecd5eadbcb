// Lines through the one door, as a coordinator and as a member type them in any chat: first what a
// coordinator writes in a week of work (every one must be understood), then fuzzed lines (every one must
// get a polite answer: no internal error, no library English, no echo of a whole long line).
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../../src/db/open-database.ts";
import { commandHarness } from "../support/command-harness.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { tally } from "./record.ts";

/** Control characters other than tab and newline, which a terminal would act on. */
const CONTROL = {
  test: (text: string) =>
    [...text].some((c) => {
      const n = c.codePointAt(0) ?? 0;
      return (n < 32 && n !== 9 && n !== 10 && n !== 13) || n === 127;
    }),
};
const FUZZED = Number(process.env.LOK_PROBE_FUZZ ?? 17_000);
let db: Database;
let h: Awaited<ReturnType<typeof commandHarness>>;

beforeAll(async () => {
  db = await createTestDatabase("pglite");
  h = await commandHarness(db);
});
afterAll(async () => {
  await db?.close();
});

/** What must never reach a person: a crash, or a library's words (case matters: "en annan" is not NaN). */
const LEAK_PATTERNS = [
  /Något gick fel hos mig|prisma|PGlite error|\[object /i,
  /\bundefined\b|\bnull\b|\bNaN\b|Error\b|Cannot |Invalid |Unexpected |\bat \S+:\d+/,
];
const LEAKS = { test: (text: string) => LEAK_PATTERNS.some((p) => p.test(text)) };

const WEEK: string[] = [
  "hjälp",
  "hjälp status",
  "hjälp möte",
  "hjälp agenda",
  "hej",
  "tack",
  "lista",
  "lista mina",
  "lista försenade",
  "lista klara",
  "lista pågår",
  "lista ej påbörjade",
  "lista pausade",
  "lista strukna",
  "lista stad",
  "lista civil",
  "lista gemensamt",
  "möten",
  "agenda",
  "rapport",
  "påminnelser",
  "påminnelser dagar 14,3,0",
  "agenda dagar 3",
  "digest av",
  "digest på",
  "tyst till 15 augusti",
  "tyst av",
  "möte tisdag 2 mars kl 18-20 digitalt via Teams",
  "möte 15/3-27 kl 13 hos Örebro föreningsråd",
  "möte 15.3.2027 kl 9-11 Föreningarnas hus",
  "möte nästa fredag kl 15",
  "agenda lägg till Riktlinjer för lokaler",
  "agenda lägg till Uppföljning av handlingsplanen",
  "/lok status 3",
  "lok visa 3",
];
for (let n = 1; n <= 14; n++) {
  WEEK.push(`visa ${n}`, `status ${n}`);
}
const STATUSES = [
  "pågår",
  "klar",
  "försenad",
  "pausad",
  "ej påbörjad",
  "avklarad",
  "stoppad",
  "väntar",
  "blocked",
  "struken",
];
const DATES = [
  "15 mars",
  "2027-03-15",
  "15/3-27",
  "15.3.2027",
  "nästa fredag",
  "v12",
  "imorgon",
  "30 juni 2027",
];
for (let n = 1; n <= 14; n++) {
  WEEK.push(`status ${n} ${STATUSES[n % STATUSES.length]} Uppdaterat efter mötet ${n}`);
  WEEK.push(`deadline ${n} ${DATES[n % DATES.length]}`);
  WEEK.push(`ansvarig ${n} ${n % 2 ? "Anna Fogel" : "Tina"}`);
}
for (let n = 1; n <= 14; n++) WEEK.push(`status ${n} pågår`, `visa ${n}`);
while (WEEK.length < 220) WEEK.push(`lista ${["mina", "försenade", "klara"][WEEK.length % 3]}`);

it("understands what a coordinator types in a week", async () => {
  const t = tally("Console/chat: a coordinator's typing");
  for (const line of WEEK) {
    const reply = await h.run("Anna Fogel", line).catch((e: Error) => ({ tone: "crash", text: e.message }));
    if (reply.tone === "crash") t.fail(`threw on ${line}`);
    else if (LEAKS.test(reply.text)) t.fail(`leaked on ”${line}”`);
    else if (reply.tone === "error") t.fail(`refused ”${line}”: ${reply.text.slice(0, 80)}`);
    else t.ok();
  }
  const row = t.done();
  expect(row.notes).toEqual([]);
});

const WORDS = [
  "status",
  "visa",
  "lista",
  "ansvarig",
  "deadline",
  "möte",
  "möten",
  "agenda",
  "agenda lägg till",
  "rapport",
  "rapport fil",
  "hjälp",
  "koppla",
  "påminnelser",
  "digest",
  "tyst",
  "lok",
  "/lok",
  "@LÖK",
];
const PIECES = [
  "13",
  "0",
  "-1",
  "99999999999999999999",
  "1e9",
  "klar",
  "pågår",
  "försenad",
  "15 mars",
  "v52",
  "v53",
  "31/2",
  "29 feb",
  "kl 25",
  "\u0000",
  "\u001b[2J",
  "\u202e",
  "😀",
  "'; DROP TABLE members; --",
  "<script>",
  "$" + "{x}",
  "%s",
  "Anna",
  "Mats-Olof",
  "  ",
  "\n",
  "\t",
];

it("answers every fuzzed line politely", async () => {
  const t = tally("Console/chat: fuzzed lines");
  const line = fc.oneof(
    fc.string({ maxLength: 200, unit: "grapheme" }),
    fc.string({ maxLength: 40, unit: "binary" }),
    fc
      .tuple(
        fc.constantFrom(...WORDS),
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 6 }),
      )
      .map(([word, rest]) => [word, ...rest].join(" ")),
    fc.string({ minLength: 3000, maxLength: 6000 }),
  );
  const lines = fc.sample(line, { numRuns: FUZZED, seed: 20261202 });
  const members = ["Anna Fogel", "Tina Modin"];
  for (const [i, text] of lines.entries()) {
    const reply = await h
      .run(members[i % 2] as string, text)
      .catch((e: Error) => ({ tone: "crash", text: e.message }));
    if (reply.tone === "crash") t.fail("threw");
    // What the person typed may be quoted back (”…”); only the bot's own words must not leak.
    else if (LEAKS.test(reply.text.replace(/”[^”]*”/g, ""))) t.fail(`leaked: ${reply.text.slice(0, 60)}`);
    else if (text.length > 500 && reply.text.includes(text.slice(0, 500))) t.fail("echoed a long line whole");
    else if (CONTROL.test(reply.text)) t.fail("a control character in the reply");
    else t.ok();
  }
  const row = t.done();
  expect(row.notes).toEqual([]);
});
