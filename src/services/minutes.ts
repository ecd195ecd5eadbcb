// A meeting's minutes (minnesanteckningar): who was there, what was noted and decided under each point
// of its agenda, the tasks given, the group's working groups, and the finalising that makes them
// read-only. Every command works on the meeting being held, else on the latest one that has begun.
// Call the writes inside the delivery's transaction.

import { DomainError } from "../core/domain-error.ts";
import type { LocalDate } from "../core/local-date.ts";
import type {
  MinutesDoc,
  MinutesPerson,
  MinutesPoint,
  MinutesProblem,
  MinutesTask,
} from "../core/minutes.ts";
import { collapseWhitespace, normalizeForMatch } from "../core/normalize-text.ts";
import type { MeetingView } from "../core/replies/meeting-replies.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { Meeting, MeetingMinutes, Prisma } from "../db/generated/client.ts";
import { lockGroup } from "../db/sql/groups.ts";
import type { Actor, GroupRef } from "./actor.ts";
import { isCoordinator } from "./actor.ts";
import type { Db } from "./deps.ts";
import { AGENDA_ORDER, ASSUMED_LENGTH_MS, HELD, toMeetingView, waitingItems } from "./meetings.ts";

const fail = (problem: MinutesProblem): never => {
  throw new DomainError({ code: "minutes", problem });
};

/** The meeting the minutes' commands write to, and whether it is being held right now. */
export interface MinutesTarget {
  meeting: Meeting;
  view: MeetingView;
  held: boolean;
  /** Not begun yet: only `protokollförare` names one, ahead of it. */
  coming?: true;
}

const endOf = (m: Meeting) => m.endsAt ?? new Date(m.startsAt.getTime() + ASSUMED_LENGTH_MS);

/** The meeting being held now, else the latest that has begun (and so ended). */
export async function minutesMeeting(db: Db, group: GroupRef, now: Date): Promise<MinutesTarget> {
  const meeting = await db.meeting.findFirst({
    where: { groupId: group.id, startsAt: { lte: now }, ...HELD },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
  });
  if (!meeting) return fail({ kind: "no_meeting" });
  return { meeting, view: toMeetingView(meeting, group.timeZone), held: endOf(meeting) > now };
}

