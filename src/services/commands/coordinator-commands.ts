// `ansvarig <nr> <person>` and `deadline <nr> <datum>` (samordnare and admin only; checked before).
import { DomainError } from "../../core/domain-error.js";
import { deadlineChangedReply, ownerChangedReply } from "../../core/replies/change-replies.js";
import { dateColumnToLocalDate, localDateToDateColumn } from "../../core/zoned-time.js";
import { activityView, requireActivity } from "../activities.js";
import { findMemberByQuery } from "../members.js";
import type { Handler } from "./handler.js";

export const changeOwner: Handler<"owner"> = async (cmd, env) => {
  const { db } = env;
  const plan = await env.plan();
  const activity = await requireActivity(db, plan, cmd.number);
  const member = await findMemberByQuery(db, env.ctx.group.id, cmd.person);
  const key = { activityId_memberId: { activityId: activity.id, memberId: member.id } };
  const existing = await db.activityOwner.findUnique({ where: key });
  if (cmd.remove) {
    if (!existing) throw new DomainError({ code: "not_owner", number: cmd.number, name: member.name });
    await db.activityOwner.delete({ where: key });
  } else {
    if (existing) throw new DomainError({ code: "already_owner", number: cmd.number, name: member.name });
    await db.activityOwner.create({ data: { activityId: activity.id, memberId: member.id } });
  }
  const view = await activityView(db, env.ctx.group, plan, cmd.number, env.today);
  return ownerChangedReply(view, member.name, cmd.remove);
};

export const changeDeadline: Handler<"deadline"> = async (cmd, env) => {
  const { db } = env;
  const plan = await env.plan();
  const activity = await requireActivity(db, plan, cmd.number);
  const before = await db.activity.findUniqueOrThrow({
    where: { id: activity.id },
    select: { dueDate: true },
  });
  await db.activity.update({
    where: { id: activity.id },
    data: { dueDate: localDateToDateColumn(cmd.date) },
  });
  const view = await activityView(db, env.ctx.group, plan, cmd.number, env.today);
  return deadlineChangedReply(view, before.dueDate ? dateColumnToLocalDate(before.dueDate) : undefined);
};
