// Moving and cancelling meetings: `möte ta bort <nr|datum>`, `möte flytta <nr|datum> till <datum> …`,
// in Swedish and English, and what bad input says. A new meeting is still `möte <datum> <tid>`.
import { describe, expect, it } from "vitest";
import type { Command, ParseError } from "../../../src/core/command.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";

const today = "2027-01-20";
const parse = (line: string) => parseCommand(line, { today });

describe("meeting changes", () => {
  it.each<[string, Command]>([
    ["möte ta bort 8 feb", { kind: "meeting_remove", ref: { date: "2027-02-08" } }],
    ["möte ta bort 2", { kind: "meeting_remove", ref: { number: 2 } }],
    ["möte stryk 2027-03-01", { kind: "meeting_remove", ref: { date: "2027-03-01" } }],
    ["möte ställ in 2", { kind: "meeting_remove", ref: { number: 2 } }],
    ["meeting cancel 1", { kind: "meeting_remove", ref: { number: 1 } }],
    ["meeting remove 8 Feb", { kind: "meeting_remove", ref: { date: "2027-02-08" } }],
    ["möte flytta 1 till 9 maj", { kind: "meeting_move", ref: { number: 1 }, date: "2027-05-09" }],
    [
      "möte flytta 8 feb till 15 feb kl. 18-20 på Föreningarnas hus",
      {
        kind: "meeting_move",
        ref: { date: "2027-02-08" },
        date: "2027-02-15",
        start: "18:00",
        end: "20:00",
        place: "Föreningarnas hus",
      },
    ],
    [
      "meeting move 2 to 3 March 17:30 digitalt via Teams",
      {
        kind: "meeting_move",
        ref: { number: 2 },
        date: "2027-03-03",
        start: "17:30",
        place: "digitalt via Teams",
      },
    ],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it("still reads a new meeting, and does not take its date for a change", () => {
    expect(parse("möte 8 feb kl 18")).toMatchObject({
      ok: true,
      command: { kind: "meeting_create", date: "2027-02-08" },
    });
  });

  it.each<[string, ParseError]>([
    ["möte ta bort", { code: "missing_argument", command: "möte", argument: "meeting" }],
    ["möte ta bort snart", { code: "bad_date", given: "snart" }],
    ["möte ta bort 8 feb extra", { code: "bad_date", given: "8 feb extra" }],
    ["möte flytta 1", { code: "missing_argument", command: "möte flytta", argument: "date" }],
    ["möte flytta 1 till", { code: "missing_argument", command: "möte flytta", argument: "date" }],
    ["möte flytta 1 till sen", { code: "bad_date", given: "sen" }],
  ])("%s is refused with what to type", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });
});

describe("agenda points by number", () => {
  it.each<[string, Command]>([
    ["agenda ta bort 2", { kind: "agenda_remove", point: 2 }],
    ["agenda stryk 1", { kind: "agenda_remove", point: 1 }],
    ["agenda remove 3", { kind: "agenda_remove", point: 3 }],
    ["agenda klar 1", { kind: "agenda_done", point: 1 }],
    ["agenda done 4", { kind: "agenda_done", point: 4 }],
    ["agenda flytta 3 1", { kind: "agenda_move", point: 3, to: 1 }],
    ["agenda flytta 3 till 2", { kind: "agenda_move", point: 3, to: 2 }],
    ["agenda flytta 2 först", { kind: "agenda_move", point: 2, to: 1 }],
    ["agenda flytta 1 sist", { kind: "agenda_move", point: 1, to: 999 }],
    ["agenda move 4 to 1", { kind: "agenda_move", point: 4, to: 1 }],
    ["agenda bordlägg 2", { kind: "agenda_defer", point: 2 }],
    ["agenda Bordlägg 2.", { kind: "agenda_defer", point: 2 }],
    ["agenda defer 1", { kind: "agenda_defer", point: 1 }],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError]>([
    ["agenda ta bort", { code: "missing_argument", command: "agenda ta bort", argument: "number" }],
    ["agenda ta bort två", { code: "bad_number", command: "agenda ta bort", given: "två" }],
    ["agenda klar 1 och 2", { code: "bad_number", command: "agenda klar", given: "1 och 2" }],
    ["agenda flytta 3", { code: "missing_argument", command: "agenda flytta 3", argument: "number" }],
    ["agenda flytta tre 1", { code: "bad_number", command: "agenda flytta", given: "tre 1" }],
    ["agenda flytta 3 upp", { code: "bad_number", command: "agenda flytta 3", given: "upp" }],
    ["agenda bordlägg", { code: "missing_argument", command: "agenda bordlägg", argument: "number" }],
    ["agenda bordlägg 2 3", { code: "bad_number", command: "agenda bordlägg", given: "2 3" }],
  ])("%s is refused, and adds no point", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });

  it("still proposes a point that only starts like one", () => {
    expect(parse("agenda lägg till ta bort gamla rutiner")).toEqual({
      ok: true,
      command: { kind: "agenda_add", text: "ta bort gamla rutiner" },
    });
    expect(parse("agenda lägg till flytta lokalen")).toEqual({
      ok: true,
      command: { kind: "agenda_add", text: "flytta lokalen" },
    });
  });
});
