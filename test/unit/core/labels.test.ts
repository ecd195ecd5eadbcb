import { describe, expect, it } from "vitest";
import { excerpt, formatNumberRanges } from "../../../src/core/labels.ts";

describe("quotes and number ranges", () => {
  it("writes number ranges compactly", () => {
    expect(formatNumberRanges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])).toBe("1–14");
    expect(formatNumberRanges([14, 1, 2, 3, 5, 9, 10])).toBe("1–3, 5, 9–10, 14");
    expect(formatNumberRanges([7])).toBe("7");
    expect(formatNumberRanges([])).toBe("");
  });

  it("shortens a quote to about 40 characters, at a word, with an ellipsis", () => {
    expect(excerpt("kort")).toBe("kort");
    expect(excerpt("x".repeat(40))).toBe("x".repeat(40));
    expect(excerpt("x".repeat(41))).toBe(`${"x".repeat(40)}…`);
    expect(excerpt("Se över föreningsregistret i syfte att öka nyttan")).toBe(
      "Se över föreningsregistret i syfte att…",
    );
    expect(excerpt("  mellan\n\nrader  ")).toBe("mellan rader");
    // Counted in characters as people see them: an emoji with its skin tone is never split.
    expect(excerpt("ä".repeat(10) + "👍🏽".repeat(40))).toBe(`${"ä".repeat(10)}${"👍🏽".repeat(30)}…`);
  });
});
