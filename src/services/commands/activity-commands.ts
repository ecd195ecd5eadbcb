// `visa <nr>` (the card and its latest changes) and `lista [filter]`.

import { withChanges } from "../../core/replies/activity-edit-replies.ts";
import { activityReply } from "../../core/replies/activity-replies.ts";
import { listReply } from "../../core/replies/list-replies.ts";
import { type Block, reply } from "../../core/reply.ts";
import { activityView, listActivities } from "../activities.ts";
import { recentChanges } from "../activity-changes.ts";
import { continuedFrom } from "../plans.ts";
import type { Handler } from "./handler.ts";

/** The card under the plan's name (so that after a switch it is clear which plan it is), and where it was carried from. */
export const show: Handler<"show"> = async (cmd, env) => {
  const plan = await env.plan();
  const view = await activityView(env.db, env.ctx.group, plan, cmd.number, env.today);
  const from = await continuedFrom(env.db, view.id);
  const [card, ...rest] = activityReply(env.texts, view).blocks;
  const blocks: Block[] = [
    { type: "heading", text: plan.name },
    ...(card ? [card] : []),
    ...(from ? [{ type: "note" as const, text: env.texts.plans.continues(from.planName, from.number) }] : []),
    ...rest,
  ];
  const changes = await recentChanges(env.db, view.id, env.ctx.group.timeZone);
  return reply("info", withChanges(env.texts, blocks, changes));
};

export const list: Handler<"list"> = async (cmd, env) => {
  const plan = await env.plan();
  const { items, principleName } = await listActivities(env.db, plan, cmd.filter, env.ctx.actor, env.today);
  const sectionHeading = cmd.filter.type === "party" ? plan.sectionHeadings?.[cmd.filter.party] : undefined;
  return listReply(env.texts, cmd.filter, plan.name, items, principleName, sectionHeading);
};
