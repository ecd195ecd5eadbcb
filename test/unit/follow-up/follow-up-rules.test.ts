// The annual follow-up's pure rules: its commands as typed, the goals a plan sheet carries in a Mål
// column, and the days a round reminds on.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { Command } from "../../../src/core/command.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";
import { formatProblem, type SheetCell } from "../../../src/core/plan-sheet/sheet.ts";
import { sheetToPlan } from "../../../src/core/plan-sheet/sheet-to-plan.ts";
import { chartLayout, chartPng, chartSvg } from "../../../src/plans/status-chart.ts";
import { isRoundReminderDay } from "../../../src/scheduler/jobs/follow-up-round.ts";
import { sv } from "../../../src/texts/sv.ts";

const today = "2024-12-02";
const parse = (line: string) => parseCommand(line, { today });
function expectCommand(line: string, command: Command) {
  const r = parse(line);
  expect(r.ok ? r.command : r.error, line).toEqual(command);
}
function expectProblem(line: string, problem: string) {
  const r = parse(line);
  expect(!r.ok && r.error.code === "followup" ? r.error.problem : r, line).toBe(problem);
}

describe("the follow-up's commands", () => {
  it("mål lists, adds, changes and removes goals", () => {
    expectCommand("mål", { kind: "goals" });
    expectCommand("goals", { kind: "goals" });
    expectCommand("mål lägg till dialog Fler föreningar deltar.", {
      kind: "goal_add",
      principle: "dialog",
      text: "Fler föreningar deltar.",
    });
    expectCommand("mål lägg till Dialog och samverkan: Fler föreningar deltar.", {
      kind: "goal_add",
      principle: "Dialog och samverkan",
      text: "Fler föreningar deltar.",
    });
    expectCommand("mål ändra 3 Ny lydelse.", { kind: "goal_change", number: 3, text: "Ny lydelse." });
    expectCommand("mal ta bort 3", { kind: "goal_remove", number: 3 });
    expectProblem("mål lägg till dialog", "goal_text");
    expectProblem("mål ändra x text", "goal_number");
    expectProblem("mål 5", "goal_what");
  });

  it("uppföljning opens, shows, closes and takes an activity's text", () => {
    expectCommand("uppföljning", { kind: "round_show" });
    expectCommand("uppföljning starta 2024", { kind: "round_start", year: 2024 });
    expectCommand("uppföljning starta 2024 till 17 januari 2025", {
      kind: "round_start",
      year: 2024,
      closesOn: "2025-01-17",
    });
    expectCommand("follow-up start 2024 until 2025-01-17", {
      kind: "round_start",
      year: 2024,
      closesOn: "2025-01-17",
    });
    expectCommand("uppföljning avsluta", { kind: "round_close" });
    expectCommand("uppföljning 4 Registret används.", {
      kind: "round_text",
      number: 4,
      text: "Registret används.",
    });
    expectProblem("uppföljning 4", "text");
    expectProblem("uppföljning starta nästa", "year");
    expectProblem("uppföljning banan", "round_what");
  });

  it("bedöm takes a goal, a step 1–4 (or its words) and a comment; lärdom a text", () => {
    expectCommand("bedöm 2 3 Många nya föreningar", {
      kind: "assess",
      goal: 2,
      score: 3,
      comment: "Många nya föreningar",
    });
    expectCommand("bedöm 2 i liten grad", { kind: "assess", goal: 2, score: 2 });
    expectCommand("bedom 7 helt", { kind: "assess", goal: 7, score: 4 });
    expectCommand("assess 1 not at all", { kind: "assess", goal: 1, score: 1 });
    expectProblem("bedöm 2 5", "score");
    expectProblem("bedöm x 2", "goal_number");
    expectCommand("lärdom Kvällsmöten når fler.", { kind: "lesson", text: "Kvällsmöten når fler." });
    expectProblem("lärdom", "text");
  });

  it("rapport reads a year, a principle, a party and fil in any order, and refuses what it cannot read", () => {
    expectCommand("rapport 2024", { kind: "report", year: 2024 });
    expectCommand("rapport dialog", { kind: "report", principle: "dialog" });
    expectCommand("rapport civila samhället", { kind: "report", party: "civilsamhalle" });
    expectCommand("rapport 2024 öppenhet stad", {
      kind: "report",
      year: 2024,
      principle: "öppenhet",
      party: "stad",
    });
    expectCommand("rapport 2024 fil", { kind: "report_file", year: 2024 });
    expectCommand("rapport fil", { kind: "report_file" });
    expectProblem("rapport 13", "report_argument");
    expectProblem("rapport 2023 2024", "report_twice");
  });
});

