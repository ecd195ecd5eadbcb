import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanIncomingText } from "../../../src/core/incoming-text.ts";

/** Anything that is neither text nor a tab or newline: C0, DEL, C1, and lone surrogates. */
const FORBIDDEN = /(?![\t\n])[\p{Cc}\p{Cs}]/u;

/** Any code point, with the troublesome ones (controls, CR LF, lone surrogates) made frequent. */
const character = fc.oneof(
  fc.constantFrom("\u0000", "\u001b", "\u009b", "\u007f", "\r", "\r\n", "\n", "\t", "\ud800", "\udfff", "å"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);

describe("cleanIncomingText", () => {
  it("removes NUL wherever it is", () => {
    expect(cleanIncomingText("\u0000status 13 klar\u0000 Klart\u0000")).toBe("status 13 klar Klart");
  });

  it("removes terminal escape sequences' control characters, leaving their harmless rest", () => {
    expect(cleanIncomingText("Klart\u001b[2J\u001b[H")).toBe("Klart[2J[H");
    expect(cleanIncomingText("a\u009b2Jb\u007fc\u0007")).toBe("a2Jbc");
  });

  it("keeps newlines and tabs, and turns carriage returns into newlines", () => {
    expect(cleanIncomingText("rad 1\r\nrad 2\rrad 3\n\tindrag")).toBe("rad 1\nrad 2\nrad 3\n\tindrag");
  });

  it("removes lone surrogates but keeps pairs (emoji) and Swedish letters", () => {
    expect(cleanIncomingText("å\ud800ä\udc00ö 🎉 ✅")).toBe("åäö 🎉 ✅");
  });

  it("returns ordinary text unchanged", () => {
    const text = "status 13 klar Föreningsregistret är genomgånget – ”bra” <@U1> & 100 %";
    expect(cleanIncomingText(text)).toBe(text);
  });

  it("never leaves a forbidden character, never touches anything else, and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 40 }), (text) => {
        const clean = cleanIncomingText(text);
        expect(FORBIDDEN.test(clean)).toBe(false);
        expect(cleanIncomingText(clean)).toBe(clean);
        // Only forbidden characters go (a carriage return becomes a newline).
        const kept = [...text.replace(/\r\n?/g, "\n")].filter((ch) => !FORBIDDEN.test(ch)).join("");
        expect(clean).toBe(kept);
      }),
      { numRuns: 500 },
    );
  });
});
