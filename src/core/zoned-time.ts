// Calendar dates and wall-clock times in a group's time zone (Europe/Stockholm by default), computed
// with the platform's IANA time zone data so that DST shifts are handled by the same rules as the OS.
import type { LocalDate, LocalTime } from "./local-date.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  date: LocalDate;
  time: LocalTime;
  seconds: number;
}

/** The wall clock as the platform's time zone data gives it (Intl, tens of microseconds a call). */
function exactWallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    seconds: Number(parts.second),
  };
}

/**
 * Offsets are looked up once per time zone and quarter of an hour: every zone's offset is a whole
 * number of quarters, so its changes fall on quarter boundaries in UTC. A quarter whose start and end
 * disagree (an older, odder change) is left to the exact lookup.
 */
const QUARTER_MS = 15 * 60_000;
const MAX_OFFSETS = 4096;
const offsets = new Map<string, number | null>();

function utcOfWallClock(w: WallClock): number {
  const [y, m, d] = w.date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = w.time.split(":").map(Number) as [number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  utc.setUTCHours(hh, mm, w.seconds, 0);
  return utc.getTime();
}

function quarterOffset(quarter: number, timeZone: string): number | null {
  const key = `${timeZone}|${quarter}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const start = quarter * QUARTER_MS;
  const end = start + QUARTER_MS - 1000;
  const atStart = utcOfWallClock(exactWallClock(new Date(start), timeZone)) - start;
  const atEnd = utcOfWallClock(exactWallClock(new Date(end), timeZone)) - end;
  const offset = atStart === atEnd ? atStart : null;
  if (offsets.size >= MAX_OFFSETS) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The wall-clock date and time that an instant has in a time zone. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const t = instant.getTime();
  const offset = Number.isFinite(t) ? quarterOffset(Math.floor(t / QUARTER_MS), timeZone) : null;
  if (offset === null) return exactWallClock(instant, timeZone);
  const local = new Date(t + offset);
  const year = local.getUTCFullYear();
  return {
    date: `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    seconds: local.getUTCSeconds(),
  };
}

export function localDateAt(instant: Date, timeZone: string): LocalDate {
  return wallClockAt(instant, timeZone).date;
}

function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const [y, m, d] = w.date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = w.time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm, w.seconds);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`. A time that does not exist
 * (skipped by the spring DST shift) moves forward by the gap; an ambiguous one (autumn) takes the
 * first occurrence, as calendars do.
 */
export function instantAt(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const before = offsetMinutes(new Date(naive - 12 * 3600_000), timeZone);
  const after = offsetMinutes(new Date(naive + 12 * 3600_000), timeZone);
  // Try the earlier offset first (first occurrence of an ambiguous time), then the later one.
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const candidate = new Date(naive - offset * 60_000);
    const w = wallClockAt(candidate, timeZone);
    if (w.date === date && w.time === time) return candidate;
  }
  // Skipped time: the wall clock jumps over it; use the offset in force before the gap.
  return new Date(naive - Math.min(before, after) * 60_000);
}

/** A `@db.Date` column comes back from Prisma as midnight UTC; this turns it into the calendar date. */
export function dateColumnToLocalDate(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}

export function localDateToDateColumn(date: LocalDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