async function noteTakerMeeting(db: Db, group: GroupRef, now: Date): Promise<MinutesTarget> {
  const held = await db.meeting.findFirst({
    where: { groupId: group.id, startsAt: { lte: now }, ...HELD },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
  });
  if (held && endOf(held) > now)
    return { meeting: held, view: toMeetingView(held, group.timeZone), held: true };
  const next = await db.meeting.findFirst({
    where: { groupId: group.id, startsAt: { gt: now }, ...HELD },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  if (next) return { meeting: next, view: toMeetingView(next, group.timeZone), held: false, coming: true };
  return minutesMeeting(db, group, now);
}

/** The minutes row of a meeting, made on first use. */
async function minutesOf(db: Db, meetingId: number): Promise<MeetingMinutes> {
  return db.meetingMinutes.upsert({ where: { meetingId }, create: { meetingId }, update: {} });
}

/** The target meeting, for one who may write its minutes (`protokoll fil` uploads to the channel). */
export async function minutesForWriter(
  db: Db,
  group: GroupRef,
  actor: Actor,
  now: Date,
): Promise<MinutesTarget> {
  const target = await minutesMeeting(db, group, now);
  await assertWriter(
    db,
    actor,
    await db.meetingMinutes.findUnique({ where: { meetingId: target.meeting.id } }),
  );
  return target;
}

/** Samordnare and admins write the minutes, and so does the member named their note taker. */
async function assertWriter(db: Db, actor: Actor, minutes: MeetingMinutes | null): Promise<void> {
  if (isCoordinator(actor) || (minutes?.noteTakerId != null && minutes.noteTakerId === actor.memberId))
    return;
  const noteTaker = minutes?.noteTakerId
    ? await db.member.findUnique({ where: { id: minutes.noteTakerId }, select: { name: true } })
    : null;
  fail({ kind: "not_writer", ...(noteTaker ? { noteTaker: noteTaker.name } : {}) });
}

/**
 * The target meeting with its minutes, checked for a change: the actor may write them and they are
 * still a draft. The group's row is held, so that two writers take turns.
 */
async function writable(db: Db, group: GroupRef, actor: Actor, now: Date) {
  await lockGroup(db, group.id);
  const target = await minutesMeeting(db, group, now);
  const existing = await db.meetingMinutes.findUnique({ where: { meetingId: target.meeting.id } });
  await assertWriter(db, actor, existing);
  if (existing?.state === "final") fail({ kind: "final", meeting: target.view });
  const minutes = existing ?? (await minutesOf(db, target.meeting.id));
  await db.meetingMinutes.update({ where: { id: minutes.id }, data: { updatedAt: now } });
  return { ...target, minutes };
}

interface KnownMember {
  id: number;
  name: string;
  organisation: string | null;
}

const words = (text: string) =>
  normalizeForMatch(collapseWhitespace(text))
    .split(/[\s-]+/)
    .filter(Boolean);

/**
 * The member a name as written means, when exactly one fits: the whole name, or every typed word a
 * whole word of one member's name ("Anna" for Anna Fogel, not for Annika). Else none: the name is kept
 * as written (a guest, a former name, someone outside the group).
 */
export function memberForName<T extends { name: string }>(
  typed: string,
  members: readonly T[],
): T | undefined {
  const wanted = normalizeForMatch(collapseWhitespace(typed));
  const exact = members.filter((m) => normalizeForMatch(collapseWhitespace(m.name)) === wanted);
  if (exact.length === 1) return exact[0];
  const typedWords = words(typed);
  if (typedWords.length === 0) return undefined;
  const fitting = members.filter((m) => {
    const own = words(m.name);
    return typedWords.every((w) => own.includes(w));
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}

async function currentMembers(db: Db, group: GroupRef): Promise<KnownMember[]> {
  return db.member.findMany({
    where: { groupId: group.id, leftAt: null },
    select: { id: true, name: true, organisation: true },
    orderBy: { id: "asc" },
  });
}

/** "Lennart Bondeson (KD)" → the name and the organisation written after it. */
function nameAndOrganisation(typed: string): { name: string; organisation?: string } {
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(typed.trim());
  return m
    ? { name: (m[1] as string).trim(), organisation: (m[2] as string).trim() }
    : { name: typed.trim() };
}

export interface Recorded {
  target: MinutesTarget;
  /** As the minutes write them (a member's full name). */
  added: string[];
  already: string[];
  /** Names that are no member's, kept as written. */
  notMembers: string[];
}

/** `närvarande <namn>, …`: each name once, matched to a member where one fits. */
export async function recordPresent(
  db: Db,
  group: GroupRef,
  actor: Actor,
  names: readonly string[],
  now: Date,
): Promise<Recorded> {
  const target = await writable(db, group, actor, now);
  const members = await currentMembers(db, group);
  const result: Recorded = { target, added: [], already: [], notMembers: [] };
  let typedNames = names;
  if (typedNames.length === 0) {
    // `närvarande` alone: those who answered *Jag kommer* to this meeting.
    const coming = await db.meetingAttendance.findMany({
      where: { meetingId: target.meeting.id, answer: "yes" },
      include: { member: { select: { name: true } } },
      orderBy: { answeredAt: "asc" },
    });
    if (coming.length === 0) return fail({ kind: "no_attendance", meeting: target.view });
    typedNames = coming.map((a) => a.member.name);
  }
  for (const typed of typedNames) {
    const { name, organisation } = nameAndOrganisation(typed);
    const member = memberForName(name, members);
    const written = member?.name ?? name;
    const created = await db.meetingAttendee.createMany({
      data: [
        {
          meetingId: target.meeting.id,
          kind: "present",
          name: written,
          memberId: member?.id ?? null,
          organisation: organisation ?? member?.organisation ?? null,
          createdAt: now,
        },
      ],
      skipDuplicates: true,
    });
    (created.count ? result.added : result.already).push(written);
    if (!member && created.count) result.notMembers.push(written);
  }
  return result;
}

/** `inbjuden <namn>, <organisation>`. */
export async function recordInvited(
  db: Db,
  group: GroupRef,
  actor: Actor,
  input: { name: string; organisation?: string },
  now: Date,
): Promise<{ target: MinutesTarget; name: string; organisation?: string; added: boolean }> {
  const target = await writable(db, group, actor, now);
  const member = memberForName(input.name, await currentMembers(db, group));
  const name = member?.name ?? input.name;
  const organisation = input.organisation ?? member?.organisation ?? undefined;
  const created = await db.meetingAttendee.createMany({
    data: [
      {
        meetingId: target.meeting.id,
        kind: "invited",
        name,
        memberId: member?.id ?? null,
        organisation: organisation ?? null,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
  });
  return { target, name, ...(organisation ? { organisation } : {}), added: created.count > 0 };
}

/**
 * The points of a meeting's agenda, numbered as the minutes number them: those still waiting for it
 * and those handled at it, in agenda order. A point handled at the meeting keeps its number, so that
 * `anteckning 3` means the same point all evening.
 */
export async function meetingPoints(db: Db, group: GroupRef, meeting: Meeting) {
  const end = endOf(meeting);
  const handledWindowEnd = new Date(end.getTime() + 24 * 60 * 60 * 1000);
  const where: Prisma.AgendaItemWhereInput = {
    groupId: group.id,
    OR: [
      { meetingId: meeting.id, handledAt: { not: null } },
      { ...waitingItems(group, meeting.startsAt), createdAt: { lt: end } },
      {
        handledAt: { gte: meeting.startsAt, lt: handledWindowEnd },
        OR: [{ meetingId: null }, { meeting: { startsAt: { lte: meeting.startsAt } } }],
      },
    ],
  };
  return db.agendaItem.findMany({ where, orderBy: AGENDA_ORDER, select: { id: true, text: true } });
}

/** `anteckning <punkt> <text>` / `beslut <punkt> <text>`: the point counts as handled at the meeting. */
export async function recordEntry(
  db: Db,
  group: GroupRef,
  actor: Actor,
  input: { kind: "note" | "decision"; point: number; text: string },
  now: Date,
): Promise<{ target: MinutesTarget; title: string }> {
  const target = await writable(db, group, actor, now);
  const points = await meetingPoints(db, group, target.meeting);
  const item = points[input.point - 1];
  if (!item)
    return fail({ kind: "point_not_found", point: input.point, count: points.length, meeting: target.view });
  await db.minutesEntry.create({
    data: {
      meetingId: target.meeting.id,
      agendaItemId: item.id,
      pointTitle: item.text,
      kind: input.kind,
      text: input.text,
      memberId: actor.memberId,
      createdAt: now,
    },
  });
  await db.agendaItem.updateMany({
    where: { id: item.id, handledAt: null },
    data: { handledAt: now, meetingId: target.meeting.id },
  });
  return { target, title: item.text };
}

/** The person a task is for: typed apart, or the member whose name starts the text, or its first word. */
function taskPerson(
  input: { person?: string; text: string },
  members: readonly KnownMember[],
): { name: string; member?: KnownMember; text: string } {
  if (input.person) {
    const member = memberForName(input.person, members);
    return { name: member?.name ?? input.person, ...(member ? { member } : {}), text: input.text };
  }
  const parts = input.text.split(/\s+/);
  for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
    const member = memberForName(parts.slice(0, n).join(" "), members);
    if (member) return { name: member.name, member, text: parts.slice(n).join(" ") };
  }
  return { name: parts[0] as string, text: parts.slice(1).join(" ") || input.text };
}

/** `uppdrag <namn> <text> [till <datum>]`: numbered per group. */
export async function addTask(
  db: Db,
  group: GroupRef,
  actor: Actor,
  input: { person?: string; text: string; due?: LocalDate },
  now: Date,
): Promise<{ target: MinutesTarget; task: MinutesTask; member: boolean }> {
  const target = await writable(db, group, actor, now);
  const who = taskPerson(input, await currentMembers(db, group));
  const last = await db.task.findFirst({
    where: { groupId: group.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const number = (last?.number ?? 0) + 1;
  await db.task.create({
    data: {
      groupId: group.id,
      number,
      meetingId: target.meeting.id,
      personName: who.name,
      memberId: who.member?.id ?? null,
      text: who.text,
      dueDate: input.due ? new Date(`${input.due}T00:00:00Z`) : null,
      createdAt: now,
    },
  });
  return {
    target,
    task: { number, person: who.name, text: who.text, ...(input.due ? { due: input.due } : {}) },
    member: who.member !== undefined,
  };
}

const dateOf = (d: Date | null): LocalDate | undefined =>
  d ? (d.toISOString().slice(0, 10) as LocalDate) : undefined;

const taskView = (t: {
  number: number;
  personName: string;
  text: string;
  dueDate: Date | null;
}): MinutesTask => {
  const due = dateOf(t.dueDate);
  return { number: t.number, person: t.personName, text: t.text, ...(due ? { due } : {}) };
};

/** `uppdrag klart <nr>`: samordnare, the note taker, or the person the task is for. */
export async function closeTask(
  db: Db,
  group: GroupRef,
  actor: Actor,
  number: number,
  now: Date,
): Promise<{ task: MinutesTask; closed: boolean }> {
  await lockGroup(db, group.id);
  const task = await db.task.findUnique({ where: { groupId_number: { groupId: group.id, number } } });
  if (!task) return fail({ kind: "task_not_found", number });
  if (task.memberId !== actor.memberId) {
    const target = await db.meeting.findFirst({
      where: { groupId: group.id, startsAt: { lte: now }, ...HELD },
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      include: { minutes: true },
    });
    await assertWriter(db, actor, target?.minutes ?? null);
  }
  if (task.closedAt) return { task: taskView(task), closed: false };
  await db.task.update({ where: { id: task.id }, data: { closedAt: now, closedById: actor.memberId } });
  return { task: taskView(task), closed: true };
}

/** The group's open tasks, by number. */
export async function openTasks(db: Db, group: GroupRef): Promise<MinutesTask[]> {
  const rows = await db.task.findMany({
    where: { groupId: group.id, closedAt: null },
    orderBy: { number: "asc" },
  });
  return rows.map(taskView);
}

const sameName = (a: string, b: string) =>
  normalizeForMatch(collapseWhitespace(a)) === normalizeForMatch(collapseWhitespace(b));

/** The working group a name means (case, accents and spacing aside), or a polite refusal. */
export async function findWorkingGroup(
  db: Db,
  group: GroupRef,
  name: string,
): Promise<{ id: number; name: string }> {
  const all = await db.workingGroup.findMany({
    where: { groupId: group.id },
    select: { id: true, name: true },
    orderBy: { id: "asc" },
  });
  const found = all.find((w) => sameName(w.name, name));
  if (!found) return fail({ kind: "working_group_not_found", name, names: all.map((w) => w.name) });
  return found;
}

/** `arbetsgrupp ny <namn>`: samordnare or the note taker of the current minutes. */
export async function createWorkingGroup(
  db: Db,
  group: GroupRef,
  actor: Actor,
  name: string,
  now: Date,
): Promise<{ name: string; created: boolean }> {
  await lockGroup(db, group.id);
  await assertWorkingGroupWriter(db, group, actor, now);
  const all = await db.workingGroup.findMany({ where: { groupId: group.id }, select: { name: true } });
  const same = all.find((w) => sameName(w.name, name));
  if (same) return { name: same.name, created: false };
  await db.workingGroup.create({ data: { groupId: group.id, name, createdAt: now } });
  return { name, created: true };
}

async function assertWorkingGroupWriter(db: Db, group: GroupRef, actor: Actor, now: Date) {
  if (isCoordinator(actor)) return;
  const target = await db.meeting.findFirst({
    where: { groupId: group.id, startsAt: { lte: now }, ...HELD },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    include: { minutes: true },
  });
  await assertWriter(db, actor, target?.minutes ?? null);
}

/** `arbetsgrupp <namn> medlemmar …`: the working group's members become the ones named, in order. */
export async function setWorkingGroupMembers(
  db: Db,
  group: GroupRef,
  actor: Actor,
  input: { name: string; members: readonly string[] },
  now: Date,
): Promise<{ name: string; members: string[] }> {
  await lockGroup(db, group.id);
  await assertWorkingGroupWriter(db, group, actor, now);
  const wg = await findWorkingGroup(db, group, input.name);
  const members = await currentMembers(db, group);
  const named: { name: string; memberId: number | null }[] = [];
  for (const typed of input.members) {
    const member = memberForName(typed, members);
    const name = member?.name ?? typed;
    if (!named.some((n) => sameName(n.name, name))) named.push({ name, memberId: member?.id ?? null });
  }
  await db.workingGroupMember.deleteMany({ where: { workingGroupId: wg.id } });
  await db.workingGroupMember.createMany({
    data: named.map((n, i) => ({
      workingGroupId: wg.id,
      name: n.name,
      memberId: n.memberId,
      position: i,
      createdAt: now,
    })),
  });
  return { name: wg.name, members: named.map((n) => n.name) };
}

/** The group's working groups with their members and their next meeting after `after`. */
export async function workingGroupsOf(db: Db, group: GroupRef, after: Date) {
  const rows = await db.workingGroup.findMany({
    where: { groupId: group.id },
    orderBy: { id: "asc" },
    include: {
      members: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      meetings: { where: { startsAt: { gte: after }, ...HELD }, orderBy: { startsAt: "asc" }, take: 1 },
    },
  });
  return rows.map((w) => {
    const next = w.meetings[0];
    return {
      name: w.name,
      members: w.members.map((m) => m.name),
      ...(next ? { next: toMeetingView(next, group.timeZone) } : {}),
    };
  });
}

/**
 * `protokollförare <namn>`: a member of the group (samordnare only, checked before), for the meeting
 * being held, else for the next one (a note taker is named ahead), else for the latest.
 */
export async function setNoteTaker(
  db: Db,
  group: GroupRef,
  person: string,
  now: Date,
): Promise<{ target: MinutesTarget; name: string }> {
  await lockGroup(db, group.id);
  const target = await noteTakerMeeting(db, group, now);
  const members = await currentMembers(db, group);
  const member = memberForName(person, members);
  if (!member)
    throw new DomainError({
      code: "member_not_found",
      query: person,
      suggestions: members
        .filter((m) => words(m.name).some((w) => words(person).includes(w)))
        .map((m) => m.name),
    });
  const minutes = await minutesOf(db, target.meeting.id);
  if (minutes.state === "final") fail({ kind: "final", meeting: target.view });
  await db.meetingMinutes.update({
    where: { id: minutes.id },
    data: { noteTakerId: member.id, updatedAt: now },
  });
  return { target, name: member.name };
}

/** The meeting before `meeting` of the same kind (the whole group's, or the same working group's). */
async function previousMeeting(db: Db, group: GroupRef, meeting: Meeting) {
  return db.meeting.findFirst({
    where: {
      groupId: group.id,
      startsAt: { lt: meeting.startsAt },
      workingGroupId: meeting.workingGroupId,
      ...HELD,
    },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    include: { minutes: { select: { state: true } } },
  });
}

/** `invändning <text>` / `inga invändningar`, on the previous meeting's minutes. */
export async function recordPreviousMinutes(
  db: Db,
  group: GroupRef,
  actor: Actor,
  objection: string | undefined,
  now: Date,
): Promise<{ target: MinutesTarget; previous: MeetingView }> {
  const target = await writable(db, group, actor, now);
  const previous = await previousMeeting(db, group, target.meeting);
  if (!previous) return fail({ kind: "no_previous" });
  await db.meetingMinutes.update({
    where: { id: target.minutes.id },
    data: objection
      ? { previousApproved: false, previousObjections: { push: objection } }
      : { previousApproved: true },
  });
  return { target, previous: toMeetingView(previous, group.timeZone) };
}

/** Everything a meeting's minutes show, as of now. */
export async function gatherMinutes(db: Db, group: GroupRef, meeting: Meeting): Promise<MinutesDoc> {
  const view = toMeetingView(meeting, group.timeZone);
  const minutes = await db.meetingMinutes.findUnique({
    where: { meetingId: meeting.id },
    include: { noteTaker: { select: { name: true } }, finalisedBy: { select: { name: true } } },
  });
  const attendees = await db.meetingAttendee.findMany({
    where: { meetingId: meeting.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const entries = await db.minutesEntry.findMany({
    where: { meetingId: meeting.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const items = await meetingPoints(db, group, meeting);
  const handled = new Set(
    (
      await db.agendaItem.findMany({
        where: { id: { in: items.map((i) => i.id) }, handledAt: { not: null } },
        select: { id: true },
      })
    ).map((i) => i.id),
  );
  const points: MinutesPoint[] = items.map((item, i) => ({
    number: i + 1,
    title: item.text,
    handled: handled.has(item.id),
    entries: entries.filter((e) => e.agendaItemId === item.id).map((e) => ({ kind: e.kind, text: e.text })),
  }));
  // A point removed from the agenda after it was minuted keeps its entries, under the title it had.
  const orphans = entries.filter(
    (e) => e.agendaItemId === null || !items.some((i) => i.id === e.agendaItemId),
  );
  for (const title of [...new Set(orphans.map((e) => e.pointTitle))])
    points.push({
      number: points.length + 1,
      title,
      handled: true,
      entries: orphans.filter((e) => e.pointTitle === title).map((e) => ({ kind: e.kind, text: e.text })),
    });
  const person = (a: { name: string; organisation: string | null }): MinutesPerson => ({
    name: a.name,
    ...(a.organisation ? { organisation: a.organisation } : {}),
  });
  const previous = await previousMeeting(db, group, meeting);
  const next = await db.meeting.findFirst({
    where: {
      groupId: group.id,
      startsAt: { gt: meeting.startsAt },
      workingGroupId: meeting.workingGroupId,
      ...HELD,
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const tasks = await db.task.findMany({ where: { meetingId: meeting.id }, orderBy: { number: "asc" } });
  const noteTaker = minutes?.noteTaker?.name ?? minutes?.finalisedBy?.name;
  const finalisedOn = minutes?.finalisedAt ? localDateAt(minutes.finalisedAt, group.timeZone) : undefined;
  return {
    meeting: view,
    state: minutes?.state ?? "draft",
    ...(finalisedOn ? { finalisedOn } : {}),
    ...(noteTaker ? { noteTaker } : {}),
    present: attendees.filter((a) => a.kind === "present").map(person),
    invited: attendees.filter((a) => a.kind === "invited").map(person),
    ...(previous
      ? {
          previous: {
            meeting: toMeetingView(previous, group.timeZone),
            final: previous.minutes?.state === "final",
          },
        }
      : {}),
    ...(minutes?.previousApproved != null ? { previousApproved: minutes.previousApproved } : {}),
    objections: minutes?.previousObjections ?? [],
    points,
    workingGroups: meeting.workingGroupId === null ? await workingGroupsOf(db, group, meeting.startsAt) : [],
    tasks: tasks.map(taskView),
    ...(next ? { next: toMeetingView(next, group.timeZone) } : {}),
  };
}

/**
 * `protokoll klart`: the minutes become final and read-only. Without a named note taker, whoever
 * finalises them signs them. `finalised` is false when they already were.
 */
export async function finaliseMinutes(
  db: Db,
  group: GroupRef,
  actor: Actor,
  now: Date,
): Promise<{ target: MinutesTarget; doc: MinutesDoc; finalised: boolean }> {
  await lockGroup(db, group.id);
  const target = await minutesMeeting(db, group, now);
  const existing = await db.meetingMinutes.findUnique({ where: { meetingId: target.meeting.id } });
  await assertWriter(db, actor, existing);
  if (existing?.state === "final")
    return { target, doc: await gatherMinutes(db, group, target.meeting), finalised: false };
  const minutes = existing ?? (await minutesOf(db, target.meeting.id));
  await db.meetingMinutes.update({
    where: { id: minutes.id },
    data: { state: "final", finalisedAt: now, finalisedById: actor.memberId, updatedAt: now },
  });
  return { target, doc: await gatherMinutes(db, group, target.meeting), finalised: true };
}

/** The group's finalised minutes, newest first, for the public page. */
export async function finalMinutesList(db: Db, group: GroupRef) {
  const rows = await db.meetingMinutes.findMany({
    where: { state: "final", meeting: { groupId: group.id, ...HELD } },
    include: { meeting: true },
    orderBy: { meeting: { startsAt: "desc" } },
  });
  return rows.map((r) => ({ meeting: r.meeting, view: toMeetingView(r.meeting, group.timeZone) }));
}
