// What a published group's open data and calendar feed are made of: its meetings, its active plan's
// activities and their status history. Only what may be public is read: no e-mail, no platform id;
// persons' names only when the group shows them, and no comment that has been hidden from the page.
import type { ActivityStatus } from "../core/activity-status.ts";
import type { Party } from "../core/command.ts";
import type { LocalDate } from "../core/local-date.ts";
import { dateColumnToLocalDate } from "../core/zoned-time.ts";
import type { Db } from "./deps.ts";
import type { PublishedGroup } from "./publication.ts";

export interface PublicMeeting {
  id: number;
  title: string;
  startsAt: Date;
  endsAt?: Date;
  place?: string;
  sequence: number;
  updatedAt: Date;
  cancelledAt?: Date;
}

const MEETING = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  place: true,
  sequence: true,
  updatedAt: true,
  cancelledAt: true,
} as const;

function meeting(r: {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  sequence: number;
  updatedAt: Date;
  cancelledAt: Date | null;
}): PublicMeeting {
  return {
    id: r.id,
    title: r.title,
    startsAt: r.startsAt,
    sequence: r.sequence,
    updatedAt: r.updatedAt,
    ...(r.endsAt ? { endsAt: r.endsAt } : {}),
    ...(r.place ? { place: r.place } : {}),
    ...(r.cancelledAt ? { cancelledAt: r.cancelledAt } : {}),
  };
}

/** The group's meetings in time order, cancelled ones too (the feed says they are cancelled). */
export async function groupMeetings(db: Db, group: PublishedGroup): Promise<PublicMeeting[]> {
  const rows = await db.meeting.findMany({
    where: { groupId: group.id },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: MEETING,
  });
  return rows.map(meeting);
}

/** One of the group's meetings; undefined for an id that is not the group's. */
export async function groupMeeting(
  db: Db,
  group: PublishedGroup,
  id: number,
): Promise<PublicMeeting | undefined> {
  const row = await db.meeting.findFirst({ where: { id, groupId: group.id }, select: MEETING });
  return row ? meeting(row) : undefined;
}

export interface OpenActivity {
  plan: string;
  number: number;
  title: string;
  principle?: string;
  party: Party;
  commitment?: string;
  responsibleOrg?: string;
  commissioner?: string;
  partners?: string;
  followUp?: string;
  /** Names of the responsible persons, only when the group shows names; otherwise empty. */
  owners: string[];
  dueDate?: LocalDate;
  status: ActivityStatus;
  statusChangedAt?: Date;
}

export interface OpenStatusUpdate {
  number: number;
  title: string;
  at: Date;
  status: ActivityStatus;
  /** Left out when the comment is hidden from the public page. */
  comment?: string;
  /** Only when the group shows names. */
  author?: string;
  source: string;
}

export interface OpenData {
  /** The active plan's name; undefined when the group has none yet (the files are then empty). */
  plan?: string;
  activities: OpenActivity[];
  history: OpenStatusUpdate[];
  /** The newest change to any of it, for the metadata's dct:modified. */
  modified?: Date;
}

const some = (v: string | null): string | undefined => (v?.trim() ? v : undefined);

/** The group's active plan as open data (the newest one if several are active). */
export async function openData(db: Db, group: PublishedGroup): Promise<OpenData> {
  const plan = await db.plan.findFirst({
    where: { groupId: group.id, active: true },
    orderBy: { id: "desc" },
    select: { id: true, name: true },
  });
  if (!plan) return { activities: [], history: [] };
  const rows = await db.activity.findMany({
    where: { planId: plan.id },
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      party: true,
      commitment: true,
      responsibleOrg: true,
      commissioner: true,
      partners: true,
      followUp: true,
      dueDate: true,
      status: true,
      statusChangedAt: true,
      updatedAt: true,
      principle: { select: { name: true } },
      owners: { select: { member: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      statusUpdates: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          status: true,
          comment: true,
          hiddenAt: true,
          createdAt: true,
          source: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  const history: OpenStatusUpdate[] = [];
  let modified: Date | undefined;
  const later = (d: Date) => {
    if (!modified || d > modified) modified = d;
  };
  const activities = rows.map((r): OpenActivity => {
    later(r.updatedAt);
    for (const u of r.statusUpdates) {
      later(u.createdAt);
      const comment = u.hiddenAt ? undefined : some(u.comment);
      const author = group.showNames ? u.author?.name : undefined;
      history.push({
        number: r.number,
        title: r.title,
        at: u.createdAt,
        status: u.status,
        source: u.source,
        ...(comment ? { comment } : {}),
        ...(author ? { author } : {}),
      });
    }
    const optional = {
      principle: some(r.principle?.name ?? null),
      commitment: some(r.commitment),
      responsibleOrg: some(r.responsibleOrg),
      commissioner: some(r.commissioner),
      partners: some(r.partners),
      followUp: some(r.followUp),
      dueDate: r.dueDate ? dateColumnToLocalDate(r.dueDate) : undefined,
      statusChangedAt: r.statusChangedAt ?? undefined,
    };
    return {
      plan: plan.name,
      number: r.number,
      title: r.title,
      party: r.party,
      owners: group.showNames ? r.owners.map((o) => o.member.name) : [],
      status: r.status,
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
  });
  history.sort((a, b) => a.at.getTime() - b.at.getTime() || a.number - b.number);
  return { plan: plan.name, activities, history, ...(modified ? { modified } : {}) };
}
