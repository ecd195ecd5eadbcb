// `mål`, `mål lägg till`, `mål ändra`, `mål ta bort`: the active plan's goals. Changes are for samordnare
// (checked before) and run in the delivery's transaction.
import {
  goalAddedReply,
  goalChangedReply,
  goalNotFoundReply,
  goalRemovedReply,
  goalsReply,
  goalUnchangedReply,
} from "../../core/replies/goal-replies.ts";
import type { Reply } from "../../core/reply.ts";
import { addGoal, GoalNotFound, goalByNumber, planGoals } from "../goals.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

async function withGoal(env: HandlerEnv, work: () => Promise<Reply>): Promise<Reply> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof GoalNotFound)) throw error;
    const plan = await env.plan();
    return goalNotFoundReply(env.texts, error.number, plan.name, error.numbers);
  }
}

export const listGoals: Handler<"goals"> = async (_cmd, env) => {
  const plan = await env.plan();
  return goalsReply(env.texts, plan.name, await planGoals(env.db, plan.id));
};

export const addGoalCommand: Handler<"goal_add"> = async (cmd, env) => {
  const plan = await env.plan();
  const { goal, principle } = await addGoal(env.db, plan, cmd.principle, cmd.text);
  return goalAddedReply(env.texts, goal.number, principle.name, goal.text, env.ctx.actor.name);
};

export const changeGoal: Handler<"goal_change"> = (cmd, env) =>
  withGoal(env, async () => {
    const plan = await env.plan();
    const goal = await goalByNumber(env.db, plan.id, cmd.number);
    if (goal.text === cmd.text) return goalUnchangedReply(env.texts, cmd.number);
    await env.db.goal.update({ where: { id: goal.id }, data: { text: cmd.text } });
    return goalChangedReply(env.texts, cmd.number, cmd.text, env.ctx.actor.name);
  });

export const removeGoal: Handler<"goal_remove"> = (cmd, env) =>
  withGoal(env, async () => {
    const plan = await env.plan();
    const goal = await goalByNumber(env.db, plan.id, cmd.number);
    const assessments = await env.db.goalAssessment.count({ where: { goalId: goal.id } });
    await env.db.goal.delete({ where: { id: goal.id } });
    return goalRemovedReply(env.texts, cmd.number, goal.text, assessments, env.ctx.actor.name);
  });
