// Which group and plan an import goes into: found by name (case and å/ä/ö ignored) or created.
import { normalizeForMatch } from "../core/normalize-text.ts";
import { periodFromPlanName } from "../core/plan-sheet/plan-title.ts";
import { localDateToDateColumn } from "../core/zoned-time.ts";
import type { GroupRef } from "../services/actor.ts";
import type { Db } from "../services/deps.ts";
import type { PlanRef } from "../services/groups.ts";
import { activatePlan, becomesActive, currentPlan, groupPlans } from "../services/plans.ts";
import type { Ambiguity } from "./match-activities.ts";

/** Why an import stops before saving, for something the person can fix; told by the command. */
export type ImportProblem =
  | { code: "group_near"; name: string; near: string[] }
  | { code: "plan_unnamed" }
  | { code: "ambiguous"; ambiguous: readonly Ambiguity[] };

/** A problem with the command's input that the user can fix; the message is only for logs. */
export class ImportError extends Error {
  override readonly name = "ImportError";

  readonly problem: ImportProblem;

  constructor(problem: ImportProblem) {
    super(`import refused: ${problem.code}`);
    this.problem = problem;
  }
}

export interface Target<T> {
  /** Undefined in a dry run when it would be created. */
  ref: T | undefined;
  name: string;
  created: boolean;
  /** A plan created (or to be) without becoming active, since this one is active for a later period. */
  activeInstead?: string;
  /** Why: the new plan's name has no years, so its period is not known. */
  periodUnknown?: boolean;
}

export async function importGroup(db: Db, name: string, write: boolean): Promise<Target<GroupRef>> {
  const groups = await db.group.findMany({
    orderBy: { id: "asc" },
    select: { id: true, name: true, timeZone: true, locale: true },
  });
  const wanted = normalizeForMatch(name.trim());
  const found = groups.find((g) => normalizeForMatch(g.name) === wanted);
  if (found) return { ref: found, name: found.name, created: false };
  const near = groups.filter((g) => normalizeForMatch(g.name).includes(wanted));
  if (near.length) throw new ImportError({ code: "group_near", name, near: near.map((g) => g.name) });
  if (!write) return { ref: undefined, name: name.trim(), created: true };
  const created = await db.group.create({
    data: { name: name.trim() },
    select: { id: true, name: true, timeZone: true, locale: true },
  });
  return { ref: created, name: created.name, created: true };
}

/**
 * The plan named by --plan or by the sheet's title; without either, the group's active plan.
 * A name that matches no plan of the group creates it (period from the years in its name), active
 * unless the group's active plan is for a later period (or the new one's period is not known).
 */
export async function importPlanTarget(
  db: Db,
  group: GroupRef | undefined,
  name: string | undefined,
  write: boolean,
): Promise<Target<PlanRef>> {
  const plans = group
    ? await db.plan.findMany({
        where: { groupId: group.id },
        orderBy: { id: "desc" },
        select: { id: true, name: true, active: true },
      })
    : [];
  if (name) {
    const wanted = normalizeForMatch(name.trim());
    const found = plans.find((p) => normalizeForMatch(p.name) === wanted);
    if (found) return { ref: { id: found.id, name: found.name }, name: found.name, created: false };
  } else {
    const active = plans.find((p) => p.active);
    if (active) return { ref: { id: active.id, name: active.name }, name: active.name, created: false };
    throw new ImportError({ code: "plan_unnamed" });
  }
  const planName = name.trim();
  const period = periodFromPlanName(planName);
  // Importing an older period's plan keeps the group working in the newer one.
  const current = group ? currentPlan(await groupPlans(db, group.id)) : undefined;
  const active = becomesActive(period?.from, current);
  const inactive =
    !active && current ? { activeInstead: current.name, ...(period ? {} : { periodUnknown: true }) } : {};
  if (!write || !group) return { ref: undefined, name: planName, created: true, ...inactive };
  const created = await db.plan.create({
    data: {
      groupId: group.id,
      name: planName,
      periodFrom: period ? localDateToDateColumn(period.from) : null,
      periodTo: period ? localDateToDateColumn(period.to) : null,
      active,
    },
    select: { id: true, name: true },
  });
  if (active) await activatePlan(db, group.id, created.id);
  return { ref: created, name: created.name, created: true, ...inactive };
}
