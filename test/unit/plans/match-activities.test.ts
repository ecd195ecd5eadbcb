// How close a re-imported row's text must be to a stored activity to be that activity.
import { describe, expect, it } from "vitest";
import { foldHeading } from "../../../src/core/plan-sheet/plan-columns.js";
import { MIN_SIMILARITY, similarity } from "../../../src/plans/match-activities.js";

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
