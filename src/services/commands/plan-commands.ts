// `planer`, `plan <namn>` and `ny plan <namn> <från> <till> [överför]`. Switching and starting plans
// is for samordnare and admin (checked before); every change is in the delivery's transaction.
import {
  badPeriodReply,
  planActivatedReply,
  planAlreadyActiveReply,
  planCarriedReply,
  planCreatedReply,
  planExistsReply,
  planNotFoundReply,
  plansReply,
} from "../../core/replies/plan-replies.ts";
import {
  activatePlan,
  carryOver,
  createPlan,
  currentPlan,
  groupPlans,
  matchPlan,
  openActivityCount,
  type PlanSummary,
  periodStart,
  planNamed,
} from "../plans.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

function logChange(env: HandlerEnv, change: Record<string, unknown>): void {
  env.deps.logger.info(
    { group: env.ctx.group.id, member: env.ctx.actor.memberId, change },
    "active plan changed",
  );
}

export const listPlans: Handler<"plans"> = async (_cmd, env) =>
  plansReply(env.texts, await groupPlans(env.db, env.ctx.group.id));

export const activate: Handler<"plan_activate"> = async (cmd, env) => {
  const groupId = env.ctx.group.id;
  const plans = await groupPlans(env.db, groupId);
  const match = matchPlan(plans, cmd.name);
  if (!match.found)
    return planNotFoundReply(
      env.texts,
      cmd.name,
      match.candidates.map((p) => p.name),
      plans.map((p) => p.name),
    );
  const plan = match.found;
  const current = currentPlan(plans);
  if (current?.id === plan.id && plans.filter((p) => p.active).length === 1)
    return planAlreadyActiveReply(env.texts, plan.name);
  await activatePlan(env.db, groupId, plan.id);
  logChange(env, { type: "activate", plan: plan.id });
  const previous = current && current.id !== plan.id ? current.name : undefined;
  return planActivatedReply(env.texts, plan.name, previous, env.ctx.actor.name);
};

/** The plan of the period before `plan`: the latest other one that does not begin after it. */
function planBefore(plans: readonly PlanSummary[], plan: PlanSummary): PlanSummary | undefined {
  const start = periodStart(plan) ?? "";
  const others = plans.filter((p) => p.id !== plan.id);
  const earlier = others.filter((p) => (periodStart(p) ?? "") <= start);
  return (earlier.length ? earlier : others).at(-1);
}

export const newPlan: Handler<"plan_new"> = async (cmd, env) => {
  const { db, texts: t } = env;
  const groupId = env.ctx.group.id;
  const by = env.ctx.actor.name;
  if (cmd.to < cmd.from) return badPeriodReply(t, cmd.from, cmd.to);
  const plans = await groupPlans(db, groupId);
  const same = planNamed(plans, cmd.name);
  if (same) {
    // `ny plan … överför` after the plan was made without it: its (still empty) rows are filled now.
    const before = planBefore(plans, same);
    const empty = (await db.activity.count({ where: { planId: same.id } })) === 0;
    if (!cmd.carryOver || !empty || !before) return planExistsReply(t, same.name);
    const carried = await carryOver(db, before.id, same.id, env.now);
    const wasActive = same.active && plans.filter((p) => p.active).length === 1;
    if (carried === 0 && wasActive) return planExistsReply(t, same.name);
    if (!wasActive) await activatePlan(db, groupId, same.id);
    logChange(env, { type: "carry_over", plan: same.id, from: before.id, carried });
    return planCarriedReply(t, same.name, before.name, carried, by);
  }
  const previous = currentPlan(plans);
  const created = await createPlan(
    db,
    groupId,
    { name: cmd.name, from: cmd.from, to: cmd.to, now: env.now },
    previous,
  );
  const carried =
    cmd.carryOver && previous ? await carryOver(db, previous.id, created.id, env.now) : undefined;
  const open = !cmd.carryOver && previous ? await openActivityCount(db, previous.id) : 0;
  logChange(env, { type: "new", plan: created.id, ...(carried !== undefined ? { carried } : {}) });
  return planCreatedReply(t, {
    name: cmd.name,
    from: cmd.from,
    to: cmd.to,
    ...(previous ? { previous: previous.name } : {}),
    principles: created.principles,
    ...(cmd.carryOver ? { carried: carried ?? 0 } : {}),
    ...(open ? { carryHint: { open, command: t.plans.carryCommand(cmd.name, cmd.from, cmd.to) } } : {}),
    by,
  });
};
