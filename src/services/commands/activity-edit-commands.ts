// `ny aktivitet …`, `ändra <nr> <fält> <värde>` and `deadline <nr> ingen` (samordnare and admin only;
// checked before). Each change is recorded in the activity's history (activity-changes.ts) and told
// to the channel; asking for what already is changes nothing and says so.
import type { ActivityField } from "../../core/command.ts";
import { parseErrorReply } from "../../core/error-reply.ts";
import {
  activityFormReply,
  createdReply,
  createIncompleteReply,
  deadlineClearedReply,
  fieldAlreadyEmptyReply,
  fieldChangedReply,
  fieldClearedReply,
  fieldUnchangedReply,
  principleUnknownReply,
} from "../../core/replies/activity-edit-replies.ts";
import { deadlineUnchangedReply } from "../../core/replies/change-replies.ts";
import { localDateToDateColumn } from "../../core/zoned-time.ts";
import { dueDateForUpdate } from "../../db/sql/activities.ts";
import { activityView, matchPrinciple, requireActivity } from "../activities.ts";
import { type FieldChange, recentChanges, recordChanges } from "../activity-changes.ts";
import type { Db } from "../deps.ts";
import type { PlanRef } from "../groups.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

async function principlesOf(db: Db, plan: PlanRef) {
  return db.principle.findMany({
    where: { planId: plan.id },
    orderBy: { position: "asc" },
    select: { id: true, key: true, name: true },
  });
}

async function cardWithChanges(env: HandlerEnv, plan: PlanRef, number: number) {
  const view = await activityView(env.db, env.ctx.group, plan, number, env.today);
  return { view, changes: await recentChanges(env.db, view.id, env.ctx.group.timeZone) };
}

function logChange(env: HandlerEnv, change: Record<string, unknown>): void {
  env.deps.logger.info(
    { group: env.ctx.group.id, member: env.ctx.actor.memberId, change },
    "activity changed",
  );
}

