// The year's follow-up round in chat: `uppföljning starta|avsluta` and the progress (samordnare, checked
// before), and the answers anyone gives: `bedöm`, `uppföljning <nr> <text>`, `lärdom`. Everything is
// written in the delivery's transaction; the direct messages go out through the scheduler's outbox.
import { DomainError } from "../../core/domain-error.ts";
import { goalNotFoundReply } from "../../core/replies/goal-replies.ts";
import {
  assessedReply,
  lessonSavedReply,
  noRoundReply,
  roundAlreadyClosedReply,
  roundAlreadyOpenReply,
  roundClosedReply,
  roundClosesInPastReply,
  roundOtherOpenReply,
  roundProgressReply,
  roundRefusedReply,
  roundStartedReply,
  roundTextSavedReply,
} from "../../core/replies/round-replies.ts";
import type { Reply } from "../../core/reply.ts";
import { localDateToDateColumn } from "../../core/zoned-time.ts";
import {
  latestRound,
  missingOf,
  openRound,
  type RoundRef,
  roundOfYear,
  roundState,
} from "../follow-up-round.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

export const startRound: Handler<"round_start"> = async (cmd, env) => {
  const t = env.texts;
  const group = env.ctx.group;
  const same = await roundOfYear(env.db, group, cmd.year);
  if (same?.closedOn) return roundAlreadyClosedReply(t, cmd.year, same.closedOn);
  if (same) return roundAlreadyOpenReply(t, cmd.year);
  const other = await openRound(env.db, group);
  if (other) return roundOtherOpenReply(t, other.year);
  if (cmd.closesOn && cmd.closesOn < env.today) return roundClosesInPastReply(t, cmd.closesOn);
  const plan = await env.plan();
  const created = await env.db.followUpRound.create({
    data: {
      groupId: group.id,
      planId: plan.id,
      year: cmd.year,
      openedAt: env.now,
      openedById: env.ctx.actor.memberId,
      ...(cmd.closesOn ? { closesOn: localDateToDateColumn(cmd.closesOn) } : {}),
    },
  });
  const state = await roundState(env.db, {
    id: created.id,
    groupId: group.id,
    planId: plan.id,
    planName: plan.name,
    year: cmd.year,
    openedOn: env.today,
  });
  const owners = new Set(state.activities.flatMap((a) => a.ownerIds));
  env.deps.logger.info({ group: group.id, round: created.id, year: cmd.year }, "follow-up round opened");
  return roundStartedReply(
    t,
    { year: cmd.year, planName: plan.name, ...(cmd.closesOn ? { closesOn: cmd.closesOn } : {}) },
    { members: state.members.length, owners: owners.size },
    env.ctx.actor.name,
  );
};

export const showRound: Handler<"round_show"> = async (_cmd, env) => {
  const round = (await openRound(env.db, env.ctx.group)) ?? (await latestRound(env.db, env.ctx.group));
  if (!round) return noRoundReply(env.texts);
  const state = await roundState(env.db, round);
  const names = new Map(state.members.map((m) => [m.id, m.name]));
  return roundProgressReply(env.texts, {
    year: round.year,
    planName: round.planName,
    openedOn: round.openedOn,
    ...(round.closesOn ? { closesOn: round.closesOn } : {}),
    ...(round.closedOn ? { closedOn: round.closedOn } : {}),
    goals: state.goals.length,
    members: state.members.map((m) => {
      const missing = missingOf(state, m.id);
      return {
        name: m.name,
        assessed: state.goals.length - missing.goals.length,
        owned: missing.owned.length,
        texts: missing.owned.length - missing.texts.length,
        lessons: state.lessonsBy.get(m.id) ?? 0,
      };
    }),
    activities: state.activities.length,
    activitiesWithText: state.activities.filter((a) => state.activitiesWithText.has(a.id)).length,
    lessons: state.lessons,
    missingTexts: state.activities
      .filter((a) => !state.activitiesWithText.has(a.id))
      .map((a) => ({
        number: a.number,
        title: a.title,
        owners: a.ownerIds.flatMap((id) => names.get(id) ?? []),
      })),
  });
};

