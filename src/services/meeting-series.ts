// Recurring meetings: a rule becomes one meeting per date (core/meeting-series.ts), each a meeting of
// its own for agendas, reminders, the calendar feed, moves and cancellations. And `årshjul`.
import { addDays } from "../core/calendar.ts";
import { DomainError } from "../core/domain-error.ts";
import type { LocalDate, LocalTime } from "../core/local-date.ts";
import {
  MAX_SERIES_MEETINGS,
  SERIES_DEFAULT_DAYS,
  type SeriesRule,
  seriesDates,
} from "../core/meeting-series.ts";
import type { MeetingView } from "../core/replies/meeting-replies.ts";
import { instantAt, localDateAt } from "../core/zoned-time.ts";
import { lockGroup } from "../db/sql/groups.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import { HELD, toMeetingView, warningsFor } from "./meetings.ts";

export interface SeriesInput {
  rule: SeriesRule;
  start: LocalTime;
  end?: LocalTime;
  place?: string;
  until?: LocalDate;
}

export interface SeriesResult {
  created: MeetingView[];
  /** Dates where the group already had a meeting at that time. */
  skipped: LocalDate[];
  /** Created meetings on a Swedish holiday, with the holiday's name. */
  holidays: { date: LocalDate; name: string }[];
  /** Created meetings that overlap another meeting. */
  overlaps: LocalDate[];
  /** The series was cut at MAX_SERIES_MEETINGS. */
  capped: boolean;
  /** The end used when none was given. */
  defaultUntil?: LocalDate;
}

/** Plans a meeting on each date of the rule from today on. Call inside a transaction. */
export async function createMeetingSeries(
  db: Db,
  group: GroupRef,
  input: SeriesInput,
  now: Date,
): Promise<SeriesResult> {
  const today = localDateAt(now, group.timeZone);
  const until = input.until ?? addDays(today, SERIES_DEFAULT_DAYS);
  if (until < today) throw new DomainError({ code: "meeting_in_past", date: until, start: input.start });
  let dates = seriesDates(input.rule, today, until).filter(
    (d) => instantAt(d, input.start, group.timeZone) >= now,
  );
  const capped = dates.length > MAX_SERIES_MEETINGS;
  dates = dates.slice(0, MAX_SERIES_MEETINGS);
  await lockGroup(db, group.id);
  const result: SeriesResult = {
    created: [],
    skipped: [],
    holidays: [],
    overlaps: [],
    capped,
    ...(input.until ? {} : { defaultUntil: until }),
  };
  for (const date of dates) {
    const startsAt = instantAt(date, input.start, group.timeZone);
    let endsAt = input.end ? instantAt(date, input.end, group.timeZone) : null;
    if (endsAt && input.end && endsAt <= startsAt)
      endsAt = instantAt(addDays(date, 1), input.end, group.timeZone);
    const clash = await db.meeting.findFirst({ where: { groupId: group.id, startsAt, ...HELD } });
    if (clash) {
      result.skipped.push(date);
      continue;
    }
    const warnings = await warningsFor(db, group, date, startsAt, endsAt);
    const meeting = await db.meeting.create({
      data: { groupId: group.id, title: group.name, startsAt, endsAt, place: input.place ?? null },
    });
    result.created.push(toMeetingView(meeting, group.timeZone));
    if (warnings.holiday) result.holidays.push({ date, name: warnings.holiday });
    if (warnings.overlaps.length) result.overlaps.push(date);
  }
  return result;
}

/** The year's meetings that take place (held or coming), in order. */
export async function meetingsOfYear(db: Db, group: GroupRef, year: number): Promise<MeetingView[]> {
  const from = instantAt(`${year}-01-01`, "00:00", group.timeZone);
  const to = instantAt(`${year + 1}-01-01`, "00:00", group.timeZone);
  const rows = await db.meeting.findMany({
    where: { groupId: group.id, startsAt: { gte: from, lt: to }, ...HELD },
    orderBy: { startsAt: "asc" },
  });
  return rows.map((m) => toMeetingView(m, group.timeZone));
}
