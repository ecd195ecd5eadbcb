// Recurring meetings as rules: `möte varje torsdag [varannan vecka] kl 18 …` and `möte första tisdagen i
// månaden kl 18 …`. The rule is expanded to dates here (no clock, no zone); each date becomes a meeting
// of its own, so that one occurrence can be moved or cancelled like any other meeting.
import { z } from "zod";
import { addDays, daysInMonth, formatLocalDate, isoWeekday, splitLocalDate } from "./calendar.ts";
import type { LocalDate } from "./local-date.ts";

export const seriesRuleSchema = z.discriminatedUnion("kind", [
  /** Every (or every other) given weekday. */
  z.object({
    kind: z.literal("weekly"),
    weekday: z.number().int().min(1).max(7),
    every: z.union([z.literal(1), z.literal(2)]),
  }),
  /** The n:th (1–4) or last (-1) given weekday of each month. */
  z.object({
    kind: z.literal("monthly"),
    weekday: z.number().int().min(1).max(7),
    ordinal: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
  }),
]);
export type SeriesRule = z.infer<typeof seriesRuleSchema>;

/** How far ahead a series without an end date is planned. */
export const SERIES_DEFAULT_DAYS = 365;
/** The most meetings one series command creates (a year of weekly meetings and some). */
export const MAX_SERIES_MEETINGS = 60;

/** The `ordinal`:th `weekday` of a month, or undefined (a fifth Monday that does not exist). */
function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  ordinal: number,
): LocalDate | undefined {
  if (ordinal === -1) {
    const last = formatLocalDate(year, month, daysInMonth(year, month));
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = formatLocalDate(year, month, 1);
  const date = addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (ordinal - 1) * 7);
  return splitLocalDate(date)?.month === month ? date : undefined;
}

/** The dates of a series from `from` up to and including `until`, at most MAX_SERIES_MEETINGS + 1. */
export function seriesDates(rule: SeriesRule, from: LocalDate, until: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  if (rule.kind === "weekly") {
    let d = addDays(from, (rule.weekday - isoWeekday(from) + 7) % 7);
    while (d <= until && dates.length <= MAX_SERIES_MEETINGS) {
      dates.push(d);
      d = addDays(d, 7 * rule.every);
    }
    return dates;
  }
  const start = splitLocalDate(from);
  if (!start) return dates;
  let { year, month } = start;
  while (dates.length <= MAX_SERIES_MEETINGS) {
    const d = nthWeekdayOfMonth(year, month, rule.weekday, rule.ordinal);
    if (d && d > until) break;
    if (d && d >= from) dates.push(d);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (formatLocalDate(year, month, 1) > until) break;
  }
  return dates;
}
