// Publishing commands: `webb …` and `dölj <nr> <datum>`, Swedish and English, and what bad input says.
import { describe, expect, it } from "vitest";
import type { Command, ParseError } from "../../../src/core/command.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";

const today = "2027-03-10";
const parse = (line: string) => parseCommand(line, { today });

describe("publishing commands", () => {
  it.each<[string, Command]>([
    ["webb", { kind: "web_show" }],
    ["web", { kind: "web_show" }],
    ["webb på", { kind: "web_toggle", enabled: true }],
    ["webb pa", { kind: "web_toggle", enabled: true }],
    ["web off", { kind: "web_toggle", enabled: false }],
    ["webb namn på", { kind: "web_names", enabled: true }],
    ["web names off", { kind: "web_names", enabled: false }],
    ["webb kontakt Rådet, info@example.org", { kind: "web_contact", contact: "Rådet, info@example.org" }],
    ["web contact off", { kind: "web_contact", contact: null }],
    ["webb licens CC-BY-4.0", { kind: "web_licence", licence: "CC-BY-4.0" }],
    ["web license cc0-1.0", { kind: "web_licence", licence: "cc0-1.0" }],
    ["dölj 13 2027-03-01", { kind: "hide", number: 13, date: "2027-03-01" }],
    ["dolj 13 1 mars", { kind: "hide", number: 13, date: "2027-03-01" }],
    ["hide 13 igår", { kind: "hide", number: 13, date: "2027-03-09" }],
    ["dölj 13 idag", { kind: "hide", number: 13, date: "2027-03-10" }],
    // Without a year, a day after today is last year's: comments are hidden after they were written.
    ["dölj 13 20 nov", { kind: "hide", number: 13, date: "2026-11-20" }],
    ["dölj 13 2027-11-20", { kind: "hide", number: 13, date: "2027-11-20" }],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError]>([
    ["webb kanske", { code: "missing_argument", command: "webb", argument: "webAction" }],
    ["webb namn", { code: "missing_argument", command: "webb namn", argument: "onOff" }],
    ["webb kontakt", { code: "missing_argument", command: "webb kontakt", argument: "text" }],
    ["webb licens", { code: "missing_argument", command: "webb licens", argument: "licence" }],
    ["webb licens CC BY", { code: "missing_argument", command: "webb licens", argument: "licence" }],
    ["dölj", { code: "missing_argument", command: "dölj", argument: "number" }],
    ["dölj 13", { code: "missing_argument", command: "dölj", argument: "date" }],
    ["dölj 13 31 feb", { code: "bad_date", given: "31 feb" }],
  ])("%s is refused", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });

  it("refuses a contact longer than 300 characters", () => {
    expect(parse(`webb kontakt ${"x".repeat(301)}`)).toEqual({
      ok: false,
      error: { code: "text_too_long", length: 301, max: 300, subject: "contact" },
    });
  });
});
