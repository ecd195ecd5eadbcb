import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../../../src/core/calendar.ts";
import { instantAt, localDateAt, wallClockAt } from "../../../src/core/zoned-time.ts";

const TZ = "Europe/Stockholm";

describe("zoned time in Stockholm", () => {
  it("09:00 is 08:00 UTC in winter and 07:00 UTC in summer", () => {
    expect(instantAt("2027-01-15", "09:00", TZ).toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(instantAt("2027-07-15", "09:00", TZ).toISOString()).toBe("2027-07-15T07:00:00.000Z");
  });

  it("handles the last Sunday of March and October", () => {
    // 2027-03-28: clocks go 02:00 -> 03:00. 09:00 that day is already summer time.
    expect(instantAt("2027-03-28", "09:00", TZ).toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(instantAt("2027-03-27", "09:00", TZ).toISOString()).toBe("2027-03-27T08:00:00.000Z");
    // 2027-10-31: clocks go 03:00 -> 02:00. 09:00 that day is winter time again.
    expect(instantAt("2027-10-31", "09:00", TZ).toISOString()).toBe("2027-10-31T08:00:00.000Z");
    expect(instantAt("2027-10-30", "09:00", TZ).toISOString()).toBe("2027-10-30T07:00:00.000Z");
  });

  it("moves a skipped time forward and takes the first of a repeated one", () => {
    expect(wallClockAt(instantAt("2027-03-28", "02:30", TZ), TZ).time).toBe("03:30");
    expect(instantAt("2027-10-31", "02:30", TZ).toISOString()).toBe("2027-10-31T00:30:00.000Z");
  });

  it("gives the local date of an instant, which differs from UTC's around midnight", () => {
    expect(localDateAt(new Date("2026-11-23T23:30:00Z"), TZ)).toBe("2026-11-24");
    expect(localDateAt(new Date("2026-11-23T22:59:00Z"), TZ)).toBe("2026-11-23");
  });

  it("does calendar arithmetic across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(daysBetween("2026-11-23", "2027-01-01")).toBe(39);
  });
});

describe("wallClockAt agrees with the platform's time zone data", () => {
  const exact = (instant: Date, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-CA", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      })
        .formatToParts(instant)
        .map((p) => [p.type, p.value]),
    );
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      time: `${parts.hour}:${parts.minute}`,
      seconds: Number(parts.second),
    };
  };
  // Stockholm, a half-hour DST shift, a quarter-hour offset, and the date line.
  const zones = ["Europe/Stockholm", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Apia", "UTC"];

  it("on every minute around Stockholm's changes of offset", () => {
    // The last one is 1879's change from local mean time (+0:53:28) to +1:00:14, in the middle of a quarter.
    const changes = [
      "2027-03-28T01:00:00Z",
      "2027-10-31T01:00:00Z",
      "2026-12-31T23:00:00Z",
      "1878-12-31T23:06:32Z",
    ];
    for (const around of changes) {
      const t0 = Date.parse(around);
      for (let minute = -90; minute <= 90; minute++) {
        for (const second of [0, 17, 31, 59]) {
          const instant = new Date(t0 + minute * 60_000 + second * 1000);
          expect(wallClockAt(instant, TZ)).toEqual(exact(instant, TZ));
        }
      }
    }
  });

  it("for any instant from 1850 to 2200, in zones with odd offsets and shifts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("1850-01-01T00:00:00Z"), max: Date.parse("2200-01-01T00:00:00Z") }),
        fc.constantFrom(...zones),
        (t, zone) => {
          const instant = new Date(t);
          expect(wallClockAt(instant, zone)).toEqual(exact(instant, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