export const createActivity: Handler<"activity_create"> = async (cmd, env) => {
  const { db } = env;
  const plan = await env.plan();
  const principles = await principlesOf(db, plan);
  const names = principles.map((p) => p.name);
  // Nothing after `ny aktivitet`: the form, where the surface has one, else how to type it.
  const { kind: _kind, ...given } = cmd;
  if (Object.keys(given).length === 0) return activityFormReply(env.texts, principles, plan.sectionHeadings);
  const missing = (["title", "principle", "party"] as const).filter((k) => cmd[k] === undefined);
  if (missing.length) return createIncompleteReply(env.texts, missing, names);
  const principle = matchPrinciple(principles, cmd.principle ?? "");
  if (!principle) return principleUnknownReply(env.texts, cmd.principle ?? "", names);
  // The next free number; two coordinators adding at once collide on (plan, number) and the
  // delivery's transaction is run again, then taking the number after.
  const last = await db.activity.findFirst({
    where: { planId: plan.id },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const number = (last?.number ?? 0) + 1;
  const created = await db.activity.create({
    data: {
      planId: plan.id,
      number,
      title: cmd.title ?? "",
      principleId: principle.id,
      party: cmd.party ?? "gemensamt",
      ...(cmd.dueDate ? { dueDate: localDateToDateColumn(cmd.dueDate) } : {}),
      ...(cmd.responsibleOrg ? { responsibleOrg: cmd.responsibleOrg } : {}),
      ...(cmd.description ? { description: cmd.description } : {}),
    },
    select: { id: true },
  });
  await recordChanges(
    db,
    env.ctx,
    created.id,
    [{ field: "created", oldValue: null, newValue: cmd.title ?? "" }],
    env.now,
  );
  logChange(env, { type: "created", number });
  const { view, changes } = await cardWithChanges(env, plan, number);
  return createdReply(env.texts, view, changes, env.ctx.actor.name);
};

/** The column a field is stored in, for the text fields (principle and party are looked up). */
type TextField = Exclude<ActivityField, "principle" | "party">;

export const changeActivity: Handler<"activity_change"> = async (cmd, env) => {
  if (cmd.value === null) return emptyField({ ...cmd, value: null }, env);
  const { db } = env;
  const plan = await env.plan();
  const { id } = await requireActivity(db, plan, cmd.number);
  const row = await db.activity.findUniqueOrThrow({
    where: { id },
    include: { principle: { select: { name: true } } },
  });
  let wanted: { data: Record<string, unknown>; before: string | null; after: string };
  if (cmd.field === "principle") {
    const principles = await principlesOf(db, plan);
    const principle = matchPrinciple(principles, cmd.value);
    if (!principle)
      return principleUnknownReply(
        env.texts,
        cmd.value,
        principles.map((p) => p.name),
      );
    wanted = {
      data: { principleId: principle.id },
      before: row.principleId === principle.id ? principle.name : (row.principle?.name ?? null),
      after: principle.name,
    };
  } else if (cmd.field === "party") {
    wanted = { data: { party: cmd.value }, before: row.party, after: cmd.value };
  } else {
    const field: TextField = cmd.field;
    wanted = { data: { [field]: cmd.value }, before: row[field], after: cmd.value };
  }
  if (wanted.before === wanted.after) {
    const view = await activityView(db, env.ctx.group, plan, cmd.number, env.today);
    return fieldUnchangedReply(env.texts, view, cmd.field, wanted.after);
  }
  await db.activity.update({ where: { id }, data: wanted.data });
  const change: FieldChange = { field: cmd.field, oldValue: wanted.before, newValue: wanted.after };
  await recordChanges(db, env.ctx, id, [change], env.now);
  logChange(env, { type: cmd.field, number: cmd.number });
  const { view, changes } = await cardWithChanges(env, plan, cmd.number);
  return fieldChangedReply(env.texts, view, changes, {
    field: cmd.field,
    value: wanted.after,
    ...(wanted.before !== null ? { previous: wanted.before } : {}),
    by: env.ctx.actor.name,
  });
};

/** `ändra <nr> <fält> ingen`: an optional field emptied, recorded as its old value → empty. */
async function emptyField(cmd: { number: number; field: ActivityField; value: null }, env: HandlerEnv) {
  const field = cmd.field;
  // The parser refuses these already; a command from elsewhere gets the same answer.
  if (field === "title" || field === "principle" || field === "party")
    return parseErrorReply(env.texts, { code: "field_required", field });
  const { db } = env;
  const plan = await env.plan();
  const { id } = await requireActivity(db, plan, cmd.number);
  const before = (await db.activity.findUniqueOrThrow({ where: { id } }))[field];
  if (before === null || before === "") {
    const view = await activityView(db, env.ctx.group, plan, cmd.number, env.today);
    return fieldAlreadyEmptyReply(env.texts, view, field);
  }
  await db.activity.update({ where: { id }, data: { [field]: null } });
  await recordChanges(db, env.ctx, id, [{ field, oldValue: before, newValue: null }], env.now);
  logChange(env, { type: field, number: cmd.number, emptied: true });
  const { view, changes } = await cardWithChanges(env, plan, cmd.number);
  return fieldClearedReply(env.texts, view, changes, { field, previous: before, by: env.ctx.actor.name });
}

export const clearDeadline: Handler<"deadline_clear"> = async (cmd, env) => {
  const { db } = env;
  const plan = await env.plan();
  const activity = await requireActivity(db, plan, cmd.number);
  const before = await dueDateForUpdate(db, activity.id);
  const view = await activityView(db, env.ctx.group, plan, cmd.number, env.today);
  if (!before) return deadlineUnchangedReply(env.texts, view);
  await db.activity.update({ where: { id: activity.id }, data: { dueDate: null } });
  await recordChanges(
    db,
    env.ctx,
    activity.id,
    [{ field: "deadline", oldValue: before, newValue: null }],
    env.now,
  );
  logChange(env, { type: "deadline", number: cmd.number, removed: true });
  return deadlineClearedReply(env.texts, view, before, env.ctx.actor.name);
};