export const closeRound: Handler<"round_close"> = async (_cmd, env) => {
  const round = await openRound(env.db, env.ctx.group);
  if (!round) {
    const last = await latestRound(env.db, env.ctx.group);
    return last?.closedOn ? roundRefusedReply(env.texts, last.year, last.closedOn) : noRoundReply(env.texts);
  }
  await env.db.followUpRound.update({ where: { id: round.id }, data: { closedAt: env.now } });
  env.deps.logger.info({ group: env.ctx.group.id, round: round.id }, "follow-up round closed");
  return roundClosedReply(env.texts, round.year, env.ctx.actor.name);
};

/** The open round an answer goes to; else the reply that says why it is not taken. */
async function answering(env: HandlerEnv, work: (round: RoundRef) => Promise<Reply>): Promise<Reply> {
  const round = await openRound(env.db, env.ctx.group);
  if (round) return work(round);
  const last = await latestRound(env.db, env.ctx.group);
  return last?.closedOn ? roundRefusedReply(env.texts, last.year, last.closedOn) : noRoundReply(env.texts);
}

export const assess: Handler<"assess"> = (cmd, env) =>
  answering(env, async (round) => {
    const goal = await env.db.goal.findUnique({
      where: { planId_number: { planId: round.planId, number: cmd.goal } },
    });
    if (!goal) {
      const numbers = await env.db.goal.findMany({
        where: { planId: round.planId },
        select: { number: true },
        orderBy: { number: "asc" },
      });
      return goalNotFoundReply(
        env.texts,
        cmd.goal,
        round.planName,
        numbers.map((g) => g.number),
      );
    }
    const memberId = env.ctx.actor.memberId;
    const key = { roundId_goalId_memberId: { roundId: round.id, goalId: goal.id, memberId } };
    const before = await env.db.goalAssessment.findUnique({ where: key });
    const data = {
      score: cmd.score,
      comment: cmd.comment ?? null,
      source: env.ctx.source,
      updatedAt: env.now,
    };
    await env.db.goalAssessment.upsert({
      where: key,
      create: { roundId: round.id, goalId: goal.id, memberId, ...data },
      update: data,
    });
    const [goals, assessed] = await Promise.all([
      env.db.goal.count({ where: { planId: round.planId } }),
      env.db.goalAssessment.count({ where: { roundId: round.id, memberId } }),
    ]);
    return assessedReply(env.texts, cmd.goal, cmd.score, before !== null, Math.max(0, goals - assessed));
  });

export const writeRoundText: Handler<"round_text"> = (cmd, env) =>
  answering(env, async (round) => {
    const activity = await env.db.activity.findUnique({
      where: { planId_number: { planId: round.planId, number: cmd.number } },
      select: { id: true, number: true, title: true },
    });
    if (!activity) {
      const numbers = await env.db.activity.findMany({
        where: { planId: round.planId },
        select: { number: true },
        orderBy: { number: "asc" },
      });
      throw new DomainError({
        code: "activity_not_found",
        number: cmd.number,
        planName: round.planName,
        numbers: numbers.map((a) => a.number),
      });
    }
    const memberId = env.ctx.actor.memberId;
    const data = { text: cmd.text, source: env.ctx.source, updatedAt: env.now };
    await env.db.roundActivityText.upsert({
      where: { roundId_activityId_memberId: { roundId: round.id, activityId: activity.id, memberId } },
      create: { roundId: round.id, activityId: activity.id, memberId, ...data },
      update: data,
    });
    return roundTextSavedReply(env.texts, activity.number, activity.title);
  });

export const writeLesson: Handler<"lesson"> = (cmd, env) =>
  answering(env, async (round) => {
    await env.db.roundLesson.create({
      data: {
        roundId: round.id,
        memberId: env.ctx.actor.memberId,
        text: cmd.text,
        source: env.ctx.source,
        idempotencyKey: env.ctx.idempotencyKey,
        createdAt: env.now,
      },
    });
    return lessonSavedReply(env.texts);
  });
