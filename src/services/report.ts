// Gathers the plan's activities into the core's follow-up report, narrowed as `rapport` was asked: a
// year (each activity's status at the end of it, or today within the current year), a principle and a
// party. Every principle of the plan is in it, those without activities too.

import type { Party } from "../core/command.ts";
import { DomainError } from "../core/domain-error.ts";
import type { LocalDate } from "../core/local-date.ts";
import { buildReport, type Report, type ReportRow } from "../core/replies/report.ts";
import { instantAt, localDateAt } from "../core/zoned-time.ts";
import { textsFor } from "../texts/index.ts";
import { matchPrinciple, toSummary } from "./activities.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import type { PlanRef } from "./groups.ts";

export interface ReportScope {
  year?: number;
  /** As typed; matched like `lista <princip>`. */
  principle?: string;
  party?: Party;
}

/** The last day a year's report speaks of: 31 December, or today while the year is not over. */
export function reportDate(year: number | undefined, today: LocalDate): LocalDate {
  if (year === undefined) return today;
  const end = `${year}-12-31` as LocalDate;
  return end < today ? end : today;
}

/** The principle the scope names, or a domain error listing the plan's principles. */
export async function scopePrinciple(db: Db, planId: number, query: string | undefined) {
  if (!query) return undefined;
  const principles = await db.principle.findMany({ where: { planId }, orderBy: { position: "asc" } });
  const match = matchPrinciple(principles, query);
  if (!match)
    throw new DomainError({ code: "principle_not_found", query, principles: principles.map((p) => p.name) });
  return match;
}

/**
 * Each activity's status at the end of `asOf` (group time), from its history: the latest update up to
 * then; ej påbörjad when every update came later; its present status when it has no history at all.
 */
export async function statusesAt(
  db: Db,
  activityIds: readonly number[],
  asOf: LocalDate,
  timeZone: string,
): Promise<Map<number, { status: ReportRow["status"]; on?: LocalDate }>> {
  const until = instantAt(asOf, "23:59", timeZone);
  const updates = await db.statusUpdate.findMany({
    where: { activityId: { in: activityIds as number[] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { activityId: true, status: true, createdAt: true },
  });
  const result = new Map<number, { status: ReportRow["status"]; on?: LocalDate }>();
  for (const u of updates) {
    if (u.createdAt > until) {
      if (!result.has(u.activityId)) result.set(u.activityId, { status: "ej_paborjad" });
      continue;
    }
    result.set(u.activityId, { status: u.status, on: localDateAt(u.createdAt, timeZone) });
  }
  return result;
}

export async function planReport(
  db: Db,
  group: GroupRef,
  plan: PlanRef,
  today: LocalDate,
  scope: ReportScope = {},
): Promise<Report> {
  const asOf = reportDate(scope.year, today);
  const principle = await scopePrinciple(db, plan.id, scope.principle);
  const [principles, rows] = await Promise.all([
    db.principle.findMany({
      where: { planId: plan.id, ...(principle ? { id: principle.id } : {}) },
      orderBy: { position: "asc" },
      select: { name: true },
    }),
    db.activity.findMany({
      where: {
        planId: plan.id,
        ...(principle ? { principleId: principle.id } : {}),
        ...(scope.party ? { party: scope.party } : {}),
      },
      include: {
        owners: { include: { member: { select: { name: true } } } },
        principle: { select: { name: true } },
      },
      orderBy: { number: "asc" },
    }),
  ]);
  const at =
    scope.year === undefined
      ? undefined
      : await statusesAt(
          db,
          rows.map((r) => r.id),
          asOf,
          group.timeZone,
        );
  const reportRows: ReportRow[] = rows.map((r) => {
    const then = at?.get(r.id);
    const row = then ? { ...r, status: then.status } : r;
    const changedOn = at
      ? then?.on
      : r.statusChangedAt
        ? localDateAt(r.statusChangedAt, group.timeZone)
        : undefined;
    return {
      ...toSummary(row, asOf),
      ...(r.principle ? { principle: r.principle.name } : {}),
      ...(changedOn ? { statusChangedOn: changedOn } : {}),
    };
  });
  return buildReport(
    textsFor(group.locale),
    plan.name,
    reportRows,
    principles.map((p) => p.name),
    asOf,
  );
}
