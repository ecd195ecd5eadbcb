// `visa <nr>` and `lista [filter]`.
import { activityReply } from "../../core/replies/activity-replies.ts";
import { listReply } from "../../core/replies/list-replies.ts";
import { activityView, listActivities } from "../activities.ts";
import type { Handler } from "./handler.ts";

export const show: Handler<"show"> = async (cmd, env) => {
  const plan = await env.plan();
  return activityReply(env.texts, await activityView(env.db, env.ctx.group, plan, cmd.number, env.today));
};

export const list: Handler<"list"> = async (cmd, env) => {
  const plan = await env.plan();
  const { items, principleName } = await listActivities(env.db, plan, cmd.filter, env.ctx.actor, env.today);
  const sectionHeading = cmd.filter.type === "party" ? plan.sectionHeadings?.[cmd.filter.party] : undefined;
  return listReply(env.texts, cmd.filter, plan.name, items, principleName, sectionHeading);
};
