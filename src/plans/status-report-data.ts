// The year's statusrapport as data, the same for the Word document, the workbook, the Markdown and the
// web page: the title page's facts, the summary per party and per principle (each activity's status
// at the end of the year, share done, overdue), per principle its goals with the distribution of the
// self-assessments and their comments and its activities with the follow-up texts, the lessons
// learned, and the year's whole status history. Every principle of the plan is in it, those without
// activities or goals too.
import { isOverdue } from "../core/activity-rules.ts";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../core/activity-status.ts";
import type { Party } from "../core/command.ts";
import type { LocalDate } from "../core/local-date.ts";
import { dateColumnToLocalDate, instantAt, wallClockAt } from "../core/zoned-time.ts";
import type { GroupRef } from "../services/actor.ts";
import type { Db } from "../services/deps.ts";
import { roundOfYear } from "../services/follow-up-round.ts";
import type { PlanRef } from "../services/groups.ts";
import { reportDate, scopePrinciple, statusesAt } from "../services/report.ts";

export const PARTIES: readonly Party[] = ["stad", "civilsamhalle", "gemensamt"];

export interface StatusCounts {
  /** A party's or a principle's name as the report shows it. */
  label: string;
  total: number;
  counts: Record<ActivityStatus, number>;
  /** Share of the activities that are klar, 0–1 (0 without activities). */
  done: number;
  overdue: number;
}

export interface GoalResult {
  number: number;
  text: string;
  /** How many chose each step, 1–4. */
  steps: [number, number, number, number];
  answers: number;
  /** The mean step, when anyone answered. */
  mean?: number;
  comments: { by: string; text: string }[];
}

export interface ActivityResult {
  number: number;
  title: string;
  party: Party;
  owners: string[];
  responsibleOrg?: string;
  /** The status at the end of the year (today within the current year). */
  status: ActivityStatus;
  dueDate?: LocalDate;
  overdue: boolean;
  followUp?: string;
  results: { by: string; text: string }[];
}

export interface PrincipleSection {
  name: string;
  goals: GoalResult[];
  activities: ActivityResult[];
}

export interface HistoryEntry {
  date: LocalDate;
  time: string;
  number: number;
  title: string;
  status: ActivityStatus;
  comment?: string;
  /** `dölj`: the comment stays out of the public page (the group's own document keeps it). */
  hidden?: true;
  by?: string;
}

export interface StatusReport {
  groupName: string;
  planName: string;
  period?: { from: LocalDate; to: LocalDate };
  year: number;
  /** The day the statuses are read at: 31 December, or today while the year runs. */
  asOf: LocalDate;
  /** The day it was made. */
  made: LocalDate;
  preparedBy?: string;
  scope: { principle?: string; party?: Party };
  /** The year's follow-up round, when the group had one. */
  round?: { openedOn: LocalDate; closesOn?: LocalDate; closedOn?: LocalDate };
  byParty: StatusCounts[];
  byPrinciple: StatusCounts[];
  total: StatusCounts;
  principles: PrincipleSection[];
  lessons: { by: string; text: string }[];
  history: HistoryEntry[];
}

export interface StatusReportRequest {
  year: number;
  principle?: string;
  party?: Party;
  preparedBy?: string;
  /** Names for the parties, in the report's language. */
  partyLabel: (p: Party) => string;
  /** The label of activities without a principle. */
  noPrinciple: string;
  total: string;
}

function counts(label: string, rows: readonly { status: ActivityStatus; overdue: boolean }[]): StatusCounts {
  const c = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const r of rows) c[r.status] += 1;
  return {
    label,
    total: rows.length,
    counts: c,
    done: rows.length ? c.klar / rows.length : 0,
    overdue: rows.filter((r) => r.overdue).length,
  };
}

