// A member's overview ("Mina aktiviteter", overdue first, and the next meeting with its agenda), as a
// core Reply: Slack shows it in App Home; any surface can render it.

import { homeReply } from "../core/replies/home-reply.ts";
import type { Reply } from "../core/reply.ts";
import { localDateAt } from "../core/zoned-time.ts";
import { textsFor } from "../texts/index.ts";
import { listActivities } from "./activities.ts";
import { type CommandContext, isCoordinator } from "./actor.ts";
import type { ServiceDeps } from "./deps.ts";
import { activePlan } from "./groups.ts";
import { gatherAgenda } from "./meetings.ts";

export async function homeContent(services: ServiceDeps, ctx: CommandContext): Promise<Reply> {
  const now = services.clock.now();
  const today = localDateAt(now, ctx.group.timeZone);
  const plan = await activePlan(services.prisma, ctx.group);
  const [{ items }, agenda] = await Promise.all([
    listActivities(services.prisma, plan, { type: "mine" }, ctx.actor, today),
    gatherAgenda(services.prisma, ctx.group, plan, now, today),
  ]);
  return homeReply(textsFor(ctx.group.locale), {
    groupName: ctx.group.name,
    planName: plan.name,
    memberName: ctx.actor.name,
    mine: items,
    agenda,
    addsActivities: isCoordinator(ctx.actor),
  });
}
