// The weekly digest to each channel: due within the horizon, overdue, and updated since the last
// digest. Decided once a week: an empty one is stored as "skipped", so it is not reconsidered later.
import { activitySummary, isOverdue } from "../../core/activity-rules.ts";
import { isClosed } from "../../core/activity-status.ts";
import { addDays } from "../../core/calendar.ts";
import { dedupeKey, notificationKey } from "../../core/reminders/keys.ts";
import { digestWindow, isWithin } from "../../core/reminders/schedule.ts";
import { type Digest, digestReply, isDigestEmpty } from "../../core/replies/reminder-replies.ts";
import type { Meeting } from "../../db/generated/client.ts";
import type { ActivityRow } from "../../db/sql/activities.ts";
import { toMeetingView } from "../../services/meetings.ts";
import type { Candidate } from "../candidate.ts";
import type { SchedulerJob } from "../job.ts";
import type { GroupContext } from "../sweep-context.ts";

/** Without an earlier digest, "updated" means the last seven days. */
const FIRST_DIGEST_LOOKBACK_MS = 7 * 86_400_000;

/** The ISO week whose digest is due now for the group, if its window is open. */
export function digestOpen(ctx: GroupContext, now: Date): string | undefined {
  if (!ctx.settings.digest.enabled) return undefined;
  const w = digestWindow(ctx.today, ctx.settings.digest, ctx.group.timeZone);
  return isWithin(w, now) ? w.week : undefined;
}

export function digestSince(last: Date | undefined, now: Date): Date {
  return last ?? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS);
}

export function buildDigest(
  ctx: GroupContext,
  week: string,
  rows: readonly ActivityRow[],
  since: Date,
  nextMeeting: Meeting | undefined,
): Digest {
  const { today } = ctx;
  const horizon = addDays(today, ctx.settings.digest.horizonDays);
  const overdue = (r: ActivityRow) => isOverdue(r.dueDate, r.status, today);
  const byDue = (a: ActivityRow, b: ActivityRow) =>
    (a.dueDate ?? "").localeCompare(b.dueDate ?? "") || a.number - b.number;
  const pick = (f: (r: ActivityRow) => boolean, order = byDue) =>
    rows
      .filter(f)
      .sort(order)
      .map((r) => activitySummary(r, today));
  return {
    groupName: ctx.group.name,
    week,
    horizonDays: ctx.settings.digest.horizonDays,
    // An activity is in one section: one reported försenad is under "overdue" even before its deadline.
    dueSoon: pick(
      (r) =>
        !isClosed(r.status) &&
        !overdue(r) &&
        r.dueDate !== undefined &&
        r.dueDate >= today &&
        r.dueDate <= horizon,
    ),
    overdue: pick(overdue),
    updated: pick(
      (r) => r.statusChangedAt !== undefined && r.statusChangedAt > since,
      (a, b) => a.number - b.number,
    ),
    ...(nextMeeting ? { nextMeeting: toMeetingView(nextMeeting, ctx.group.timeZone) } : {}),
  };
}

export const digestJob: SchedulerJob = {
  name: "digest",
  due({ ctx, digest, rows, next }): Candidate[] {
    if (!digest) return [];
    const { week, since } = digest;
    let built: Digest | undefined;
    // Built once for all the group's channels.
    const build = () => {
      built ??= buildDigest(ctx, week, rows, since, next);
      return {
        reply: digestReply(built),
        state: isDigestEmpty(built) ? ("skipped" as const) : ("pending" as const),
      };
    };
    return ctx.channelTargets.map((target) => ({
      kind: "digest" as const,
      dedupeKey: dedupeKey(notificationKey.digest(ctx.group.id, week), target),
      groupId: ctx.group.id,
      target,
      build,
    }));
  },
};
