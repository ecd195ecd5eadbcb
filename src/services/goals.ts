// The goals of a plan's principles: read per principle in the plan's order (principles without goals
// or activities included), added, changed and removed by samordnare in the delivery's transaction.
import { DomainError } from "../core/domain-error.ts";
import { matchPrinciple } from "./activities.ts";
import type { Db } from "./deps.ts";
import type { PlanRef } from "./groups.ts";

export interface GoalView {
  id: number;
  number: number;
  text: string;
}

export interface PrincipleGoals {
  id: number;
  key: string;
  name: string;
  goals: GoalView[];
}

/** Every principle of the plan, in order, with its goals in order. */
export async function planGoals(db: Db, planId: number): Promise<PrincipleGoals[]> {
  const principles = await db.principle.findMany({
    where: { planId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      goals: {
        orderBy: [{ position: "asc" }, { number: "asc" }],
        select: { id: true, number: true, text: true },
      },
    },
  });
  return principles;
}

/** No goal of the plan has the number; `numbers` are the ones it has, for the reply. */
export class GoalNotFound extends Error {
  readonly number: number;
  readonly numbers: number[];

  constructor(number: number, numbers: number[]) {
    super("goal_not_found");
    this.number = number;
    this.numbers = numbers;
  }
}

export async function goalByNumber(db: Db, planId: number, number: number) {
  const goal = await db.goal.findUnique({
    where: { planId_number: { planId, number } },
    include: { principle: { select: { name: true } } },
  });
  if (goal) return goal;
  const numbers = await db.goal.findMany({
    where: { planId },
    select: { number: true },
    orderBy: { number: "asc" },
  });
  throw new GoalNotFound(
    number,
    numbers.map((g) => g.number),
  );
}

/** A new goal at the end of its principle's goals, with the plan's next number. */
export async function addGoal(db: Db, plan: PlanRef, principleQuery: string, text: string) {
  const principles = await db.principle.findMany({
    where: { planId: plan.id },
    orderBy: { position: "asc" },
  });
  const principle = matchPrinciple(principles, principleQuery);
  if (!principle)
    throw new DomainError({
      code: "principle_not_found",
      query: principleQuery,
      principles: principles.map((p) => p.name),
    });
  const [last, lastInPrinciple] = await Promise.all([
    db.goal.findFirst({ where: { planId: plan.id }, orderBy: { number: "desc" }, select: { number: true } }),
    db.goal.findFirst({
      where: { principleId: principle.id },
      orderBy: { position: "desc" },
      select: { position: true },
    }),
  ]);
  const goal = await db.goal.create({
    data: {
      planId: plan.id,
      principleId: principle.id,
      number: (last?.number ?? 0) + 1,
      text,
      position: (lastInPrinciple?.position ?? -1) + 1,
    },
  });
  return { goal, principle };
}
