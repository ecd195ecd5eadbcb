// `status <nr> <status> [kommentar]` and `status <nr>`.
import { statusChangedReply, statusHistoryReply } from "../../core/replies/activity-replies.js";
import { activityView } from "../activities.js";
import { recordStatus } from "../status-updates.js";
import type { Handler } from "./handler.js";

export const HISTORY_LENGTH = 10;

export const setStatus: Handler<"status_set"> = async (cmd, env) => {
  const plan = await env.plan();
  const recorded = await recordStatus(
    env.deps.prisma,
    env.ctx,
    plan,
    cmd.number,
    cmd.status,
    cmd.comment,
    env.now,
  );
  const view = await activityView(env.deps.prisma, env.ctx.group, plan, cmd.number, env.today);
  env.deps.logger.info(
    {
      activity: cmd.number,
      status: cmd.status,
      member: env.ctx.actor.memberId,
      duplicate: recorded.duplicate,
    },
    "status recorded",
  );
  return statusChangedReply({
    activity: view,
    previous: recorded.previous,
    by: env.ctx.actor.name,
    ...(cmd.comment ? { comment: cmd.comment } : {}),
    duplicate: recorded.duplicate,
  });
};

export const showStatus: Handler<"status_show"> = async (cmd, env) => {
  const plan = await env.plan();
  return statusHistoryReply(
    await activityView(env.deps.prisma, env.ctx.group, plan, cmd.number, env.today, HISTORY_LENGTH),
  );
};
