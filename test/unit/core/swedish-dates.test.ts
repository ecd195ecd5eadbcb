import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysInMonth,
  isLeapYear,
  isoWeekDate,
  isoWeekday,
  isoWeekOf,
  isoWeeksInYear,
  splitLocalDate,
} from "../../../src/core/calendar.ts";
import { parseSwedishDate, parseTime } from "../../../src/core/swedish-dates.ts";

const ok = (date: string, consumed: number) => ({ ok: true, date, consumed });
/** A date given as a week number: the caller may warn when its Friday is a holiday. */
const week = (date: string, consumed: number) => ({ ok: true, date, consumed, byWeek: true });
const invalid = (consumed: number) => ({ ok: false, consumed });

describe("calendar helpers", () => {
  it("knows leap years, including the century rules", () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2027, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2027, 4)).toBe(30);
    expect(daysInMonth(2027, 12)).toBe(31);
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2027-01-15", 365)).toBe("2028-01-15");
  });

  it("agrees with Date.UTC on weekdays and day arithmetic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (dayNumber, delta) => {
          const from = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
          const expected = new Date((dayNumber + delta) * 86_400_000).toISOString().slice(0, 10);
          expect(addDays(from, delta)).toBe(expected);
          expect(isoWeekday(from)).toBe(((new Date(dayNumber * 86_400_000).getUTCDay() + 6) % 7) + 1);
        },
      ),
    );
  });

  it("rejects strings that are not calendar dates", () => {
    expect(splitLocalDate("2027-02-29")).toBeNull();
    expect(splitLocalDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(splitLocalDate("15/3")).toBeNull();
  });

  it("finds ISO weeks and their years around New Year", () => {
    expect(isoWeekday("2027-03-15")).toBe(1); // a Monday
    expect(isoWeekOf("2027-01-01")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf("2027-03-15")).toEqual({ year: 2027, week: 11 });
    expect([2015, 2020, 2026, 2032].map(isoWeeksInYear)).toEqual([53, 53, 53, 53]);
    expect([2021, 2024, 2025, 2027].map(isoWeeksInYear)).toEqual([52, 52, 52, 52]);
  });

  it("gives the Friday of an ISO week, or null for a week the year lacks", () => {
    expect(isoWeekDate(2026, 53)).toBe("2027-01-01");
    expect(isoWeekDate(2027, 1)).toBe("2027-01-08");
    expect(isoWeekDate(2026, 1)).toBe("2026-01-02");
    expect(isoWeekDate(2027, 12)).toBe("2027-03-26");
    expect(isoWeekDate(2027, 12, 1)).toBe("2027-03-22");
    expect(isoWeekDate(2027, 53)).toBeNull();
    expect(isoWeekDate(2027, 0)).toBeNull();
  });
});

