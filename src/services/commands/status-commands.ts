// `status <nr> <status> [kommentar]` and `status <nr>`.
import { activitySummary } from "../../core/activity-rules.ts";
import { DomainError } from "../../core/domain-error.ts";
import {
  statusChangedReply,
  statusHistoryReply,
  statusUnchangedReply,
} from "../../core/replies/activity-replies.ts";
import type { ActivityView } from "../../core/reply.ts";
import { activityNotFound, activityView, cardView, toUpdateView } from "../activities.ts";
import type { Db } from "../deps.ts";
import type { PlanRef } from "../groups.ts";
import { recordStatus } from "../status-updates.ts";
import type { Handler } from "./handler.ts";

export const HISTORY_LENGTH = 10;
const CARD_UPDATES = 3;

export const setStatus: Handler<"status_set"> = async (cmd, env) => {
  const { db } = env;
  const plan = await env.plan();
  if (cmd.activity !== undefined) await refuseOtherPlan(db, env.ctx.group.id, plan, cmd.number, cmd.activity);
  // The card is read by the writing statement, as it was before, and the new update is applied to
  // it: the reply costs no second read. When nothing was stored the card is read again if it may
  // have moved meanwhile, since the stored state is the truth then.
  const written = await recordStatus(db, env.ctx, plan, cmd.number, {
    status: cmd.status,
    comment: cmd.comment,
    now: env.now,
    updateCount: CARD_UPDATES,
  });
  if (!written) return activityNotFound(db, plan, cmd.number);
  const { recorded } = written;
  const before = cardView(written.before, env.ctx.group, plan, env.today);
  env.deps.logger.info(
    { activity: cmd.number, status: cmd.status, member: env.ctx.actor.memberId, outcome: recorded.outcome },
    "status recorded",
  );
  if (recorded.outcome !== "stored") {
    const current =
      recorded.outcome === "unchanged" && before.status === cmd.status
        ? before
        : await activityView(db, env.ctx.group, plan, cmd.number, env.today, CARD_UPDATES);
    if (recorded.outcome === "unchanged") return statusUnchangedReply(env.texts, current);
    return statusChangedReply(env.texts, {
      activity: current,
      previous: before.status,
      by: env.ctx.actor.name,
      duplicate: true,
    });
  }
  const view: ActivityView = {
    ...before,
    ...activitySummary({ ...before, status: cmd.status }, env.today),
    updates: [
      toUpdateView(
        {
          status: cmd.status,
          comment: cmd.comment ?? null,
          createdAt: recorded.at,
          author: { name: env.ctx.actor.name },
        },
        env.ctx.group.timeZone,
      ),
      ...before.updates,
    ].slice(0, CARD_UPDATES),
  };
  return statusChangedReply(env.texts, {
    activity: view,
    previous: before.status,
    by: env.ctx.actor.name,
    ...(cmd.comment ? { comment: cmd.comment } : {}),
    duplicate: false,
  });
};

export const showStatus: Handler<"status_show"> = async (cmd, env) => {
  const plan = await env.plan();
  return statusHistoryReply(
    env.texts,
    await activityView(env.db, env.ctx.group, plan, cmd.number, env.today, HISTORY_LENGTH),
  );
};

/**
 * A button carries the activity its card showed. When that activity is not in the active plan (the
 * card is from an earlier plan), the press is refused with the plan that is active, and where the
 * activity continues if it was carried over; nothing is written.
 */
async function refuseOtherPlan(
  db: Db,
  groupId: number,
  plan: PlanRef,
  number: number,
  activityId: number,
): Promise<void> {
  const shown = await db.activity.findUnique({
    where: { id: activityId },
    select: { planId: true, number: true, plan: { select: { name: true, groupId: true } } },
  });
  // Another group's id says nothing here (the number is what counts, as when typed).
  if (!shown || shown.planId === plan.id || shown.plan.groupId !== groupId) return;
  const continued = await db.activity.findFirst({
    where: { planId: plan.id, continuesFromId: activityId },
    select: { number: true },
  });
  throw new DomainError({
    code: "activity_in_other_plan",
    number,
    planName: shown.plan.name,
    activePlan: plan.name,
    ...(continued ? { continuesAs: continued.number } : {}),
  });
}
