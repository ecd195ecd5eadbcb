// When each notification is due, as pure rules over a clock reading passed in (never the machine's).
//
// Every rule answers "as of `now`, should this have been sent, and is it still relevant?" as a window
// [sendAt, until): the sweep enqueues what is inside its window and nothing else. That one question
// covers the normal minute-by-minute run and a restart after days down alike: an agenda whose meeting
// is still ahead is posted late rather than never; a deadline reminder is only relevant on its own
// day, so after an outage it is not replayed (the activity shows in the next weekly digest instead).

import type { ActivityStatus } from "../activity-status.ts";
import { isClosed } from "../activity-status.ts";
import { addDays, daysBetween, isoWeekDate, isoWeekday, isoWeekOf } from "../calendar.ts";
import type { LocalDate, LocalTime } from "../local-date.ts";
import { instantAt } from "../zoned-time.ts";
import type { GroupSettings } from "./settings.ts";
import { workingDayOnOrAfter, workingDayOnOrBefore } from "./working-days.ts";

export interface Window {
  sendAt: Date;
  until: Date;
}

export function isWithin(window: Window, now: Date): boolean {
  return window.sendAt <= now && now < window.until;
}

/** The day a reminder `offset` days before `dueDate` is sent: moved to the working day before. */
export function reminderSendDate(dueDate: LocalDate, offset: number): LocalDate {
  return workingDayOnOrBefore(addDays(dueDate, -offset));
}

/** No reminders for a finished, struck or paused activity. */
export function wantsReminders(status: ActivityStatus): boolean {
  return !isClosed(status) && status !== "pausad";
}

/**
 * The deadline reminder due on `today` for an activity, if any: `offset` is days before the deadline
 * (0 = the day itself), negative for the weekly reminders while overdue (-7, -14, …). When two offsets
 * land on the same working day (a deadline on a Saturday with offsets 1 and 0), the one nearest the
 * deadline is sent, once.
 */
export function deadlineReminderOn(
  activity: { dueDate: LocalDate; status: ActivityStatus },
  today: LocalDate,
  settings: GroupSettings["reminders"],
): { offset: number } | undefined {
  if (!wantsReminders(activity.status)) return undefined;
  return reminderOffsetOn(activity.dueDate, today, settings);
}

/**
 * The reminder due on `today` for anything with a date (an activity's deadline, a task's date), by the
 * group's offsets and weekly while overdue, on working days: see `deadlineReminderOn`.
 */
export function reminderOffsetOn(
  dueDate: LocalDate,
  today: LocalDate,
  settings: GroupSettings["reminders"],
): { offset: number } | undefined {
  if (!settings.enabled) return undefined;
  if (today <= dueDate) {
    let found: number | undefined;
    for (const offset of settings.daysBefore) {
      if (reminderSendDate(dueDate, offset) === today && (found === undefined || offset < found))
        found = offset;
    }
    return found === undefined ? undefined : { offset: found };
  }
  const every = settings.overdueEveryDays;
  if (every <= 0) return undefined;
  // Occurrences whose nominal day is in [today, today + 6]: moving back to a working day never spans
  // more than that (the longest Swedish run of days off is 5 days).
  const late = daysBetween(dueDate, today);
  for (let n = Math.max(1, Math.ceil(late / every)); n * every <= late + 6; n++) {
    if (reminderSendDate(dueDate, -n * every) === today) return { offset: -n * every };
  }
  return undefined;
}

/** The instant a send day's messages go out: `time` in the group's zone (09:00 is 09:00 in March and October). */
export function sendInstant(date: LocalDate, time: LocalTime, timeZone: string): Date {
  return instantAt(date, time, timeZone);
}

/** The deadline reminder window of `today`: from the group's reminder time to the end of that day. */
export function reminderWindow(
  today: LocalDate,
  settings: GroupSettings["reminders"],
  timeZone: string,
): Window {
  return {
    sendAt: instantAt(today, settings.time, timeZone),
    until: instantAt(addDays(today, 1), "00:00", timeZone),
  };
}

export interface MeetingTime {
  startsAt: Date;
  /** The meeting's date in the group's zone. */
  date: LocalDate;
}

/** When a meeting's agenda is posted: `daysBefore` working-day-adjusted, until the meeting starts. */
export function agendaWindow(
  meeting: MeetingTime,
  settings: GroupSettings["agenda"],
  timeZone: string,
): Window {
  const day = workingDayOnOrBefore(addDays(meeting.date, -settings.daysBefore));
  const sendAt = instantAt(day, settings.time, timeZone);
  return {
    sendAt: new Date(Math.min(sendAt.getTime(), meeting.startsAt.getTime())),
    until: meeting.startsAt,
  };
}

/**
 * The short reminder on the meeting day: at the group's agenda time, or an hour before an early meeting.
 * None when the agenda itself is posted that day.
 */
export function meetingDayWindow(
  meeting: MeetingTime,
  settings: GroupSettings["agenda"],
  timeZone: string,
): Window | undefined {
  if (!settings.meetingDayReminder) return undefined;
  const agendaDay = workingDayOnOrBefore(addDays(meeting.date, -settings.daysBefore));
  if (agendaDay === meeting.date) return undefined;
  return meetingDayOnlyWindow(meeting, settings, timeZone);
}

/**
 * The meeting-day reminder of a meeting that gets no agenda (a working group's): on the day at the
 * agenda time, or an hour before the meeting when that is earlier.
 */
export function meetingDayOnlyWindow(
  meeting: MeetingTime,
  settings: GroupSettings["agenda"],
  timeZone: string,
): Window | undefined {
  if (!settings.meetingDayReminder) return undefined;
  const atTime = instantAt(meeting.date, settings.time, timeZone);
  const hourBefore = new Date(meeting.startsAt.getTime() - 3600_000);
  return { sendAt: atTime < hourBefore ? atTime : hourBefore, until: meeting.startsAt };
}

/** The follow-up after a meeting: the next working day after it, from the agenda time to that day's end. */
export function followUpWindow(
  meeting: MeetingTime,
  settings: GroupSettings["agenda"],
  timeZone: string,
): Window {
  const day = workingDayOnOrAfter(addDays(meeting.date, 1));
  return {
    sendAt: instantAt(day, settings.time, timeZone),
    until: instantAt(addDays(day, 1), "00:00", timeZone),
  };
}

/** "2027-W09": the ISO week a date is in, as used in digest keys. */
export function isoWeekKey(date: LocalDate): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * The weekly digest of the week `today` is in: on the configured weekday and time, moved to the next
 * working day of the same week when that is a holiday (annandag påsk), relevant until the week ends.
 */
export function digestWindow(
  today: LocalDate,
  settings: GroupSettings["digest"],
  timeZone: string,
): Window & { week: string } {
  const { year, week } = isoWeekOf(today);
  const nominal = isoWeekDate(year, week, settings.weekday) as LocalDate;
  const monday = addDays(today, 1 - isoWeekday(today));
  const nextMonday = addDays(monday, 7);
  const moved = workingDayOnOrAfter(nominal);
  const day = moved < nextMonday ? moved : nominal;
  return {
    week: isoWeekKey(today),
    sendAt: instantAt(day, settings.time, timeZone),
    until: instantAt(nextMonday, "00:00", timeZone),
  };
}

/** A member who paused reminders with `tyst` gets none up to and including `quietUntil`. */
export function isQuiet(quietUntil: LocalDate | undefined, today: LocalDate): boolean {
  return quietUntil !== undefined && today <= quietUntil;
}
