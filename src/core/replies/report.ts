// The follow-up report (rapport): per principle, counts by status, overdue, and what was finished lately.

import { isOverdue, isPastDeadline } from "../activity-rules.ts";
import { ACTIVITY_STATUSES, type ActivityStatus, STATUS_LABEL } from "../activity-status.ts";
import { addDays } from "../calendar.ts";
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

const NO_PRINCIPLE = "Utan princip";

function emptySummary(principle: string): PrincipleSummary {
  const counts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  return { principle, total: 0, counts, overdue: 0, pastDeadline: 0 };
}

/** Pure aggregation, shared by the chat reply, the scheduler's digest and the exported follow-up. */
export function buildReport(
  planName: string,
  rows: ReportRow[],
  principleOrder: string[],
  today: LocalDate,
): Report {
  const by = new Map<string, PrincipleSummary>(principleOrder.map((p) => [p, emptySummary(p)]));
  const total = emptySummary("Totalt");
  const since = addDays(today, -RECENT_DAYS);
  for (const row of rows) {
    const key = row.principle ?? NO_PRINCIPLE;
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
    principles: [...by.values()].filter((p) => p.total > 0),
    total,
    overdue: rows.filter((r) => isOverdue(r.dueDate, r.status, today)),
    recentlyFinished: rows.filter(
      (r) => r.status === "klar" && r.statusChangedOn && r.statusChangedOn >= since,
    ),
  };
}

function countsText(p: PrincipleSummary): string {
  const parts = ACTIVITY_STATUSES.filter((s) => p.counts[s] > 0).map(
    (s) => `${p.counts[s]} ${STATUS_LABEL[s]}`,
  );
  const done = p.total ? Math.round((100 * p.counts.klar) / p.total) : 0;
  return `${parts.join(", ")} — ${done} % klara${p.overdue ? `, ${p.overdue} försenade` : ""}`;
}

/**
 * The follow-up workbook, e.g. "uppfoljning-handlingsplan-2017-2018-2026-11-23.xlsx". Where a surface
 * cannot attach it, the fallback is a command to run in the project's folder: `lok` is not on the
 * PATH of an npm install, so it is run through npx.
 */
export function followUpAttachment(groupName: string, planName: string, today: LocalDate): Attachment {
  const slug = normalizeForMatch(planName)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const fileName = `uppfoljning-${slug || "plan"}-${today}.xlsx`;
  const command = `npx lok export ${fileName} --group "${groupName.replace(/["\\$`]/g, "\\$&")}"`;
  return {
    kind: "follow_up_workbook",
    fileName,
    planName,
    fallback: `Excel-filen med alla aktiviteter och historiken skriver du i terminalen, i LÖK-botens mapp, med \`${command}\`.`,
  };
}

/** The title and message a surface gives the follow-up workbook it attaches. */
export function followUpFileTexts(planName: string, by: string): { title: string; comment: string } {
  return { title: `Uppföljning av ${planName}`, comment: `Uppföljningen av ${planName}, beställd av ${by}.` };
}

export function reportReply(report: Report): Reply {
  return reply("info", [
    { type: "heading", text: `Uppföljning av ${report.planName}` },
    {
      type: "fields",
      fields: [...report.principles, report.total].map((p) => ({
        label: `${p.principle} (${p.total})`,
        value: countsText(p),
      })),
    },
    { type: "heading", text: `Försenade (${report.overdue.length})` },
    report.overdue.length
      ? { type: "bullets", items: report.overdue.map(summaryLine) }
      : { type: "note", text: "Inga aktiviteter är försenade." },
    { type: "heading", text: `Klara de senaste ${RECENT_DAYS} dagarna (${report.recentlyFinished.length})` },
    report.recentlyFinished.length
      ? { type: "bullets", items: report.recentlyFinished.map(summaryLine) }
      : { type: "note", text: "Ingen aktivitet har blivit klar den senaste månaden." },
  ]);
}
