// What a sweep reads, once and in bulk for every group, before any job decides anything: the groups
// with their settings and channels, their meetings, when the next meetings' agendas went out, which
// digests are due, one query for the activities of every plan, one for the open tasks with a date,
// and the members those activities and tasks are for.
import type { Logger } from "pino";
import { addDays } from "../core/calendar.ts";
import type { LocalDate } from "../core/local-date.ts";
import { MAX_OFFSET_DAYS } from "../core/reminders/settings.ts";
import type { Agenda } from "../core/replies/meeting-replies.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { type ActivityRow, loadActivityRows } from "../db/sql/activities.ts";
import { openRound, type RoundState, roundState } from "../services/follow-up-round.ts";
import { lastDigestAt } from "../services/outbox.ts";
import { gatherAgendas } from "./agenda-bulk.ts";
import type { GroupSweep, Sweep } from "./job.ts";
import { digestOpen, digestSince } from "./jobs/digest.ts";
import { agendaPostedAt, loadMeetings, nextAndLast } from "./meeting-data.ts";
import { type GroupContext, loadGroupContexts, loadMembers } from "./sweep-context.ts";
import { loadTaskRows } from "./task-data.ts";

export interface LoadedSweep extends Sweep {
  /** Meetings that have ended, whose posted agenda items now count as handled. */
  /** The groups whose agenda is to be written: only theirs are gathered when one is first asked for. */
  gatherAgendasFor(groupIds: Iterable<number>): void;
}

export async function loadSweep(prisma: PrismaClient, logger: Logger, now: Date): Promise<LoadedSweep> {
  const contexts = await loadGroupContexts(prisma, now, (groupId, problems) =>
    logger.warn({ group: groupId, problems }, "group settings invalid in part; defaults used"),
  );
  const meetings = await loadMeetings(prisma, now);

  const digestWeeks = new Map<number, string>();
  for (const ctx of contexts) {
    const week = digestOpen(ctx, now);
    if (week) digestWeeks.set(ctx.group.id, week);
  }
  const lastDigests = await lastDigestAt(prisma, [...digestWeeks.keys()]);
  const digestOf = (groupId: number) => {
    const week = digestWeeks.get(groupId);
    return week ? { week, since: digestSince(lastDigests.get(groupId), now) } : undefined;
  };

  const rowsOfPlan = await loadRows(prisma, contexts, [...digestWeeks.keys()].map(digestOf));
  const tasksOf = await loadTaskRows(prisma, contexts);
  const ownerGroups = contexts
    .filter(
      (c) => (c.plan && rowsOfPlan.get(c.plan.id)?.some((r) => r.ownerIds.length)) || tasksOf.has(c.group.id),
    )
    .map((c) => c.group.id);
  const members = await loadMembers(prisma, ownerGroups);

  const rounds = await loadRounds(prisma, contexts);

  const groups: GroupSweep[] = contexts.map((ctx) => {
    const list = meetings.get(ctx.group.id) ?? [];
    const digest = digestOf(ctx.group.id);
    return {
      ctx,
      // Agendas, follow-ups and the digest's next meeting are the council's.
      ...nextAndLast(
        list.filter((m) => m.workingGroupId === null),
        now,
      ),
      workingGroupMeetings: list.filter((m) => m.workingGroupId !== null && m.startsAt > now),
      ...(digest ? { digest } : {}),
      rows: ctx.plan ? (rowsOfPlan.get(ctx.plan.id) ?? []) : [],
      tasks: tasksOf.get(ctx.group.id) ?? [],
      ...(rounds.has(ctx.group.id) ? { round: rounds.get(ctx.group.id) as RoundState } : {}),
    };
  });
  const posted = await agendaPostedAt(
    prisma,
    groups.flatMap((g) => (g.next ? [g.next.id] : [])),
  );
  for (const g of groups) {
    const at = g.next && posted.get(g.next.id);
    if (at) g.agendaPostedAt = at;
  }

  let agendaGroups = new Set<number>();
  let agendas: Promise<Map<number, Agenda>> | undefined;
  return {
    now,
    groups,
    members,
    gatherAgendasFor(groupIds) {
      agendaGroups = new Set(groupIds);
    },
    async agendaOf(groupId) {
      agendas ??= gatherAgendas(
        prisma,
        groups.flatMap((g) =>
          g.next && agendaGroups.has(g.ctx.group.id) ? [{ ctx: g.ctx, meeting: g.next }] : [],
        ),
        now,
      );
      const agenda = (await agendas).get(groupId);
      if (!agenda) throw new Error(`no agenda gathered for group ${groupId}`);
      return agenda;
    },
  };
}

/**
 * One query for every group with a plan: open activities up to the furthest deadline any reminder or
 * digest can be about, every overdue one, and those changed since the earliest digest's "since".
 */
async function loadRows(
  prisma: PrismaClient,
  contexts: readonly GroupContext[],
  digests: readonly ({ since: Date } | undefined)[],
): Promise<Map<number, ActivityRow[]>> {
  const withPlan = contexts.filter((c) => c.plan);
  let dueUntil: LocalDate | undefined;
  let overdueOn: LocalDate | undefined;
  for (const c of withPlan) {
    if (!overdueOn || c.today < overdueOn) overdueOn = c.today;
    const ahead = Math.max(
      c.settings.reminders.enabled ? Math.max(0, ...c.settings.reminders.daysBefore) : 0,
      c.settings.digest.horizonDays,
    );
    const until = addDays(c.today, Math.min(ahead, MAX_OFFSET_DAYS) + 7);
    if (!dueUntil || until > dueUntil) dueUntil = until;
  }
  let changedAfter: Date | undefined;
  for (const d of digests) if (d && (!changedAfter || d.since < changedAfter)) changedAfter = d.since;
  const result = new Map<number, ActivityRow[]>();
  if (!dueUntil || !overdueOn) return result;
  const rows = await loadActivityRows(
    prisma,
    withPlan.map((c) => c.plan?.id as number),
    { dueUntil, overdueOn, changedAfter },
  );
  for (const r of rows) {
    const list = result.get(r.planId);
    if (list) list.push(r);
    else result.set(r.planId, [r]);
  }
  return result;
}

/** The open follow-up round of each group that has one, with its answers so far. */
async function loadRounds(
  prisma: PrismaClient,
  contexts: readonly GroupContext[],
): Promise<Map<number, RoundState>> {
  const result = new Map<number, RoundState>();
  const open = await prisma.followUpRound.findMany({ where: { closedAt: null }, select: { groupId: true } });
  const withRound = new Set(open.map((r) => r.groupId));
  for (const ctx of contexts) {
    if (!withRound.has(ctx.group.id)) continue;
    const round = await openRound(prisma, ctx.group);
    if (round) result.set(ctx.group.id, await roundState(prisma, round));
  }
  return result;
}
