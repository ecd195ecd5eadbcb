import { describe, expect, it } from "vitest";
import type { ParseError } from "../../../src/core/command.ts";
import { domainErrorReply, internalErrorReply, parseErrorReply } from "../../../src/core/error-reply.ts";
import { renderText } from "../../../src/platforms/console/render-text.ts";
import { en } from "../../../src/texts/en.ts";
import { sv } from "../../../src/texts/sv.ts";

const parseErrors: ParseError[] = [
  { code: "empty" },
  { code: "unknown_command", word: "stauts", suggestion: "status" },
  { code: "missing_argument", command: "status", argument: "number" },
  { code: "bad_number", command: "visa", given: "tretton" },
  { code: "bad_status", given: "klr", suggestion: "klar" },
  { code: "bad_date", given: "31/2" },
  { code: "bad_time", given: "25:00" },
  { code: "bad_filter", given: "x" },
  { code: "text_too_long", length: 2500, max: 2000 },
];

describe("error replies", () => {
  it.each(parseErrors)("$code is an ephemeral error that says what to type", (error) => {
    const reply = parseErrorReply(sv, error);
    expect(reply.tone).toBe("error");
    expect(reply.visibility).toBe("ephemeral");
    const text = renderText(reply);
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/undefined|Error|at .*\.ts/);
  });

  it("names the plan and the numbers that exist for an unknown activity", () => {
    const text = renderText(
      domainErrorReply(sv, {
        code: "activity_not_found",
        number: 99,
        planName: "Handlingsplan 2017–2018",
        numbers: [...Array(14).keys()].map((i) => i + 1),
      }),
    );
    expect(text).toContain("Aktivitet 99 finns inte i Handlingsplan 2017–2018; det finns 1–14");
  });

  it("suggests the closest command and the closest status", () => {
    expect(
      renderText(parseErrorReply(sv, { code: "unknown_command", word: "stauts", suggestion: "status" })),
    ).toContain("Menade du status?");
    const status = renderText(parseErrorReply(sv, { code: "bad_status", given: "klr", suggestion: "klar" }));
    expect(status).toContain("Menade du ”klar”?");
    expect(status).toContain("ej påbörjad, pågår, klar, försenad, pausad, struken");
  });

  it("names the real weekday of a date typed with the wrong one, instead of guessing", () => {
    const text = renderText(
      parseErrorReply(sv, { code: "bad_date", given: "torsdag 2 mars", wrongWeekday: "2027-03-02" }),
    );
    expect(text).toContain("”torsdag 2 mars” går inte ihop: 2 mars 2027 är en tisdag.");
    expect(text).toContain("tisdag 2 mars");
  });

  it("lists the date forms people type, including the new ones", () => {
    const text = renderText(parseErrorReply(sv, { code: "bad_date", given: "snart" }));
    expect(text).toContain("15.3.2027");
    expect(text).toContain("nästa fredag");
  });

  it("quotes at most a short excerpt of what was typed, cut at a word", () => {
    const pasted = "x".repeat(5000);
    const text = renderText(parseErrorReply(sv, { code: "unknown_command", word: pasted }));
    expect(text.length).toBeLessThan(300);
    expect(text).toContain(`”${"x".repeat(40)}…”`);
    const words = renderText(
      parseErrorReply(sv, {
        code: "bad_date",
        given: `den dagen då föreningsregistret är genomgånget ${"ord ".repeat(500)}`,
      }),
    );
    expect(words).toContain("”den dagen då föreningsregistret är…”");
    expect(words.length).toBeLessThan(400);
    expect(renderText(parseErrorReply(sv, { code: "bad_filter", given: "👍🏽".repeat(100) }))).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/,
    );
    // Short words are quoted whole.
    expect(renderText(parseErrorReply(sv, { code: "unknown_command", word: "hej" }))).toContain("”hej”");
  });

  it("lists a large group's members readably when LOK_USER names nobody", () => {
    const members = Array.from({ length: 30 }, (_, i) => `Medlem ${i + 1}`);
    const text = renderText(
      domainErrorReply(sv, {
        code: "lok_user_unknown",
        query: "Gunnar",
        groupName: "Gruppen",
        members,
        suggestions: [],
      }),
    );
    expect(text).toContain('Medlem 20 och 10 till. Välj en, till exempel LOK_USER="Medlem 1".');
    expect(text).not.toContain("Medlem 21");
  });

  it("writes a meeting time that has passed in the group's language", () => {
    const past = { code: "meeting_in_past", date: "2020-01-01", start: "18:00" } as const;
    expect(renderText(domainErrorReply(sv, past))).toContain("1 jan 2020 kl. 18:00 har redan varit.");
    expect(renderText(domainErrorReply(en, past))).toContain("1 Jan 2020 18:00 has already passed.");
  });

  it("tells a member to ask a coordinator", () => {
    const text = renderText(
      domainErrorReply(sv, { code: "not_allowed", action: "ändra en deadline", role: "medlem" }),
    );
    expect(text).toContain("Bara samordnare och administratörer kan ändra en deadline");
  });

  it("never leaks internals", () => {
    expect(renderText(internalErrorReply(sv))).toContain("ingenting ändrades");
  });
});
