// Meetings and agenda items: creating them, and gathering what an agenda needs.

import { agendaHorizon, buildAgenda } from "../core/agenda.ts";
import { addDays, isoWeekday } from "../core/calendar.ts";
import type { MeetingRef } from "../core/command.ts";
import { DomainError } from "../core/domain-error.ts";
import type { LocalDate, LocalTime } from "../core/local-date.ts";
import { collapseWhitespace, normalizeForMatch } from "../core/normalize-text.ts";
import { holidayName } from "../core/reminders/working-days.ts";
import type { Agenda, MeetingView } from "../core/replies/meeting-replies.ts";
import { instantAt, wallClockAt } from "../core/zoned-time.ts";
import type { Meeting, Prisma } from "../db/generated/client.ts";
import { loadActivityRows } from "../db/sql/activities.ts";
import { lockGroup } from "../db/sql/groups.ts";
import type { Actor, GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import type { PlanRef } from "./groups.ts";
import { previousMinutesFollowUp } from "./minutes-follow-up.ts";

export function toMeetingView(m: Meeting, timeZone: string): MeetingView {
  const start = wallClockAt(m.startsAt, timeZone);
  return {
    id: m.id,
    title: m.title,
    date: start.date,
    start: start.time,
    ...(m.endsAt ? { end: wallClockAt(m.endsAt, timeZone).time } : {}),
    ...(m.place ? { place: m.place } : {}),
  };
}

/** What a samordnare should know about a meeting's time; it is planned anyway. */
export interface MeetingWarnings {
  /** Other meetings of the group whose time overlaps this one's. */
  overlaps: MeetingView[];
  /** Saturday (6) or Sunday (7). */
  weekend?: 6 | 7;
  /** The Swedish public holiday (or midsommar-, jul-, nyårsafton) on that day. */
  holiday?: string;
}

/** A meeting without an end is taken to last two hours (for overlaps, and while it is held). */
export const ASSUMED_LENGTH_MS = 2 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function warningsFor(
  db: Db,
  group: GroupRef,
  date: LocalDate,
  startsAt: Date,
  endsAt: Date | null,
  except?: number,
): Promise<MeetingWarnings> {
  const end = endsAt ?? new Date(startsAt.getTime() + ASSUMED_LENGTH_MS);
  // Any meeting that starts before this one ends and began less than a day earlier; the exact
  // overlap is decided below, with each one's own (or assumed) end.
  const near = await db.meeting.findMany({
    where: {
      groupId: group.id,
      startsAt: { lt: end, gt: new Date(startsAt.getTime() - DAY_MS) },
      ...(except !== undefined ? { id: { not: except } } : {}),
      ...HELD,
    },
    orderBy: { startsAt: "asc" },
  });
  const overlaps = near
    .filter((m) => (m.endsAt ?? new Date(m.startsAt.getTime() + ASSUMED_LENGTH_MS)) > startsAt)
    .map((m) => toMeetingView(m, group.timeZone));
  const weekday = isoWeekday(date);
  const holiday = holidayName(date);
  return {
    overlaps,
    ...(weekday >= 6 ? { weekend: weekday as 6 | 7 } : {}),
    ...(holiday ? { holiday } : {}),
  };
}

/**
 * Adds a meeting, unless the group has one at that time already. The same meeting again (same end
 * and place) is reported as there; another one at that time is refused. The group's row is held
 * while looking, so two `möte` for one time take turns: a lock rather than a unique index on the
 * start, since data written before this rule may hold such twins, which an index could not be built
 * over. Call inside a transaction (every write command runs in its delivery's).
 */
export async function createMeeting(
  db: Db,
  group: GroupRef,
  input: {
    date: LocalDate;
    start: LocalTime;
    end?: LocalTime;
    place?: string;
    title?: string;
    /** A working group's own meeting (`möte … för <arbetsgrupp>`). */
    workingGroup?: { id: number; name: string };
  },
  now: Date,
): Promise<{ meeting: MeetingView; created: boolean; warnings: MeetingWarnings }> {
  const startsAt = instantAt(input.date, input.start, group.timeZone);
  if (startsAt < now)
    throw new DomainError({ code: "meeting_in_past", date: input.date, start: input.start });
  let endsAt = input.end ? instantAt(input.date, input.end, group.timeZone) : null;
  if (endsAt && endsAt <= startsAt)
    endsAt = instantAt(addDays(input.date, 1), input.end as LocalTime, group.timeZone);
  const place = input.place ?? null;
  await lockGroup(db, group.id);
  const existing = await db.meeting.findFirst({
    where: { groupId: group.id, startsAt, ...HELD },
    orderBy: { id: "asc" },
  });
  if (existing) {
    const meeting = toMeetingView(existing, group.timeZone);
    const same =
      existing.endsAt?.getTime() === endsAt?.getTime() &&
      normalizeForMatch(existing.place ?? "") === normalizeForMatch(place ?? "");
    if (!same) throw new DomainError({ code: "meeting_exists", meeting });
    return { meeting, created: false, warnings: { overlaps: [] } };
  }
  const warnings = await warningsFor(db, group, input.date, startsAt, endsAt);
  const meeting = await db.meeting.create({
    data: {
      groupId: group.id,
      title: input.title ?? input.workingGroup?.name ?? group.name,
      startsAt,
      endsAt,
      place,
      workingGroupId: input.workingGroup?.id ?? null,
    },
  });
  return { meeting: toMeetingView(meeting, group.timeZone), created: true, warnings };
}

/** Meetings that take place: a cancelled one stays in the table (and the calendar feed) only. */
export const HELD = { cancelledAt: null } as const;

/**
 * The council's own meetings: a working group's meeting (`möte … för <arbetsgrupp>`) gets no council
 * agenda, takes none of its points and is not "the next meeting" for agenda, attendance or follow-up.
 */
export const COUNCIL = { workingGroupId: null } as const;

/** The coming meetings, a working group's too unless `only` is COUNCIL. */
export async function upcomingMeetings(
  db: Db,
  group: GroupRef,
  now: Date,
  take = 5,
  only: Prisma.MeetingWhereInput = {},
): Promise<MeetingView[]> {
  const rows = await db.meeting.findMany({
    where: { groupId: group.id, startsAt: { gte: now }, ...HELD, ...only },
    orderBy: { startsAt: "asc" },
    take,
  });
  return rows.map((m) => toMeetingView(m, group.timeZone));
}

export async function latestMeetingBefore(
  db: Db,
  group: GroupRef,
  before: Date,
  only: Prisma.MeetingWhereInput = {},
): Promise<Meeting | null> {
  return db.meeting.findFirst({
    where: { groupId: group.id, startsAt: { lt: before }, ...HELD, ...only },
    orderBy: { startsAt: "desc" },
  });
}

const MEETING_NOTICES = ["agenda", "meeting-day"];

/**
 * A meeting moved to another day or cancelled: what was still waiting to be posted about it (its
 * agenda, the meeting-day post) is dropped, and when it moves, the keys of what was posted are set
 * aside (suffixed with the sequence before the move, so unique per move), so that the sweep posts the
 * agenda and the meeting-day reminder again for the new day. A handful of rows: one per channel.
 */
async function releaseMeetingNotices(db: Db, meeting: Meeting, movedToAnotherDay: boolean): Promise<void> {
  await db.outboxMessage.deleteMany({
    where: {
      meetingId: meeting.id,
      kind: { in: MEETING_NOTICES },
      state: { in: ["pending", "failed", "skipped"] },
    },
  });
  if (!movedToAnotherDay) return;
  const posted = await db.outboxMessage.findMany({
    where: {
      meetingId: meeting.id,
      kind: { in: MEETING_NOTICES },
      NOT: { dedupeKey: { contains: "~moved-" } },
    },
    select: { id: true, dedupeKey: true },
  });
  for (const row of posted)
    await db.outboxMessage.update({
      where: { id: row.id },
      data: { dedupeKey: `${row.dedupeKey}~moved-${meeting.sequence}` },
    });
}

/** How many coming meetings `möten` numbers, and a move or removal can name by number. */
export const NUMBERED_MEETINGS = 9;

/** The coming meeting a samordnare names by its number in `möten` or by its date. */
async function findUpcoming(db: Db, group: GroupRef, ref: MeetingRef, now: Date): Promise<Meeting> {
  const rows = await db.meeting.findMany({
    where: { groupId: group.id, startsAt: { gte: now }, ...HELD },
    orderBy: { startsAt: "asc" },
    take: "number" in ref ? NUMBERED_MEETINGS : 200,
  });
  const views = rows.map((m) => toMeetingView(m, group.timeZone));
  if ("number" in ref) {
    const found = rows[ref.number - 1];
    if (!found) throw new DomainError({ code: "meeting_not_found", number: ref.number, upcoming: views });
    return found;
  }
  const onDate = rows.filter((_, i) => views[i]?.date === ref.date);
  if (onDate.length > 1)
    throw new DomainError({
      code: "meeting_ambiguous",
      date: ref.date,
      meetings: onDate.map((m) => toMeetingView(m, group.timeZone)),
    });
  const found = onDate[0];
  if (!found)
    throw new DomainError({
      code: "meeting_not_found",
      date: ref.date,
      upcoming: views.slice(0, NUMBERED_MEETINGS),
    });
  return found;
}

/**
 * Cancels a coming meeting. It is kept, marked cancelled with a raised sequence, so that the calendar
 * feed tells subscribed calendars (STATUS:CANCELLED); its waiting agenda points go to the next meeting.
 */
export async function removeMeeting(
  db: Db,
  group: GroupRef,
  ref: MeetingRef,
  now: Date,
): Promise<MeetingView> {
  await lockGroup(db, group.id);
  const meeting = await findUpcoming(db, group, ref, now);
  await db.meeting.update({
    where: { id: meeting.id },
    data: { cancelledAt: now, sequence: { increment: 1 }, updatedAt: now },
  });
  await db.agendaItem.updateMany({
    where: { meetingId: meeting.id, handledAt: null },
    data: { meetingId: null },
  });
  await releaseMeetingNotices(db, meeting, false);
  return toMeetingView(meeting, group.timeZone);
}

/**
 * Moves a coming meeting to another date; the time and the place stay unless given, and a meeting
 * that had an end keeps its length. Refused in the past and onto another meeting's time.
 */
export async function moveMeeting(
  db: Db,
  group: GroupRef,
  ref: MeetingRef,
  to: { date: LocalDate; start?: LocalTime; end?: LocalTime; place?: string },
  now: Date,
): Promise<{ before: MeetingView; after: MeetingView; changed: boolean; warnings: MeetingWarnings }> {
  await lockGroup(db, group.id);
  const meeting = await findUpcoming(db, group, ref, now);
  const before = toMeetingView(meeting, group.timeZone);
  const start = to.start ?? before.start;
  const startsAt = instantAt(to.date, start, group.timeZone);
  if (startsAt < now) throw new DomainError({ code: "meeting_in_past", date: to.date, start });
  let endsAt: Date | null = null;
  if (to.end) {
    endsAt = instantAt(to.date, to.end, group.timeZone);
    if (endsAt <= startsAt) endsAt = instantAt(addDays(to.date, 1), to.end, group.timeZone);
  } else if (meeting.endsAt) {
    endsAt = new Date(startsAt.getTime() + (meeting.endsAt.getTime() - meeting.startsAt.getTime()));
  }
  const place = to.place ?? meeting.place;
  const changed =
    startsAt.getTime() !== meeting.startsAt.getTime() ||
    endsAt?.getTime() !== meeting.endsAt?.getTime() ||
    normalizeForMatch(place ?? "") !== normalizeForMatch(meeting.place ?? "");
  if (!changed) return { before, after: before, changed: false, warnings: { overlaps: [] } };
  const clash = await db.meeting.findFirst({
    where: { groupId: group.id, startsAt, id: { not: meeting.id }, ...HELD },
  });
  if (clash) throw new DomainError({ code: "meeting_exists", meeting: toMeetingView(clash, group.timeZone) });
  const warnings = await warningsFor(db, group, to.date, startsAt, endsAt, meeting.id);
  const moved = await db.meeting.update({
    where: { id: meeting.id },
    data: { startsAt, endsAt, place, sequence: { increment: 1 }, updatedAt: now },
  });
  // An agenda already posted is posted again only when the day changed; a new time or place is told
  // by the announcement.
  if (to.date !== before.date) await releaseMeetingNotices(db, meeting, true);
  return { before, after: toMeetingView(moved, group.timeZone), changed: true, warnings };
}

/** Points still waiting for the meeting that starts at `meetingStart`: its own, unplanned ones, and ones carried over. */
export function waitingItems(group: GroupRef, meetingStart: Date) {
  return {
    groupId: group.id,
    handledAt: null,
    AND: [
      { OR: [{ meetingId: null }, { meeting: { startsAt: { lte: meetingStart } } }] },
      { OR: [{ deferredPast: null }, { deferredPast: { lt: meetingStart } }] },
    ],
  } satisfies Prisma.AgendaItemWhereInput;
}

/** The agenda's order: points a samordnare placed, then the rest as they were proposed. */
export const AGENDA_ORDER = [
  { position: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.AgendaItemOrderByWithRelationInput[];

/** The same point, whatever its case, accents or spacing. */
const samePoint = (a: string, b: string) =>
  normalizeForMatch(collapseWhitespace(a)) === normalizeForMatch(collapseWhitespace(b));

/**
 * Proposes a point for the next meeting, unless the same point is already waiting for it. The group's
 * row is held while looking, so two proposals of one point take turns. Call inside a transaction.
 */
export async function addAgendaItem(
  db: Db,
  group: GroupRef,
  actor: Actor,
  text: string,
  now: Date,
): Promise<{ meeting?: MeetingView; added: boolean }> {
  await lockGroup(db, group.id);
  const [next] = await upcomingMeetings(db, group, now, 1, COUNCIL);
  const meetingStart = next ? instantAt(next.date, next.start, group.timeZone) : now;
  const waiting = await db.agendaItem.findMany({
    where: waitingItems(group, meetingStart),
    select: { text: true },
  });
  const found = { ...(next ? { meeting: next } : {}) };
  if (waiting.some((item) => samePoint(item.text, text))) return { ...found, added: false };
  await db.agendaItem.create({
    data: {
      groupId: group.id,
      meetingId: next?.id ?? null,
      text,
      proposedBy: actor.memberId,
      createdAt: now,
    },
  });
  return { ...found, added: true };
}

/**
 * The council's meeting being held now, if any, then its coming ones: during a meeting its own agenda
 * is the one whose points are marked, moved and tabled, and the one attendance is for.
 */
export async function heldOrUpcoming(
  db: Db,
  group: GroupRef,
  now: Date,
  take: number,
): Promise<MeetingView[]> {
  const rows = await db.meeting.findMany({
    where: {
      groupId: group.id,
      startsAt: { gte: new Date(now.getTime() - DAY_MS) },
      ...HELD,
      ...COUNCIL,
    },
    orderBy: { startsAt: "asc" },
    take: take + 10,
  });
  return rows
    .filter(
      (m) => m.startsAt >= now || (m.endsAt ?? new Date(m.startsAt.getTime() + ASSUMED_LENGTH_MS)) > now,
    )
    .slice(0, take)
    .map((m) => toMeetingView(m, group.timeZone));
}

/** The points the current or next meeting's agenda proposes, in the order `agenda` shows them, and the n:th. */
/**
 * The points on the agenda of the meeting being held or coming next, in agenda order. While a meeting
 * is held, the points handled at it stay on its agenda (marked), so that the numbers people see and
 * type do not shift during the evening; they are numbered as the minutes number them.
 */
function agendaPointsWhere(group: GroupRef, meetingStart: Date, now: Date): Prisma.AgendaItemWhereInput {
  const waiting = waitingItems(group, meetingStart);
  if (meetingStart > now) return waiting;
  return {
    groupId: group.id,
    OR: [
      waiting,
      {
        handledAt: { gte: meetingStart },
        OR: [{ meetingId: null }, { meeting: { startsAt: { lte: meetingStart } } }],
      },
    ],
  };
}

async function proposedPoints(db: Db, group: GroupRef, n: number, now: Date) {
  await lockGroup(db, group.id);
  const [next, following] = await heldOrUpcoming(db, group, now, 2);
  const meetingStart = next ? instantAt(next.date, next.start, group.timeZone) : now;
  const items = await db.agendaItem.findMany({
    where: next ? agendaPointsWhere(group, meetingStart, now) : waitingItems(group, meetingStart),
    orderBy: AGENDA_ORDER,
    select: { id: true, text: true, proposedBy: true, handledAt: true },
  });
  const item = items[n - 1];
  if (!item) throw new DomainError({ code: "agenda_point_not_found", point: n, count: items.length });
  return { item, items, next, following, meetingStart };
}

async function proposedPoint(db: Db, group: GroupRef, n: number, now: Date) {
  return (await proposedPoints(db, group, n, now)).item;
}

/** Moves the n:th point to place `to` (1 is first; past the end is last); the others keep their order. */
export async function moveAgendaPoint(
  db: Db,
  group: GroupRef,
  n: number,
  to: number,
  now: Date,
): Promise<{ text: string; from: number; to: number }> {
  const { item, items } = await proposedPoints(db, group, n, now);
  const place = Math.min(Math.max(to, 1), items.length);
  const order = items.filter((i) => i.id !== item.id);
  order.splice(place - 1, 0, item);
  for (const [i, point] of order.entries())
    await db.agendaItem.update({ where: { id: point.id }, data: { position: i + 1 } });
  return { text: item.text, from: n, to: place };
}

/**
 * Tables the n:th point: it leaves the next meeting's agenda and waits for the one after (planned or
 * not yet). Without a meeting planned there is nothing to table it from.
 */
export async function deferAgendaPoint(
  db: Db,
  group: GroupRef,
  n: number,
  now: Date,
): Promise<{ text: string; from: MeetingView; to?: MeetingView }> {
  const { item, next, following, meetingStart } = await proposedPoints(db, group, n, now);
  if (!next) throw new DomainError({ code: "agenda_no_meeting", point: n });
  await db.agendaItem.update({
    where: { id: item.id },
    data: { deferredPast: meetingStart, meetingId: following?.id ?? null, position: null },
  });
  return { text: item.text, from: next, ...(following ? { to: following } : {}) };
}

/** Removes a proposed point: its proposer may, and samordnare and admins may remove anyone's. */
export async function removeAgendaPoint(
  db: Db,
  group: GroupRef,
  actor: Actor,
  n: number,
  now: Date,
): Promise<string> {
  const item = await proposedPoint(db, group, n, now);
  if (actor.role === "medlem" && item.proposedBy !== actor.memberId)
    throw new DomainError({ code: "not_allowed", action: "agenda_remove", role: actor.role });
  await db.agendaItem.delete({ where: { id: item.id } });
  return item.text;
}

/** Marks a proposed point as handled: it no longer waits for a meeting. */
/** Marks a proposed point as handled: it no longer waits for a meeting. Already handled: `changed` false. */
export async function markAgendaPointDone(
  db: Db,
  group: GroupRef,
  n: number,
  now: Date,
): Promise<{ text: string; changed: boolean }> {
  const item = await proposedPoint(db, group, n, now);
  if (item.handledAt) return { text: item.text, changed: false };
  await db.agendaItem.update({ where: { id: item.id }, data: { handledAt: now } });
  return { text: item.text, changed: true };
}

/** Everything the agenda of the group's next meeting shows, as of `now`. */
export async function gatherAgenda(
  db: Db,
  group: GroupRef,
  plan: PlanRef,
  now: Date,
  today: LocalDate,
): Promise<Agenda> {
  const [meeting, following] = await heldOrUpcoming(db, group, now, 2);
  const meetingStart = meeting ? instantAt(meeting.date, meeting.start, group.timeZone) : now;
  const previous = await latestMeetingBefore(db, group, meetingStart, COUNCIL);
  const items = await db.agendaItem.findMany({
    // Items for this meeting, for no meeting yet, or left over from an earlier one: they carry over.
    // While the meeting is held, those handled at it stay, marked.
    where: meeting ? agendaPointsWhere(group, meetingStart, now) : waitingItems(group, meetingStart),
    include: { proposer: { select: { name: true } } },
    orderBy: AGENDA_ORDER,
  });
  const activities = await loadActivityRows(db, [plan.id], {
    dueUntil: agendaHorizon(meeting?.date, following?.date, today),
    overdueOn: today,
    changedAfter: previous?.startsAt ?? new Date(0),
  });
  return buildAgenda({
    ...(meeting ? { meeting: { view: meeting, startsAt: meetingStart } } : {}),
    ...(previous
      ? { previous: { view: toMeetingView(previous, group.timeZone), startsAt: previous.startsAt } }
      : {}),
    ...(following ? { following } : {}),
    points: items.map((i) => ({
      text: i.text,
      ...(i.proposer ? { by: i.proposer.name } : {}),
      ...(i.handledAt ? { handled: true } : {}),
    })),
    activities,
    today,
    ...(previous ? await previousMinutesFollowUp(db, group, previous) : {}),
  });
}