export async function loadStatusReport(
  db: Db,
  group: GroupRef,
  plan: PlanRef,
  today: LocalDate,
  request: StatusReportRequest,
): Promise<StatusReport> {
  const asOf = reportDate(request.year, today);
  const principle = await scopePrinciple(db, plan.id, request.principle);
  const yearStart = instantAt(`${request.year}-01-01` as LocalDate, "00:00", group.timeZone);
  const yearEnd = instantAt(`${request.year + 1}-01-01` as LocalDate, "00:00", group.timeZone);
  const [stored, principles, rows, round] = await Promise.all([
    db.plan.findUnique({ where: { id: plan.id }, select: { periodFrom: true, periodTo: true } }),
    db.principle.findMany({
      where: { planId: plan.id, ...(principle ? { id: principle.id } : {}) },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { goals: { orderBy: [{ position: "asc" }, { number: "asc" }] } },
    }),
    db.activity.findMany({
      where: {
        planId: plan.id,
        ...(principle ? { principleId: principle.id } : {}),
        ...(request.party ? { party: request.party } : {}),
      },
      orderBy: { number: "asc" },
      include: {
        owners: { include: { member: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
        statusUpdates: {
          where: { createdAt: { gte: yearStart, lt: yearEnd } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          include: { author: { select: { name: true } } },
        },
      },
    }),
    roundOfYear(db, group, request.year),
  ]);
  const statuses = await statusesAt(
    db,
    rows.map((r) => r.id),
    asOf,
    group.timeZone,
  );
  const roundData = round
    ? await Promise.all([
        db.goalAssessment.findMany({
          where: { roundId: round.id },
          include: { member: { select: { name: true } } },
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
        }),
        db.roundActivityText.findMany({
          where: { roundId: round.id },
          include: { member: { select: { name: true } } },
          orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
        }),
        db.roundLesson.findMany({
          where: { roundId: round.id },
          include: { member: { select: { name: true } } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
      ])
    : undefined;
  const [assessments = [], texts = [], lessons = []] = roundData ?? [];

  const activity = (r: (typeof rows)[number]): ActivityResult & { principleId: number | null } => {
    const status = statuses.get(r.id)?.status ?? r.status;
    const dueDate = r.dueDate ? dateColumnToLocalDate(r.dueDate) : undefined;
    return {
      principleId: r.principleId,
      number: r.number,
      title: r.title,
      party: r.party,
      owners: r.owners.map((o) => o.member.name),
      ...(r.responsibleOrg ? { responsibleOrg: r.responsibleOrg } : {}),
      status,
      ...(dueDate ? { dueDate } : {}),
      overdue: isOverdue(dueDate, status, asOf),
      ...(r.followUp ? { followUp: r.followUp } : {}),
      results: texts.filter((x) => x.activityId === r.id).map((x) => ({ by: x.member.name, text: x.text })),
    };
  };
  const activities = rows.map(activity);
  const goal = (g: { id: number; number: number; text: string }): GoalResult => {
    const mine = assessments.filter((a) => a.goalId === g.id);
    const steps: [number, number, number, number] = [0, 0, 0, 0];
    for (const a of mine) steps[a.score - 1] = (steps[a.score - 1] ?? 0) + 1;
    return {
      number: g.number,
      text: g.text,
      steps,
      answers: mine.length,
      ...(mine.length ? { mean: mine.reduce((sum, a) => sum + a.score, 0) / mine.length } : {}),
      comments: mine.flatMap((a) => (a.comment ? [{ by: a.member.name, text: a.comment }] : [])),
    };
  };
  const sections: PrincipleSection[] = principles.map((p) => ({
    name: p.name,
    goals: p.goals.map(goal),
    activities: activities.filter((a) => a.principleId === p.id),
  }));
  const unplaced = activities.filter((a) => a.principleId === null);
  if (unplaced.length && !principle)
    sections.push({ name: request.noPrinciple, goals: [], activities: unplaced });

  const history: HistoryEntry[] = rows
    .flatMap((r) =>
      r.statusUpdates.map((u) => {
        const local = wallClockAt(u.createdAt, group.timeZone);
        return {
          at: u.createdAt.getTime(),
          id: u.id,
          entry: {
            date: local.date,
            time: local.time,
            number: r.number,
            title: r.title,
            status: u.status,
            ...(u.comment ? { comment: u.comment } : {}),
            ...(u.hiddenAt ? { hidden: true as const } : {}),
            ...(u.author ? { by: u.author.name } : {}),
          },
        };
      }),
    )
    .sort((a, b) => a.at - b.at || a.id - b.id)
    .map((h) => h.entry);

  const parties = request.party ? [request.party] : PARTIES;
  return {
    groupName: group.name,
    planName: plan.name,
    ...(stored?.periodFrom && stored.periodTo
      ? {
          period: {
            from: dateColumnToLocalDate(stored.periodFrom),
            to: dateColumnToLocalDate(stored.periodTo),
          },
        }
      : {}),
    year: request.year,
    asOf,
    made: today,
    ...(request.preparedBy ? { preparedBy: request.preparedBy } : {}),
    scope: {
      ...(principle ? { principle: principle.name } : {}),
      ...(request.party ? { party: request.party } : {}),
    },
    ...(round
      ? {
          round: {
            openedOn: round.openedOn,
            ...(round.closesOn ? { closesOn: round.closesOn } : {}),
            ...(round.closedOn ? { closedOn: round.closedOn } : {}),
          },
        }
      : {}),
    byParty: parties.map((p) =>
      counts(
        request.partyLabel(p),
        activities.filter((a) => a.party === p),
      ),
    ),
    byPrinciple: sections.map((s) => counts(s.name, s.activities)),
    total: counts(request.total, activities),
    principles: sections,
    lessons: lessons.map((l) => ({ by: l.member?.name ?? "", text: l.text })),
    history,
  };
}

/**
 * The report as a public page shows it: without the comments a samordnare hid with `dölj`, and
 * without the names of people unless the group has said `webb namn på`.
 */
export function forPublicPage(r: StatusReport, showNames: boolean): StatusReport {
  const shown = {
    ...r,
    history: r.history.map(({ comment, hidden, ...h }) => (hidden || !comment ? h : { ...h, comment })),
  };
  return showNames ? shown : withoutNames(shown);
}

/** The report without the names of people (the responsible organisations and parties stay). */
export function withoutNames(r: StatusReport): StatusReport {
  const { preparedBy: _preparedBy, ...rest } = r;
  return {
    ...rest,
    principles: r.principles.map((p) => ({
      ...p,
      goals: p.goals.map((g) => ({ ...g, comments: g.comments.map((c) => ({ ...c, by: "" })) })),
      activities: p.activities.map((a) => ({
        ...a,
        owners: [],
        results: a.results.map((x) => ({ ...x, by: "" })),
      })),
    })),
    lessons: r.lessons.map((l) => ({ ...l, by: "" })),
    history: r.history.map(({ by: _by, ...h }) => h),
  };
}