describe("parseSwedishDate", () => {
  const today = "2027-03-10"; // a Wednesday in ISO week 10

  const cases: [string, ReturnType<typeof ok | typeof week | typeof invalid> | null][] = [
    ["2027-03-15", ok("2027-03-15", 1)],
    ["2027-3-5", ok("2027-03-05", 1)],
    ["15/3", ok("2027-03-15", 1)],
    ["15/3 2028", ok("2028-03-15", 2)],
    ["15/3/2028", ok("2028-03-15", 1)],
    ["15/3-2028", ok("2028-03-15", 1)],
    ["15 mars", ok("2027-03-15", 2)],
    ["15 mars 2028", ok("2028-03-15", 3)],
    ["15 MARS", ok("2027-03-15", 2)],
    ["den 15:e mars", ok("2027-03-15", 3)],
    ["1:a maj", ok("2027-05-01", 2)],
    ["22 februari", ok("2028-02-22", 2)],
    ["3 jan.", ok("2028-01-03", 2)],
    ["10 mar", ok("2027-03-10", 2)], // today itself counts as the next occurrence
    ["9 mar", ok("2028-03-09", 2)], // yesterday: next year
    ["4 apr", ok("2027-04-04", 2)],
    ["4 april", ok("2027-04-04", 2)],
    ["6 jun", ok("2027-06-06", 2)],
    ["6 juni", ok("2027-06-06", 2)],
    ["6 jul", ok("2027-07-06", 2)],
    ["6 juli", ok("2027-07-06", 2)],
    ["6 aug", ok("2027-08-06", 2)],
    ["6 augusti", ok("2027-08-06", 2)],
    ["6 sep", ok("2027-09-06", 2)],
    ["6 sept.", ok("2027-09-06", 2)],
    ["6 september", ok("2027-09-06", 2)],
    ["6 okt", ok("2027-10-06", 2)],
    ["6 oktober", ok("2027-10-06", 2)],
    ["6 nov", ok("2027-11-06", 2)],
    ["6 november", ok("2027-11-06", 2)],
    ["6 dec", ok("2027-12-06", 2)],
    ["6 december", ok("2027-12-06", 2)],
    ["6 januari", ok("2028-01-06", 2)],
    ["6 May", ok("2027-05-06", 2)],
    ["6 October 2027", ok("2027-10-06", 3)],
    ["6 march", ok("2028-03-06", 2)],
    ["v12", week("2027-03-26", 1)],
    ["V12", week("2027-03-26", 1)],
    ["v.12", week("2027-03-26", 1)],
    ["v. 12", week("2027-03-26", 2)],
    ["v 12", week("2027-03-26", 2)],
    ["vecka 12", week("2027-03-26", 2)],
    ["week 12", week("2027-03-26", 2)],
    ["vecka 12 2028", week("2028-03-24", 3)],
    ["2028-W12", week("2028-03-24", 1)],
    ["v10", week("2027-03-12", 1)], // this week's Friday is still ahead
    ["v9", week("2028-03-03", 1)], // passed: next ISO year
    ["idag", ok("2027-03-10", 1)],
    ["i dag", ok("2027-03-10", 2)],
    ["today", ok("2027-03-10", 1)],
    ["imorgon", ok("2027-03-11", 1)],
    ["i morgon", ok("2027-03-11", 2)],
    ["Tomorrow", ok("2027-03-11", 1)],
    ["i övermorgon", ok("2027-03-12", 2)],
    ["31/2", invalid(1)],
    ["30/2 2028", invalid(2)],
    ["29/2 2027", invalid(2)],
    ["2027-02-29", invalid(1)],
    ["2027-13-01", invalid(1)],
    ["2027-00-10", invalid(1)],
    ["15/13", invalid(1)],
    ["32 mars", invalid(2)],
    ["0 maj", invalid(2)],
    ["31 april", invalid(2)],
    ["1/1/1800", invalid(1)],
    ["v54", invalid(1)],
    ["v0", invalid(1)],
    ["v53", invalid(1)], // 2027 has 52 ISO weeks
    ["vecka 53 2027", invalid(3)],
    // Numeric dates with dots, and a two-digit year after a slash or a dash.
    ["15.3.2027", ok("2027-03-15", 1)],
    ["15.3.27", ok("2027-03-15", 1)],
    ["15.3.", ok("2027-03-15", 1)],
    ["1.12.2028", ok("2028-12-01", 1)],
    ["15/3-27", ok("2027-03-15", 1)],
    ["15/3-28", ok("2028-03-15", 1)],
    ["15/3/28", ok("2028-03-15", 1)],
    ["31.2.2027", invalid(1)],
    ["15.13", invalid(1)],
    ["15/3-2", null],
    // Yesterday and the day before: past days, which the command judges.
    ["igår", ok("2027-03-09", 1)],
    ["i går", ok("2027-03-09", 2)],
    ["yesterday", ok("2027-03-09", 1)],
    ["i förrgår", ok("2027-03-08", 2)],
    // A weekday alone is the next one after today; "nästa" is that day in next week.
    ["fredag", ok("2027-03-12", 1)],
    ["Fredag", ok("2027-03-12", 1)],
    ["fre", ok("2027-03-12", 1)],
    ["på fredag", ok("2027-03-12", 2)],
    ["onsdag", ok("2027-03-17", 1)], // today is a Wednesday: next week's
    ["tisdag", ok("2027-03-16", 1)],
    ["nästa fredag", ok("2027-03-19", 2)],
    ["nasta fredag", ok("2027-03-19", 2)],
    ["nästa måndag", ok("2027-03-15", 2)],
    ["nästa söndag", ok("2027-03-21", 2)],
    ["next friday", ok("2027-03-19", 2)],
    // A weekday with a date must be the date's weekday.
    ["måndag 15 mars", ok("2027-03-15", 3)],
    ["måndag den 15 mars", ok("2027-03-15", 4)],
    ["måndagen den 15 mars 2027", ok("2027-03-15", 5)],
    ["mån 15/3", ok("2027-03-15", 2)],
    ["torsdag 2 mars", ok("2028-03-02", 3)], // the next 2 March, in 2028, is a Thursday
    ["måndag v11", week("2027-03-15", 2)], // Monday of week 11
    ["nästa", null],
    ["mars", null],
    ["15", null],
    ["v", null],
    ["", null],
  ];

  it.each(cases)("%s", (text, expected) => {
    expect(parseSwedishDate(text, today)).toEqual(expected);
  });

  it("says which weekday a date really is when the weekday typed with it is wrong", () => {
    // 2 March 2027 is a Tuesday (the minutes' "torsdag 2 mars" was 2017's calendar, not this one's).
    expect(parseSwedishDate("torsdag 2 mars", "2026-11-23")).toEqual({
      ok: false,
      consumed: 3,
      wrongWeekday: "2027-03-02",
    });
    expect(parseSwedishDate("fredag den 15/3 2027", today)).toEqual({
      ok: false,
      consumed: 4,
      wrongWeekday: "2027-03-15",
    });
    expect(parseSwedishDate("torsdag 2 mars 2017", today)).toEqual(ok("2017-03-02", 4));
  });

  it("finds a weekday after a weekend and across New Year", () => {
    expect(parseSwedishDate("måndag", "2027-03-13")).toEqual(ok("2027-03-15", 1)); // Saturday
    expect(parseSwedishDate("nästa måndag", "2027-03-14")).toEqual(ok("2027-03-15", 2)); // Sunday
    expect(parseSwedishDate("nästa fredag", "2027-12-29")).toEqual(ok("2028-01-07", 2));
    expect(parseSwedishDate("igår", "2027-01-01")).toEqual(ok("2026-12-31", 1));
  });

  it("accepts tokens as well as a string, and counts only date tokens as consumed", () => {
    expect(parseSwedishDate(["fredag", "18", "Föreningarnas", "hus"], today)).toEqual(ok("2027-03-12", 1));
    expect(parseSwedishDate(["15", "mars", "kl", "12"], today)).toEqual(ok("2027-03-15", 2));
    expect(parseSwedishDate(["2", "maj", "kl.", "18-20"], today)).toEqual(ok("2027-05-02", 2));
    expect(parseSwedishDate(["2", "maj", "18:00"], today)).toEqual(ok("2027-05-02", 2));
    expect(parseSwedishDate(["15/3", "Föreningarnas", "hus"], today)).toEqual(ok("2027-03-15", 1));
  });

  it("resolves a date without a year typed in December to next year", () => {
    expect(parseSwedishDate("15/1", "2026-12-20")).toEqual(ok("2027-01-15", 1));
    expect(parseSwedishDate("15/3", "2026-12-20")).toEqual(ok("2027-03-15", 1));
    expect(parseSwedishDate("24 dec", "2026-12-20")).toEqual(ok("2026-12-24", 2));
    expect(parseSwedishDate("imorgon", "2026-12-31")).toEqual(ok("2027-01-01", 1));
  });

  it("handles 29 February: valid in leap years, waits for one when no year is given", () => {
    expect(parseSwedishDate("29/2 2028", today)).toEqual(ok("2028-02-29", 2));
    expect(parseSwedishDate("2024-02-29", today)).toEqual(ok("2024-02-29", 1));
    expect(parseSwedishDate("29/2", "2026-06-01")).toEqual(ok("2028-02-29", 1));
    expect(parseSwedishDate("29 feb", "2028-01-10")).toEqual(ok("2028-02-29", 2));
  });

  it("resolves week numbers around New Year (ISO years 2026 with 53 weeks, 2027)", () => {
    // 2026-12-28 is Monday of 2026-W53: week 53 is this week, week 1 means 2027-W01.
    expect(parseSwedishDate("v53", "2026-12-28")).toEqual(week("2027-01-01", 1));
    expect(parseSwedishDate("v1", "2026-12-28")).toEqual(week("2027-01-08", 1));
    // 2025-12-30 already lies in ISO year 2026, whose week 1 Friday (2 Jan) is ahead.
    expect(parseSwedishDate("v1", "2025-12-30")).toEqual(week("2026-01-02", 1));
    // Late in 2027-W52: week 1 rolls over to 2028-W01.
    expect(parseSwedishDate("vecka 1", "2027-12-29")).toEqual(week("2028-01-07", 2));
    expect(parseSwedishDate("v53 2026", today)).toEqual(week("2027-01-01", 2));
    expect(parseSwedishDate("v1 2027", today)).toEqual(week("2027-01-08", 2));
  });
});

