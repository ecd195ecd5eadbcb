// The follow-up report (rapport): per principle, counts by status, overdue, and what was finished lately.

import type { Messages } from "../../texts/index.ts";
import { isOverdue, isPastDeadline } from "../activity-rules.ts";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../activity-status.ts";
import { addDays } from "../calendar.ts";
import type { Party } from "../command.ts";
import type { LocalDate } from "../local-date.ts";
import { normalizeForMatch } from "../normalize-text.ts";
import type { ActivitySummary, Attachment, Reply } from "../reply.ts";
import { reply } from "../reply.ts";
import { summaryLine } from "./list-replies.ts";

export const RECENT_DAYS = 30;

export interface ReportRow extends ActivitySummary {
  principle?: string;
  /** The calendar date (group time) on which the status last changed. */
  statusChangedOn?: LocalDate;
}

export interface PrincipleSummary {
  principle: string;
  total: number;
  counts: Record<ActivityStatus, number>;
  /** Overdue by the one rule: status försenad, or past the deadline and open. */
  overdue: number;
  /** Open and past the deadline, whatever the status (a part of `overdue`). */
  pastDeadline: number;
}

export interface Report {
  planName: string;
  today: LocalDate;
  principles: PrincipleSummary[];
  total: PrincipleSummary;
  overdue: ActivitySummary[];
  recentlyFinished: ActivitySummary[];
}

function emptySummary(principle: string): PrincipleSummary {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  return { principle, total: 0, counts, overdue: 0, pastDeadline: 0 };
}

/** Pure aggregation, shared by the chat reply, the scheduler's digest and the exported follow-up. */
export function buildReport(
  t: Messages,
  planName: string,
  rows: ReportRow[],
  principleOrder: string[],
  today: LocalDate,
): Report {
  const by = new Map<string, PrincipleSummary>(principleOrder.map((p) => [p, emptySummary(p)]));
  const total = emptySummary(t.report.total);
  const since = addDays(today, -RECENT_DAYS);
  for (const row of rows) {
    const key = row.principle ?? t.report.noPrinciple;
    let summary = by.get(key);
    if (!summary) {
      summary = emptySummary(key);
      by.set(key, summary);
    }
    const overdue = isOverdue(row.dueDate, row.status, today);
    const pastDeadline = isPastDeadline(row.dueDate, row.status, today);
    for (const s of [summary, total]) {
      s.total += 1;
      s.counts[row.status] += 1;
      if (overdue) s.overdue += 1;
      if (pastDeadline) s.pastDeadline += 1;
    }
  }
  return {
    planName,
    today,
    // Every principle of the plan, those without activities too; "Utan princip" only when it has some.
    principles: [...by.values()].filter((p) => p.total > 0 || principleOrder.includes(p.principle)),
    total,
    overdue: rows.filter((r) => isOverdue(r.dueDate, r.status, today)),
    recentlyFinished: rows.filter(
      (r) => r.status === "klar" && r.statusChangedOn && r.statusChangedOn >= since,
    ),
  };
}

function countsText(t: Messages, p: PrincipleSummary): string {
  if (p.total === 0) return t.followUp.doc.noActivities;
  const parts = ACTIVITY_STATUSES.filter((s) => p.counts[s] > 0).map((s) => t.status.count(s, p.counts[s]));
  const done = p.total ? Math.round((100 * p.counts.klar) / p.total) : 0;
  return t.report.counts(parts, done, p.overdue);
}

/**
 * The follow-up workbook, e.g. "uppfoljning-handlingsplan-2017-2018-2026-11-23.xlsx". Where a surface
 * cannot attach it, the fallback is a command to run in the project's folder: `lok` is not on the
 * PATH of an npm install, so it is run through npx.
 */
export function followUpAttachment(
  t: Messages,
  groupName: string,
  planName: string,
  today: LocalDate,
): Attachment {
  const slug = normalizeForMatch(planName)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const fileName = t.report.fileName(slug || "plan", today);
  const command = `npx lok export ${fileName} --group "${groupName.replace(/["\\$`]/g, "\\$&")}"`;
  return {
    kind: "follow_up_workbook",
    fileName,
    planName,
    fallback: t.report.fileFallback(command),
  };
}

/** The year's statusrapport as a Word document, e.g. "statusrapport-handlingsplan-2022-2024-2024.docx". */
export function statusReportAttachment(
  t: Messages,
  groupName: string,
  planName: string,
  scope: { year: number; principle?: string; party?: Party },
): Attachment {
  const slug = normalizeForMatch(planName)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const fileName = t.followUp.doc.fileName(slug || "plan", scope.year, "docx");
  const command = `npx lok export ${fileName} --group "${groupName.replace(/["\\$`]/g, "\\$&")}" --year ${scope.year}`;
  return {
    kind: "status_report",
    fileName,
    planName,
    report: scope,
    fallback: t.followUp.doc.fileFallback(command),
  };
}

/** The title and message a surface gives the follow-up workbook it attaches. */
export function followUpFileTexts(
  t: Messages,
  planName: string,
  by: string,
): { title: string; comment: string } {
  return { title: t.report.fileTitle(planName), comment: t.report.fileComment(planName, by) };
}

/** What a `rapport` was narrowed to, in words: "år 2024, Dialog och samverkan och Kommunen". */
export function scopeNote(
  t: Messages,
  scope: { year?: number; principle?: string; party?: Party },
): string | undefined {
  const parts = [
    ...(scope.year !== undefined ? [t.followUp.report.scopeYear(scope.year)] : []),
    ...(scope.principle ? [scope.principle] : []),
    ...(scope.party ? [t.party.label[scope.party]] : []),
  ];
  return parts.length ? t.followUp.report.scopeNote(parts) : undefined;
}

export function reportReply(
  t: Messages,
  report: Report,
  scope: { year?: number; principle?: string; party?: Party } = {},
): Reply {
  const line = (a: ActivitySummary) => summaryLine(t, a);
  const note = scopeNote(t, scope);
  return reply("info", [
    { type: "heading", text: t.report.heading(report.planName) },
    ...(note
      ? [
          { type: "note" as const, text: note },
          ...(scope.year !== undefined
            ? [{ type: "note" as const, text: t.followUp.report.asOf(t.dates.date(report.today)) }]
            : []),
        ]
      : []),
    {
      type: "fields",
      // One principle asked for: its line is the total.
      fields: [...report.principles, ...(report.principles.length === 1 ? [] : [report.total])].map((p) => ({
        label: `${p.principle} (${p.total})`,
        value: countsText(t, p),
      })),
    },
    { type: "heading", text: t.report.overdue(report.overdue.length) },
    report.overdue.length
      ? { type: "bullets", items: report.overdue.map(line) }
      : { type: "note", text: t.report.noOverdue },
    { type: "heading", text: t.report.recentlyDone(RECENT_DAYS, report.recentlyFinished.length) },
    report.recentlyFinished.length
      ? { type: "bullets", items: report.recentlyFinished.map(line) }
      : { type: "note", text: t.report.noRecentlyDone },
  ]);
}
