import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateWithWeekday,
  formatNumberRanges,
  joinSwedish,
} from "../../../src/core/labels.js";

describe("Swedish labels", () => {
  it("writes number ranges compactly", () => {
    expect(formatNumberRanges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])).toBe("1–14");
    expect(formatNumberRanges([14, 1, 2, 3, 5, 9, 10])).toBe("1–3, 5, 9–10, 14");
    expect(formatNumberRanges([7])).toBe("7");
    expect(formatNumberRanges([])).toBe("");
  });

  it("writes dates the Swedish way", () => {
    expect(formatDate("2027-03-15")).toBe("15 mars 2027");
    expect(formatDateWithWeekday("2017-05-02")).toBe("tisdag 2 maj 2017");
  });

  it("joins names with och", () => {
    expect(joinSwedish(["Anna"])).toBe("Anna");
    expect(joinSwedish(["Anna", "Helena", "Tina"])).toBe("Anna, Helena och Tina");
  });
});
