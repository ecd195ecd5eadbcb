// `visa <nr>` (the card and its latest changes) and `lista [filter]`.

import { withChanges } from "../../core/replies/activity-edit-replies.ts";
import { activityReply } from "../../core/replies/activity-replies.ts";
import { listReply } from "../../core/replies/list-replies.ts";
import { activityView, listActivities } from "../activities.ts";
import { recentChanges } from "../activity-changes.ts";
import type { Handler } from "./handler.ts";

export const show: Handler<"show"> = async (cmd, env) => {
  const plan = await env.plan();
  const view = await activityView(env.db, env.ctx.group, plan, cmd.number, env.today);
  const card = activityReply(env.texts, view);
  const changes = await recentChanges(env.db, view.id, env.ctx.group.timeZone);
  return { ...card, blocks: withChanges(env.texts, card.blocks, changes) };
};

export const list: Handler<"list"> = async (cmd, env) => {
  const plan = await env.plan();
  const { items, principleName } = await listActivities(env.db, plan, cmd.filter, env.ctx.actor, env.today);
  const sectionHeading = cmd.filter.type === "party" ? plan.sectionHeadings?.[cmd.filter.party] : undefined;
  return listReply(env.texts, cmd.filter, plan.name, items, principleName, sectionHeading);
};
