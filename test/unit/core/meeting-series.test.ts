// Recurring meetings as dates, and how they are typed: weekly, every other week, the n:th or last
// weekday of the month, with a time, a place and an end date.
import { describe, expect, it } from "vitest";
import type { Command, ParseError } from "../../../src/core/command.ts";
import { MAX_SERIES_MEETINGS, seriesDates } from "../../../src/core/meeting-series.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";

const parse = (line: string) => parseCommand(line, { today: "2026-11-23" });

describe("series dates", () => {
  it("gives every Thursday, starting on the first Thursday on or after the start", () => {
    expect(seriesDates({ kind: "weekly", weekday: 4, every: 1 }, "2026-11-23", "2026-12-17")).toEqual([
      "2026-11-26",
      "2026-12-03",
      "2026-12-10",
      "2026-12-17",
    ]);
  });
  it("gives every other Monday", () => {
    expect(seriesDates({ kind: "weekly", weekday: 1, every: 2 }, "2026-11-23", "2027-01-04")).toEqual([
      "2026-11-23",
      "2026-12-07",
      "2026-12-21",
      "2027-01-04",
    ]);
  });
  it("gives the first Tuesday and the last Friday of each month, across the new year", () => {
    expect(seriesDates({ kind: "monthly", weekday: 2, ordinal: 1 }, "2026-11-23", "2027-03-31")).toEqual([
      "2026-12-01",
      "2027-01-05",
      "2027-02-02",
      "2027-03-02",
    ]);
    expect(seriesDates({ kind: "monthly", weekday: 5, ordinal: -1 }, "2026-11-23", "2027-02-28")).toEqual([
      "2026-11-27",
      "2026-12-25",
      "2027-01-29",
      "2027-02-26",
    ]);
  });
  it("stops one past the cap, so that the caller can tell it was cut", () => {
    expect(seriesDates({ kind: "weekly", weekday: 3, every: 1 }, "2026-01-01", "2030-01-01")).toHaveLength(
      MAX_SERIES_MEETINGS + 1,
    );
  });
});

describe("typing a series", () => {
  it.each<[string, Command]>([
    [
      "möte varje torsdag kl 18-20 på Föreningarnas hus till 2027-06-30",
      {
        kind: "meeting_series",
        rule: { kind: "weekly", weekday: 4, every: 1 },
        start: "18:00",
        end: "20:00",
        place: "Föreningarnas hus",
        until: "2027-06-30",
      },
    ],
    [
      "möte varje måndag varannan vecka kl. 9",
      { kind: "meeting_series", rule: { kind: "weekly", weekday: 1, every: 2 }, start: "09:00" },
    ],
    [
      "möte varannan onsdag 16:30 digitalt via Teams",
      {
        kind: "meeting_series",
        rule: { kind: "weekly", weekday: 3, every: 2 },
        start: "16:30",
        place: "digitalt via Teams",
      },
    ],
    [
      "möte första tisdagen i månaden kl 18 på Stadshuset till 30 juni",
      {
        kind: "meeting_series",
        rule: { kind: "monthly", weekday: 2, ordinal: 1 },
        start: "18:00",
        place: "Stadshuset",
        until: "2027-06-30",
      },
    ],
    [
      "möte sista fredagen i månaden kl 12",
      { kind: "meeting_series", rule: { kind: "monthly", weekday: 5, ordinal: -1 }, start: "12:00" },
    ],
    [
      "meeting every other thursday 18:00 until 2027-03-01",
      {
        kind: "meeting_series",
        rule: { kind: "weekly", weekday: 4, every: 2 },
        start: "18:00",
        until: "2027-03-01",
      },
    ],
    [
      "meeting first monday of the month 10",
      { kind: "meeting_series", rule: { kind: "monthly", weekday: 1, ordinal: 1 }, start: "10:00" },
    ],
    ["årshjul", { kind: "year_wheel" }],
    ["årshjul 2027", { kind: "year_wheel", year: 2027 }],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError["code"]]>([
    ["möte varje kl 18", "missing_argument"],
    ["möte varje torsdag", "missing_argument"],
    ["möte första torsdagen kl 18", "missing_argument"],
    ["möte varje torsdag kl 25", "bad_time"],
    ["årshjul nästa", "bad_number"],
  ])("%s is refused", (line, code) => {
    const parsed = parse(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe(code);
  });

  it("still reads a single meeting on a date", () => {
    expect(parse("möte 2 maj kl. 18-20 på Föreningarnas hus")).toMatchObject({
      ok: true,
      command: { kind: "meeting_create", date: "2027-05-02" },
    });
  });
});