describe("goals in a plan sheet", () => {
  const HEADER: SheetCell[] = ["Aktivitet", "Ansvarig förvaltning/förening/org.", "Mål"];
  const read = (rows: SheetCell[][]) => sheetToPlan({ name: "Blad1", rows }, { today, texts: sv });

  it("a row with only the Mål column filled is a goal of the principle above, which is kept without activities", () => {
    const r = read([
      HEADER,
      ["Principen om dialog och samverkan"],
      [null, null, "- skapa en ökad förståelse."],
      [null, null, "få ett bättre underlag för politiken att fatta beslut."],
      ["Principen om öppenhet och tillgänglighet"],
      [null, null, "Ökade möjligheter att engagera sig."],
      ["Gemensamma aktiviteter"],
      ["Ansvara för att informationen är lättillgänglig.", "Stadsledningskontoret"],
    ]);
    if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, sv)).join("\n"));
    expect(r.plan.goalsPresent).toBe(true);
    expect(r.plan.principles.map((p) => p.name)).toEqual([
      "Dialog och samverkan",
      "Öppenhet och tillgänglighet",
    ]);
    expect(r.plan.goals.map((g) => [g.principleKey, g.text])).toEqual([
      [r.plan.principles[0]?.key, "skapa en ökad förståelse."],
      [r.plan.principles[0]?.key, "få ett bättre underlag för politiken att fatta beslut."],
      [r.plan.principles[1]?.key, "Ökade möjligheter att engagera sig."],
    ]);
    expect(r.plan.activities).toHaveLength(1);
  });

  it("a goal before any principle is a problem with its row", () => {
    const r = read([
      HEADER,
      [null, null, "Ett mål utan princip."],
      ["Principen om dialog"],
      ["En aktivitet."],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(formatProblem(r.problems[0] as never, sv)).toContain("målet står före första principen");
  });
});

describe("the days a round reminds on", () => {
  it("a week after opening and weekly, moved off holidays, and the last working day up to the closing date", () => {
    const opened = "2024-12-02";
    const closes = "2025-01-17";
    const days: string[] = [];
    for (
      let d = new Date("2024-12-02T12:00:00Z");
      d <= new Date("2025-01-31T12:00:00Z");
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      const date = d.toISOString().slice(0, 10) as never;
      if (isRoundReminderDay(opened, closes, date)) days.push(date);
    }
    expect(days).toEqual([
      "2024-12-09",
      "2024-12-16",
      "2024-12-23",
      "2024-12-30",
      "2025-01-07", // 6 January is Trettondedag jul
      "2025-01-13",
      "2025-01-17",
    ]);
  });
});

describe("the statusrapport's charts", () => {
  const counts = { ej_paborjad: 5, pagar: 1, klar: 1, forsenad: 0, pausad: 0, struken: 0 };
  const rows = [
    { label: "Kommunen <&>", total: 7, counts, done: 1 / 7, overdue: 0 },
    {
      label: "Gemensamt",
      total: 2,
      counts: { ...counts, ej_paborjad: 0, pagar: 0, klar: 2 },
      done: 1,
      overdue: 0,
    },
  ];

  it("draws the bars in proportion, with every label escaped in the SVG", () => {
    const { bars } = chartLayout(rows);
    const width = (i: number) => bars[i]?.segments.reduce((sum, s) => sum + s.width, 0) ?? 0;
    expect(Math.round((width(0) / width(1)) * 2)).toBe(7);
    const svg = chartSvg("Status <per> part", rows, (s) => s);
    expect(svg).toContain("Kommunen &lt;&amp;&gt;");
    expect(svg).toContain("<title>Status &lt;per&gt; part</title>");
    expect(svg).not.toContain("<&>");
  });

  it("writes a PNG that a decoder reads back pixel for pixel", () => {
    const { png, width, height } = chartPng(rows);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    // IDAT inflated: one filter byte and the RGB row, for each row; the first bar's first pixel is grey.
    const idat = png.indexOf("IDAT");
    const length = png.readUInt32BE(idat - 4);
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    expect(raw.length).toBe((width * 3 + 1) * height);
    const { bars } = chartLayout(rows);
    const y = (bars[0]?.y ?? 0) + 2;
    const x = bars[0]?.segments[0]?.x ?? 0;
    const at = y * (width * 3 + 1) + 1 + x * 3;
    expect([...raw.subarray(at, at + 3)]).toEqual([0x8c, 0x8c, 0x8c]);
  });
});
