// Gathers the plan's activities into the core's follow-up report.

import type { LocalDate } from "../core/local-date.js";
import { buildReport, type Report, type ReportRow } from "../core/replies/report.js";
import { localDateAt } from "../core/zoned-time.js";
import { toSummary } from "./activities.js";
import type { GroupRef } from "./actor.js";
import type { Db } from "./deps.js";
import type { PlanRef } from "./groups.js";

export async function planReport(db: Db, group: GroupRef, plan: PlanRef, today: LocalDate): Promise<Report> {
  const [principles, rows] = await Promise.all([
    db.principle.findMany({
      where: { planId: plan.id },
      orderBy: { position: "asc" },
      select: { name: true },
    }),
    db.activity.findMany({
      where: { planId: plan.id },
      include: {
        owners: { include: { member: { select: { name: true } } } },
        principle: { select: { name: true } },
      },
      orderBy: { number: "asc" },
    }),
  ]);
  const reportRows: ReportRow[] = rows.map((r) => ({
    ...toSummary(r, today),
    ...(r.principle ? { principle: r.principle.name } : {}),
    ...(r.statusChangedAt ? { statusChangedOn: localDateAt(r.statusChangedAt, group.timeZone) } : {}),
  }));
  return buildReport(
    plan.name,
    reportRows,
    principles.map((p) => p.name),
    today,
  );
}
