// A member's overview ("Mina aktiviteter", overdue first, and the next meeting with its agenda), as a
// core Reply: Slack shows it in App Home; any surface can render it.
import { homeReply } from "../core/replies/home-reply.js";
import type { Reply } from "../core/reply.js";
import { localDateAt } from "../core/zoned-time.js";
import { listActivities } from "./activities.js";
import type { CommandContext } from "./actor.js";
import type { ServiceDeps } from "./deps.js";
import { activePlan } from "./groups.js";
import { gatherAgenda } from "./meetings.js";

export async function homeContent(services: ServiceDeps, ctx: CommandContext): Promise<Reply> {
  const now = services.clock.now();
  const today = localDateAt(now, ctx.group.timeZone);
  const plan = await activePlan(services.prisma, ctx.group);
  const [{ items }, agenda] = await Promise.all([
    listActivities(services.prisma, plan, { type: "mine" }, ctx.actor, today),
    gatherAgenda(services.prisma, ctx.group, plan, now, today),
  ]);
  return homeReply({
    groupName: ctx.group.name,
    planName: plan.name,
    memberName: ctx.actor.name,
    mine: items,
    agenda,
  });
}
