// The agendas of many groups' next meetings at once, for a sweep: read in five queries in all instead
// of about ten per group, and built by the same `buildAgenda` as the `agenda` command's. A test
// checks that both give the same agenda.
import { type AgendaMeeting, agendaHorizon, buildAgenda } from "../core/agenda.ts";
import type { Agenda } from "../core/replies/meeting-replies.ts";
import { localDateAt } from "../core/zoned-time.ts";
import type { Meeting, PrismaClient } from "../db/generated/client.ts";
import { type ActivityRow, loadActivityRows } from "../db/sql/activities.ts";
import { AGENDA_ORDER, COUNCIL, HELD, toMeetingView } from "../services/meetings.ts";
import { previousMinutesFollowUps } from "../services/minutes-follow-up.ts";
import type { GroupContext } from "./sweep-context.ts";

export async function gatherAgendas(
  prisma: PrismaClient,
  entries: readonly { ctx: GroupContext; meeting: Meeting }[],
  now: Date,
): Promise<Map<number, Agenda>> {
  const result = new Map<number, Agenda>();
  if (entries.length === 0) return result;
  const groupIds = entries.map((e) => e.ctx.group.id);
  const [upcoming, previous, items] = await Promise.all([
    prisma.meeting.findMany({
      where: { groupId: { in: groupIds }, startsAt: { gte: now }, ...HELD, ...COUNCIL },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    }),
    prisma.meeting.findMany({
      where: { groupId: { in: groupIds }, startsAt: { lt: now }, ...HELD, ...COUNCIL },
      orderBy: [{ groupId: "asc" }, { startsAt: "desc" }],
      distinct: ["groupId"],
    }),
    prisma.agendaItem.findMany({
      where: { groupId: { in: groupIds }, handledAt: null },
      include: { proposer: { select: { name: true } }, meeting: { select: { startsAt: true } } },
      orderBy: AGENDA_ORDER,
    }),
  ]);
  const following = new Map<number, Meeting>();
  const seen = new Map<number, number>();
  for (const m of upcoming) {
    const n = (seen.get(m.groupId) ?? 0) + 1;
    seen.set(m.groupId, n);
    if (n === 2) following.set(m.groupId, m);
  }
  const previousOf = new Map(previous.map((m) => [m.groupId, m]));
  const view = (m: Meeting, ctx: GroupContext): AgendaMeeting => ({
    view: toMeetingView(m, ctx.group.timeZone),
    startsAt: m.startsAt,
  });

  // One activity query for all plans: the widest horizon, the earliest today, the earliest previous meeting.
  let dueUntil: string | undefined;
  let overdueOn: string | undefined;
  let changedAfter: Date | undefined;
  const plans: number[] = [];
  for (const { ctx, meeting } of entries) {
    const tz = ctx.group.timeZone;
    const next = following.get(ctx.group.id);
    const horizon = agendaHorizon(
      localDateAt(meeting.startsAt, tz),
      next && localDateAt(next.startsAt, tz),
      ctx.today,
    );
    if (!dueUntil || horizon > dueUntil) dueUntil = horizon;
    if (!overdueOn || ctx.today < overdueOn) overdueOn = ctx.today;
    const since = previousOf.get(ctx.group.id)?.startsAt ?? new Date(0);
    if (!changedAfter || since < changedAfter) changedAfter = since;
    if (ctx.plan) plans.push(ctx.plan.id);
  }
  const rows = await loadActivityRows(prisma, plans, {
    dueUntil: dueUntil as string,
    overdueOn: overdueOn as string,
    changedAfter,
  });
  const followUps = await previousMinutesFollowUps(
    prisma,
    entries.flatMap(({ ctx }) => {
      const prev = previousOf.get(ctx.group.id);
      return prev ? [{ id: prev.id, timeZone: ctx.group.timeZone }] : [];
    }),
  );
  const rowsOfPlan = new Map<number, ActivityRow[]>();
  for (const r of rows) {
    const list = rowsOfPlan.get(r.planId);
    if (list) list.push(r);
    else rowsOfPlan.set(r.planId, [r]);
  }

  for (const { ctx, meeting } of entries) {
    const prev = previousOf.get(ctx.group.id);
    const next = following.get(ctx.group.id);
    result.set(
      ctx.group.id,
      buildAgenda({
        meeting: view(meeting, ctx),
        ...(prev ? { previous: view(prev, ctx) } : {}),
        ...(next ? { following: toMeetingView(next, ctx.group.timeZone) } : {}),
        points: items
          .filter((i) => i.groupId === ctx.group.id)
          .map((i) => ({
            text: i.text,
            ...(i.proposer ? { by: i.proposer.name } : {}),
            ...(i.meeting ? { forMeetingAt: i.meeting.startsAt } : {}),
            ...(i.deferredPast ? { deferredPast: i.deferredPast } : {}),
          })),
        activities: ctx.plan ? (rowsOfPlan.get(ctx.plan.id) ?? []) : [],
        today: ctx.today,
        ...(prev ? followUps.get(prev.id) : {}),
      }),
    );
  }
  return result;
}
