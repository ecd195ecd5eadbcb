// The year's follow-up round: opened by a samordnare, answered by members (self-assessments of the
// goals, follow-up texts on activities, lessons learned), closed by a samordnare. One per group and
// year. What a round has and lacks is read in one place (`roundState`) for the progress reply, the
// scheduler's requests and reminders, and the statusrapport.
import type { ActivityStatus } from "../core/activity-status.ts";
import type { LocalDate } from "../core/local-date.ts";
import { dateColumnToLocalDate, localDateAt } from "../core/zoned-time.ts";
import type { Db } from "./deps.ts";

export interface RoundRef {
  id: number;
  groupId: number;
  planId: number;
  planName: string;
  year: number;
  closesOn?: LocalDate;
  openedOn: LocalDate;
  closedOn?: LocalDate;
}

export interface RoundActivity {
  id: number;
  number: number;
  title: string;
  status: ActivityStatus;
  followUp?: string;
  ownerIds: number[];
}

export interface RoundState {
  round: RoundRef;
  goals: { id: number; number: number; text: string }[];
  /** The group's current members, in name order. */
  members: { id: number; name: string; quietUntil?: LocalDate }[];
  /** The plan's activities that are asked about: those with owners, not struck out. */
  activities: RoundActivity[];
  /** Goal ids each member has assessed. */
  assessed: Map<number, Set<number>>;
  /** "activityId|memberId" of each follow-up text written. */
  texts: Set<string>;
  /** Activity ids with at least one follow-up text. */
  activitiesWithText: Set<number>;
  lessonsBy: Map<number, number>;
  lessons: number;
}

type RoundRow = {
  id: number;
  groupId: number;
  planId: number;
  year: number;
  closesOn: Date | null;
  openedAt: Date;
  closedAt: Date | null;
  plan: { name: string };
};

export function toRoundRef(r: RoundRow, timeZone: string): RoundRef {
  return {
    id: r.id,
    groupId: r.groupId,
    planId: r.planId,
    planName: r.plan.name,
    year: r.year,
    ...(r.closesOn ? { closesOn: dateColumnToLocalDate(r.closesOn) } : {}),
    openedOn: localDateAt(r.openedAt, timeZone),
    ...(r.closedAt ? { closedOn: localDateAt(r.closedAt, timeZone) } : {}),
  };
}

const withPlan = { plan: { select: { name: true } } } as const;

/** The group's open round, if any (at most one is open at a time). */
export async function openRound(
  db: Db,
  group: { id: number; timeZone: string },
): Promise<RoundRef | undefined> {
  const r = await db.followUpRound.findFirst({
    where: { groupId: group.id, closedAt: null },
    orderBy: { year: "desc" },
    include: withPlan,
  });
  return r ? toRoundRef(r, group.timeZone) : undefined;
}

export async function roundOfYear(
  db: Db,
  group: { id: number; timeZone: string },
  year: number,
): Promise<RoundRef | undefined> {
  const r = await db.followUpRound.findUnique({
    where: { groupId_year: { groupId: group.id, year } },
    include: withPlan,
  });
  return r ? toRoundRef(r, group.timeZone) : undefined;
}

/** The latest round, open or closed: the one an answer after closing is refused by. */
export async function latestRound(
  db: Db,
  group: { id: number; timeZone: string },
): Promise<RoundRef | undefined> {
  const r = await db.followUpRound.findFirst({
    where: { groupId: group.id },
    orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { year: "desc" }],
    include: withPlan,
  });
  return r ? toRoundRef(r, group.timeZone) : undefined;
}

export async function roundState(db: Db, round: RoundRef): Promise<RoundState> {
  const [goals, members, activities, assessments, texts, lessons] = await Promise.all([
    db.goal.findMany({
      where: { planId: round.planId },
      orderBy: [{ number: "asc" }],
      select: { id: true, number: true, text: true },
    }),
    db.member.findMany({
      where: { groupId: round.groupId, leftAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, quietUntil: true },
    }),
    db.activity.findMany({
      where: { planId: round.planId, status: { not: "struken" }, owners: { some: {} } },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        followUp: true,
        owners: { select: { memberId: true } },
      },
    }),
    db.goalAssessment.findMany({ where: { roundId: round.id }, select: { goalId: true, memberId: true } }),
    db.roundActivityText.findMany({
      where: { roundId: round.id },
      select: { activityId: true, memberId: true },
    }),
    db.roundLesson.findMany({ where: { roundId: round.id }, select: { memberId: true } }),
  ]);
  const assessed = new Map<number, Set<number>>();
  for (const a of assessments) {
    const set = assessed.get(a.memberId) ?? new Set<number>();
    set.add(a.goalId);
    assessed.set(a.memberId, set);
  }
  const lessonsBy = new Map<number, number>();
  for (const l of lessons)
    if (l.memberId !== null) lessonsBy.set(l.memberId, (lessonsBy.get(l.memberId) ?? 0) + 1);
  return {
    round,
    goals,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      ...(m.quietUntil ? { quietUntil: dateColumnToLocalDate(m.quietUntil) } : {}),
    })),
    activities: activities.map((a) => ({
      id: a.id,
      number: a.number,
      title: a.title,
      status: a.status,
      ...(a.followUp ? { followUp: a.followUp } : {}),
      ownerIds: a.owners.map((o) => o.memberId),
    })),
    assessed,
    texts: new Set(texts.map((t) => `${t.activityId}|${t.memberId}`)),
    activitiesWithText: new Set(texts.map((t) => t.activityId)),
    lessonsBy,
    lessons: lessons.length,
  };
}

/** What a member has left to answer: goals not assessed, and owned activities without their text. */
export function missingOf(state: RoundState, memberId: number) {
  const assessed = state.assessed.get(memberId) ?? new Set<number>();
  const goals = state.goals.filter((g) => !assessed.has(g.id));
  const owned = state.activities.filter((a) => a.ownerIds.includes(memberId));
  const texts = owned.filter((a) => !state.texts.has(`${a.id}|${memberId}`));
  return { goals, owned, texts };
}
