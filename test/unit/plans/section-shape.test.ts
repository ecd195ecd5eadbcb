// Section rows known by their shape (a lone text, no number, nothing else on the row) and their party
// inferred from how the plan itself names the city and civil society: a workbook from another
// municipality, laid out the way municipalities lay them out.
import { describe, expect, it } from "vitest";
import type { Party } from "../../../src/core/command.ts";
import { foldHeading } from "../../../src/core/plan-sheet/plan-columns.ts";
import { formatProblem, type SheetCell } from "../../../src/core/plan-sheet/sheet.ts";
import { sheetsToPlan } from "../../../src/core/plan-sheet/sheet-to-plan.ts";
import { parsePlanBytes } from "../../../src/plans/read-sheet.ts";
import { sv } from "../../../src/texts/sv.ts";
import { type Cell, xlsx } from "../../fixtures/plans/workbooks.ts";

const TODAY = "2026-11-23";

const GAVLE: Cell[][] = [
  ["Handlingsplan 2025–2026 för Gävle kommun och ideella sektorn"],
  [],
  ["Nr", "Aktivitet", "Ansvarig"],
  ["Gävle kommun"],
  [1, "Ta fram en gemensam ingång för föreningsfrågor.", "Kultur och fritid"],
  [2, "Se över lokalbidragen.", "Kultur och fritid"],
  ["Ideella sektorn"],
  [3, "Utse representanter till samverkansrådet.", "Föreningsrådet"],
  ["Gävle kommun och ideella sektorn"],
  [4, "Genomföra en gemensam dialogdag varje år.", "Samverkansrådet"],
  [null, "Föreningslivet i Gävle"],
  [5, "Sprida kunskap om överenskommelsen bland", "Föreningsrådet"],
  [null, "medlemmarna i föreningarna.", null],
  ["Gävle"],
  [6, "Redovisa uppföljningen till kommunstyrelsen.", "Kommunledningskontoret"],
];

function plan(rows: SheetCell[][], answers: [string, Party][] = []) {
  const r = sheetsToPlan([{ name: "Plan", rows }], {
    today: TODAY,
    texts: sv,
    sectionParties: new Map(answers.map(([h, p]) => [foldHeading(h), p])),
  });
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, sv)).join("\n"));
  return r.plan;
}

describe("section rows by shape", () => {
  it("reads another municipality's workbook: its own name for the city and for civil society", async () => {
    const merged = ["A4:C4", "A7:C7", "A9:C9"];
    const file = await parsePlanBytes(
      await xlsx([{ name: "Plan", rows: GAVLE, merges: merged }]),
      "gavle.xlsx",
    );
    const r = sheetsToPlan(file.sheets, { today: TODAY, texts: sv });
    if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, sv)).join("\n"));
    expect(r.plan.unknownSections).toEqual([]);
    expect(r.plan.activities.map((a) => [a.number, a.party])).toEqual([
      [1, "stad"],
      [2, "stad"],
      [3, "civilsamhalle"],
      [4, "gemensamt"],
      [5, "civilsamhalle"],
      [6, "stad"],
    ]);
    // A lower-case line still continues the activity above it.
    expect(r.plan.activities[4]?.title).toBe(
      "Sprida kunskap om överenskommelsen bland medlemmarna i föreningarna.",
    );
  });

  it("keeps a heading whose party the plan does not tell as unknown, and takes the person's answer", () => {
    const rows = [...GAVLE.slice(0, 8), ["Näringslivet"], [7, "Bjuda in företagen till dialog.", "KSF"]];
    const unknown = plan(rows);
    expect(unknown.unknownSections).toEqual([{ row: 9, heading: "Näringslivet" }]);
    expect(unknown.activities.at(-1)?.party).toBeUndefined();
    const answered = plan(rows, [["Näringslivet", "gemensamt"]]);
    expect(answered.unknownSections).toEqual([]);
    expect(answered.activities.at(-1)?.party).toBe("gemensamt");
  });

  it("in an unnumbered plan, a lone text that only mentions a party is still an activity", () => {
    const p = plan([
      ["Handlingsplan 2025 för Gävle kommun och ideella sektorn"],
      ["Aktivitet", "Ansvarig"],
      ["Ideella sektorn"],
      ["Bjuda in kommunen till dialog"],
      ["Gävle kommun"],
      ["Bjuda in ideella sektorn till samråd"],
      ["Näringslivet i Gävle"],
    ]);
    expect(p.activities.map((a) => [a.number, a.title, a.party])).toEqual([
      [1, "Bjuda in kommunen till dialog", "civilsamhalle"],
      [2, "Bjuda in ideella sektorn till samråd", "stad"],
      [3, "Näringslivet i Gävle", "stad"],
    ]);
  });
});
