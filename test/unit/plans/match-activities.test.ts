// How close a re-imported row's text must be to a stored activity to be that activity.
import { describe, expect, it } from "vitest";
import { foldHeading } from "../../../src/core/plan-sheet/plan-columns.ts";
import type { ParsedActivity } from "../../../src/core/plan-sheet/sheet-to-plan.ts";
import { MIN_SIMILARITY, matchActivities, similarity } from "../../../src/plans/match-activities.ts";
import type { StoredActivity } from "../../../src/plans/plan-changes.ts";

const sim = (a: string, b: string) => similarity(foldHeading(a), foldHeading(b));

describe("similarity of activity texts", () => {
  it("tolerates a typo fixed, a word added or dropped, case and punctuation", () => {
    expect(sim("Bjuda in civilsamhället till dialog.", "Bjuda in civilsamhallet till dialog")).toBe(1);
    expect(sim("Sprida informaiton om LÖK:en", "Sprida information om LÖK:en")).toBeGreaterThanOrEqual(
      MIN_SIMILARITY,
    );
    expect(sim("Bjuda in till dialog", "Bjuda in till öppen dialog")).toBeGreaterThanOrEqual(MIN_SIMILARITY);
    expect(
      sim(
        "Kontinuerligt sprida information om LÖK:en till stadens förvaltningar och bolag.",
        "Sprida information om LÖK:en till stadens förvaltningar och bolag.",
      ),
    ).toBeGreaterThanOrEqual(MIN_SIMILARITY);
  });

  it("keeps different activities apart, even when they share most words", () => {
    expect(
      sim(
        "Finansiera en kommunal samordnartjänst motsvarande 50 procent.",
        "Finansiera en samordnartjänst motsvarande 50 procent åt civilsamhället.",
      ),
    ).toBeLessThan(MIN_SIMILARITY);
    expect(sim("Bjuda in varandra till dialog", "Leverera kontaktinformation")).toBeLessThan(MIN_SIMILARITY);
  });
});

describe("matching rows to stored activities", () => {
  const title = (i: number) => `Aktivitet nummer ${i} i planen, med en beskrivning av rimlig längd`;
  const stored = (n: number): StoredActivity[] =>
    Array.from({ length: n }, (_, i) => ({
      id: 1000 + i,
      number: i + 1,
      title: title(i),
      principleId: null,
      party: "stad",
      commitment: null,
      responsibleOrg: null,
      commissioner: null,
      partners: null,
      followUp: null,
      dueDate: null,
      status: "ej_paborjad",
      ownerIds: [],
      latestUpdateId: null,
    }));
  const scope = { numbered: false, principleOf: () => undefined, partyOf: () => undefined };

  it("finds each edited row's own activity, never its neighbour's, with one row added on top", () => {
    const rows: ParsedActivity[] = [
      { row: 2, number: 1, title: "En helt ny aktivitet" },
      ...Array.from({ length: 60 }, (_, i) => ({
        row: i + 3,
        number: i + 2,
        title: title(i).replace("planen", "plan"),
      })),
    ];
    const m = matchActivities(rows, stored(60), scope);
    expect(m.comparedAll).toBe(true);
    expect(m.stored[0]).toBeUndefined();
    expect(m.stored.slice(1).map((s) => s?.id)).toEqual(Array.from({ length: 60 }, (_, i) => 1000 + i));
    expect(m.vanished).toEqual([]);
  });

  it("past its comparison budget keeps only exact matches, so no history can go to the wrong row", () => {
    const rows: ParsedActivity[] = Array.from({ length: 400 }, (_, i) => ({
      row: i + 2,
      number: i + 1,
      title: i < 10 ? title(i) : title(i).replace("rimlig", "rimligt"),
    }));
    const m = matchActivities(rows, stored(400), scope);
    expect(m.comparedAll).toBe(false);
    expect(m.stored.slice(0, 10).map((s) => s?.id)).toEqual(Array.from({ length: 10 }, (_, i) => 1000 + i));
    expect(m.stored.slice(10).every((s) => s === undefined)).toBe(true);
    expect(m.vanished).toHaveLength(390);
  });
});