describe("parseTime", () => {
  it.each([
    ["18", { ok: true, start: "18:00", consumed: 1 }],
    ["9", { ok: true, start: "09:00", consumed: 1 }],
    ["18:00", { ok: true, start: "18:00", consumed: 1 }],
    ["18.30", { ok: true, start: "18:30", consumed: 1 }],
    ["kl 18", { ok: true, start: "18:00", consumed: 2 }],
    ["kl. 18", { ok: true, start: "18:00", consumed: 2 }],
    ["kl.18", { ok: true, start: "18:00", consumed: 1 }],
    ["klockan 16.30", { ok: true, start: "16:30", consumed: 2 }],
    ["kl. 18-20", { ok: true, start: "18:00", end: "20:00", consumed: 2 }],
    ["18:00-20:00", { ok: true, start: "18:00", end: "20:00", consumed: 1 }],
    ["18–20", { ok: true, start: "18:00", end: "20:00", consumed: 1 }],
    ["18.30—20", { ok: true, start: "18:30", end: "20:00", consumed: 1 }],
    ["18 - 20", { ok: true, start: "18:00", end: "20:00", consumed: 3 }],
    ["18 –20", { ok: true, start: "18:00", end: "20:00", consumed: 2 }],
    ["18- 20", { ok: true, start: "18:00", end: "20:00", consumed: 2 }],
    ["18 till 20.30", { ok: true, start: "18:00", end: "20:30", consumed: 3 }],
    ["18 Föreningarnas hus", { ok: true, start: "18:00", consumed: 1 }],
    ["25", { ok: false, consumed: 1 }],
    ["18:75", { ok: false, consumed: 1 }],
    ["kl 24", { ok: false, consumed: 2 }],
    ["20-18", { ok: false, consumed: 1 }],
    ["18-18", { ok: false, consumed: 1 }],
    ["kl", { ok: false, consumed: 1 }],
    ["kl. sju", { ok: false, consumed: 2 }],
    ["Föreningarnas hus", null],
    ["2027-05-02", null],
    ["", null],
  ])("%s", (text, expected) => {
    expect(parseTime(text)).toEqual(expected);
  });
});
