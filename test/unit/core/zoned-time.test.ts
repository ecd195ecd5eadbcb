import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../../../src/core/calendar.js";
import { instantAt, localDateAt, wallClockAt } from "../../../src/core/zoned-time.js";

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
