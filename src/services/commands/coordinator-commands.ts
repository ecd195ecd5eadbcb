// `ansvarig <nr> <person>` and `deadline <nr> <datum>` (samordnare and admin only; checked before).
import { DomainError } from "../../core/domain-error.js";
import { deadlineChangedReply, ownerChangedReply } from "../../core/replies/change-replies.js";
import { dateColumnToLocalDate, localDateToDateColumn } from "../../core/zoned-time.js";
import { activityView, requireActivity } from "../activities.js";
import { findMemberByQuery } from "../members.js";
import type { Handler } from "./handler.js";

export const changeOwner: Handler<"owner"> = async (cmd, env) => {
  const { prisma } = env.deps;
  const plan = await env.plan();
  const activity = await requireActivity(prisma, plan, cmd.number);
  const member = await findMemberByQuery(prisma, env.ctx.group.id, cmd.person);
  const key = { activityId_memberId: { activityId: activity.id, memberId: member.id } };
  const existing = await prisma.activityOwner.findUnique({ where: key });
  if (cmd.remove) {
    if (!existing) throw new DomainError({ code: "not_owner", number: cmd.number, name: member.name });
    await prisma.activityOwner.delete({ where: key });
  } else {
    if (existing) throw new DomainError({ code: "already_owner", number: cmd.number, name: member.name });
    await prisma.activityOwner.create({ data: { activityId: activity.id, memberId: member.id } });
  }
  const view = await activityView(prisma, env.ctx.group, plan, cmd.number, env.today);
  return ownerChangedReply(view, member.name, cmd.remove);
};

export const changeDeadline: Handler<"deadline"> = async (cmd, env) => {
  const { prisma } = env.deps;
  const plan = await env.plan();
  const activity = await requireActivity(prisma, plan, cmd.number);
  const before = await prisma.activity.findUniqueOrThrow({
    where: { id: activity.id },
    select: { dueDate: true },
  });
  await prisma.activity.update({
    where: { id: activity.id },
    data: { dueDate: localDateToDateColumn(cmd.date) },
  });
  const view = await activityView(prisma, env.ctx.group, plan, cmd.number, env.today);
  return deadlineChangedReply(view, {
    ...(before.dueDate ? { previous: dateColumnToLocalDate(before.dueDate) } : {}),
    ...(cmd.byWeek ? { byWeek: true } : {}),
    ...(cmd.droppedTime ? { droppedTime: cmd.droppedTime } : {}),
  });
};
