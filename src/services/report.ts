// Gathers the plan's activities into the core's follow-up report.

import type { LocalDate } from "../core/local-date.ts";
import { buildReport, type Report, type ReportRow } from "../core/replies/report.ts";
import { localDateAt } from "../core/zoned-time.ts";
import { textsFor } from "../texts/index.ts";
import { toSummary } from "./activities.ts";
import type { GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";
import type { PlanRef } from "./groups.ts";

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
    textsFor(group.locale),
    plan.name,
    reportRows,
    principles.map((p) => p.name),
    today,
  );
}
