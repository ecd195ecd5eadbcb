// Calendar arithmetic on LocalDate strings ("2027-03-15"): leap years, ISO weeks, adding days.
// Pure day numbers, not Date, which misreads years below 100 and tempts one into time zones.
import type { LocalDate } from "./local-date.ts";

// Years we accept when typed; deadlines and meetings outside this range are typos.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Splits "2027-03-15" into numbers; null unless it is a real calendar date. */
export function splitLocalDate(date: LocalDate): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

// Days since 1970-01-01 (proleptic Gregorian); Date.UTC would misread years below 100.
function toDayNumber(date: LocalDate): number {
  const parts = splitLocalDate(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${date}`);
  const y = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (parts.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + parts.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): LocalDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatLocalDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week (and its year, which differs from the calendar year around New Year) of a date. */
export function isoWeekOf(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(formatLocalDate(year, 1, 1))) / 7) + 1;
  return { year, week };
}

/** 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52. */
export function isoWeeksInYear(year: number): number {
  const jan1 = isoWeekday(formatLocalDate(year, 1, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

/** The given weekday (default Friday) of ISO week `week` in ISO year `year`; null if the week does not exist. */
export function isoWeekDate(year: number, week: number, weekday = 5): LocalDate | null {
  if (!Number.isInteger(week) || week < 1 || week > isoWeeksInYear(year)) return null;
  const jan4 = formatLocalDate(year, 1, 4);
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayOfWeek1, (week - 1) * 7 + (weekday - 1));
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}
