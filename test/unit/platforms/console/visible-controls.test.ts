import { describe, expect, it } from "vitest";
import { showControls } from "../../../../src/platforms/console/visible-controls.ts";

describe("showControls", () => {
  it("shows C0 controls and DEL as control pictures and C1 controls by code point", () => {
    expect(showControls("a\u0000b\u001b[2J\rc\u0008\u007f\u009b1m")).toBe("a␀b␛[2J␍c␈␡<U+009B>1m");
  });

  it("keeps newlines, tabs and every other character", () => {
    const text = "13. Se över\n\tföreningsregistret ✅ ”klart” 🎉";
    expect(showControls(text)).toBe(text);
  });
});
