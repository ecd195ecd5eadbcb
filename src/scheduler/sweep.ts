// One sweep: "as of `now`, what should have been sent and is still relevant?" Each job proposes
// candidates (keys and targets); keys already in the outbox are dropped before any content is built;
// the rest are inserted with ON CONFLICT DO NOTHING, so sweeps that overlap (two replicas, a restart
// mid-sweep) store each notification once. A sweep sends nothing itself: the dispatcher does.
import type { Logger } from "pino";
import { addDays } from "../core/calendar.ts";
import type { LocalDate } from "../core/local-date.ts";
import { MAX_OFFSET_DAYS } from "../core/reminders/settings.ts";
import type { Agenda } from "../core/replies/meeting-replies.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { enqueue, existingKeys, lastDigestAt, type NewOutboxMessage } from "../services/outbox.ts";
import { type ActivityRow, loadActivityRows } from "./activity-rows.ts";
import { gatherAgendas } from "./agenda-bulk.ts";
import type { Candidate } from "./candidate.ts";
import { deadlineReminderCandidates } from "./deadline-reminders.ts";
import { buildDigest, digestCandidates, digestOpen, digestSince } from "./digest-job.ts";
import {
  agendaPostedAt,
  followUpCandidates,
  loadMeetings,
  markHandledAgendaItems,
  meetingPostCandidates,
  nextAndLast,
} from "./meeting-jobs.ts";
import { type GroupContext, loadGroupContexts, loadMembers } from "./sweep-context.ts";

export interface SweepResult {
  /** Notifications due now (including those already in the outbox). */
  due: number;
  /** New outbox rows written by this sweep, by kind (skipped digests included). */
  enqueued: number;
  byKind: Record<string, number>;
  /** Agenda items marked handled because their meeting is over. */
  handledAgendaItems: number;
}

const pairKey = (c: Candidate) => `${c.activityId}|${c.target.type === "member" ? c.target.memberId : ""}`;

export async function sweep(prisma: PrismaClient, logger: Logger, now: Date): Promise<SweepResult> {
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

  // Activities: one query for every group with a plan; the furthest deadline any reminder can be about.
  const withPlan = contexts.filter((c) => c.plan);
  const contextOfPlan = new Map(withPlan.map((c) => [c.plan?.id as number, c]));
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
  for (const groupId of digestWeeks.keys()) {
    const since = digestSince(lastDigests.get(groupId), now);
    if (!changedAfter || since < changedAfter) changedAfter = since;
  }
  const rows =
    dueUntil && overdueOn
      ? await loadActivityRows(
          prisma,
          withPlan.map((c) => c.plan?.id as number),
          { dueUntil, overdueOn, changedAfter },
        )
      : [];
  const rowsOfGroup = new Map<number, ActivityRow[]>();
  for (const r of rows) {
    const g = contextOfPlan.get(r.planId)?.group.id;
    if (g === undefined) continue;
    const list = rowsOfGroup.get(g);
    if (list) list.push(r);
    else rowsOfGroup.set(g, [r]);
  }
  const ownerGroups = [
    ...new Set(
      rows.filter((r) => r.ownerIds.length).map((r) => contextOfPlan.get(r.planId)?.group.id as number),
    ),
  ];
  const members = await loadMembers(prisma, ownerGroups);

  const nextMeetings: { ctx: GroupContext; meeting: NonNullable<ReturnType<typeof nextAndLast>["next"]> }[] =
    [];
  const endedMeetingIds: number[] = [];
  for (const ctx of contexts) {
    const list = meetings.get(ctx.group.id) ?? [];
    const { next } = nextAndLast(list, now);
    if (next) nextMeetings.push({ ctx, meeting: next });
    for (const m of list) if ((m.endsAt ?? m.startsAt) <= now) endedMeetingIds.push(m.id);
  }
  const posted = await agendaPostedAt(prisma, nextMeetings);

  // Agendas are gathered in bulk, on first use, for the groups whose agenda is still to be written.
  let agendaGroups = new Set<number>();
  let agendas: Promise<Map<number, Agenda>> | undefined;
  const agendaOf = async (groupId: number): Promise<Agenda> => {
    agendas ??= gatherAgendas(
      prisma,
      nextMeetings.filter((e) => agendaGroups.has(e.ctx.group.id)),
      now,
    );
    const agenda = (await agendas).get(groupId);
    if (!agenda) throw new Error(`no agenda gathered for group ${groupId}`);
    return agenda;
  };

  const candidates: Candidate[] = [];
  const followUps = new Set<string>();
  for (const ctx of contexts) {
    const list = meetings.get(ctx.group.id) ?? [];
    const { next, last } = nextAndLast(list, now);
    candidates.push(...meetingPostCandidates(ctx, next, now, posted, agendaOf));
    const groupRows = rowsOfGroup.get(ctx.group.id) ?? [];
    for (const c of followUpCandidates(ctx, last, groupRows, members, now)) {
      candidates.push(c);
      followUps.add(pairKey(c));
    }
    const week = digestWeeks.get(ctx.group.id);
    if (week) {
      const since = digestSince(lastDigests.get(ctx.group.id), now);
      candidates.push(...digestCandidates(ctx, week, () => buildDigest(ctx, week, groupRows, since, next)));
    }
  }
  // A weekly overdue reminder on the day of a follow-up about the same activity would say it twice.
  for (const c of deadlineReminderCandidates(contextOfPlan, rows, members, now)) {
    if (!followUps.has(pairKey(c))) candidates.push(c);
  }

  const unique = new Map(candidates.map((c) => [c.dedupeKey, c]));
  const existing = await existingKeys(prisma, [...unique.keys()]);
  const toBuild = [...unique.values()].filter((c) => !existing.has(c.dedupeKey));
  agendaGroups = new Set(toBuild.filter((c) => c.kind === "agenda").map((c) => c.groupId));
  const messages: NewOutboxMessage[] = [];
  for (const c of toBuild) {
    const built = await c.build();
    messages.push({
      kind: c.kind,
      dedupeKey: c.dedupeKey,
      groupId: c.groupId,
      target: c.target,
      reply: built.reply,
      ...(built.state ? { state: built.state } : {}),
    });
  }
  const enqueued = await enqueue(prisma, messages, now);
  const byKind: Record<string, number> = {};
  for (const m of messages) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  const handledAgendaItems = await markHandledAgendaItems(prisma, endedMeetingIds);
  if (enqueued) logger.info({ enqueued, byKind }, "sweep enqueued notifications");
  return { due: unique.size, enqueued, byKind, handledAgendaItems };
}
