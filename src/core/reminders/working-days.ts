// Working days in Sweden: Monday–Friday that are not public holidays, with holidays from the maintained
// `date-holidays` data (country "SE"), never a hand-written list.
//
// Which holidays count: every day `date-holidays` marks as type "public" (röda dagar: nyårsdagen,
// trettondedag jul, långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag,
// pingstdagen, nationaldagen, midsommardagen, alla helgons dag, juldagen, annandag jul) plus the days
// it marks as "bank": midsommarafton, julafton and nyårsafton. Those three are not public holidays by
// law, but offices, schools and most workplaces are closed, so nobody should get a reminder then.
// Half days ("optional": trettondagsafton, valborgsmässoafton, allhelgonaafton) and observances
// (skärtorsdagen, Luciadagen …) are working days.
import Holidays from "date-holidays";
import { addDays, isoWeekday } from "../calendar.ts";
import type { LocalDate } from "../local-date.ts";

export const NON_WORKING_HOLIDAY_TYPES: readonly string[] = ["public", "bank"];

const swedish = new Holidays("SE");
const byYear = new Map<number, ReadonlyMap<LocalDate, string>>();

/** The non-working holidays of a year, date → Swedish name. */
export function swedishHolidays(year: number): ReadonlyMap<LocalDate, string> {
  let days = byYear.get(year);
  if (!days) {
    const map = new Map<LocalDate, string>();
    for (const h of swedish.getHolidays(year)) {
      if (NON_WORKING_HOLIDAY_TYPES.includes(h.type)) map.set(h.date.slice(0, 10), h.name);
    }
    days = map;
    byYear.set(year, days);
  }
  return days;
}

export function holidayName(date: LocalDate): string | undefined {
  return swedishHolidays(Number(date.slice(0, 4))).get(date);
}

export function isWorkingDay(date: LocalDate): boolean {
  return isoWeekday(date) <= 5 && holidayName(date) === undefined;
}

/** `date` itself when it is a working day, otherwise the closest working day before it. */
export function workingDayOnOrBefore(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** `date` itself when it is a working day, otherwise the closest working day after it. */
export function workingDayOnOrAfter(date: LocalDate): LocalDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: LocalDate): LocalDate {
  return workingDayOnOrAfter(addDays(date, 1));
}
