// `ansvarig <nr> <person>` and `deadline <nr> <datum>` (samordnare and admin only; checked before).
// Asking for what already is (an owner who is one, the deadline it has) changes nothing and says so.
import {
  deadlineChangedReply,
  deadlineUnchangedReply,
  ownerChangedReply,
  ownerUnchangedReply,
} from "../../core/replies/change-replies.ts";
import { localDateToDateColumn } from "../../core/zoned-time.ts";
import { dueDateForUpdate } from "../../db/sql/activities.ts";
import { activityView, requireActivity } from "../activities.ts";
import { recordChanges } from "../activity-changes.ts";
import { findMemberByQuery } from "../members.ts";
import { addOwner, removeOwner } from "../owners.ts";
import type { Handler } from "./handler.ts";

export const changeOwner: Handler<"owner"> = async (cmd, env) => {
  const { db } = env;
  const plan = await env.plan();
  const activity = await requireActivity(db, plan, cmd.number);
  // A former member can still be taken off an activity, but not given one.
  const member = await findMemberByQuery(db, env.ctx.group.id, cmd.person, { former: cmd.remove });
  const changed = cmd.remove
    ? await removeOwner(db, activity.id, member.id)
    : await addOwner(db, activity.id, member.id);
  if (changed) {
    const [oldValue, newValue] = cmd.remove ? [member.name, null] : [null, member.name];
    await recordChanges(db, env.ctx, activity.id, [{ field: "owner", oldValue, newValue }], env.now);
  }
  const view = await activityView(db, env.ctx.group, plan, cmd.number, env.today);
  return changed
    ? ownerChangedReply(env.texts, view, member.name, cmd.remove)
    : ownerUnchangedReply(env.texts, view, member.name, cmd.remove);
};

export const changeDeadline: Handler<"deadline"> = async (cmd, env) => {
  const { db } = env;
  const plan = await env.plan();
  const activity = await requireActivity(db, plan, cmd.number);
  const before = await dueDateForUpdate(db, activity.id);
  if (before !== cmd.date) {
    await db.activity.update({
      where: { id: activity.id },
      data: { dueDate: localDateToDateColumn(cmd.date) },
    });
    const change = { field: "deadline", oldValue: before ?? null, newValue: cmd.date };
    await recordChanges(db, env.ctx, activity.id, [change], env.now);
  }
  const view = await activityView(db, env.ctx.group, plan, cmd.number, env.today);
  if (before === cmd.date) return deadlineUnchangedReply(env.texts, view);
  return deadlineChangedReply(env.texts, view, {
    ...(before ? { previous: before } : {}),
    ...(cmd.byWeek ? { byWeek: true } : {}),
    ...(cmd.droppedTime ? { droppedTime: cmd.droppedTime } : {}),
  });
};
