// The follow-up's tables, shared by the xlsx, CSV and Markdown exports: headings and cell values, in
// the language of the texts given (the group's). The Swedish activity table's headings are ones the
// import recognises, so an export can be read back in.
import { ACTIVITY_STATUSES } from "../core/activity-status.ts";
import type { LocalDate } from "../core/local-date.ts";
import type { PrincipleSummary } from "../core/replies/report.ts";
import type { Messages } from "../texts/index.ts";
import type { FollowUp, FollowUpActivity, FollowUpEvent } from "./follow-up-data.ts";

/** A cell: text, a whole number, a share (0–1), or a calendar date. */
export type TableCell = string | number | { share: number } | { date: LocalDate } | undefined;

export interface Column<T> {
  /** What the column holds, whatever its heading says in the file's language. */
  key: string;
  header: string;
  width: number;
  value(row: T): TableCell;
}

export function followUpTitle(f: FollowUp, t: Messages): string {
  return t.exports.title(f.planName, f.groupName, f.today);
}

const date = (d: LocalDate | undefined): TableCell => (d ? { date: d } : undefined);

export function activityColumns(t: Messages): Column<FollowUpActivity>[] {
  const h = t.exports.columns;
  return [
    { key: "number", header: h.number, width: 6, value: (a) => a.number },
    { key: "principle", header: h.principle, width: 16, value: (a) => a.principle },
    { key: "party", header: h.party, width: 14, value: (a) => t.party.label[a.party] },
    { key: "activity", header: h.activity, width: 60, value: (a) => a.title },
    { key: "responsibleOrg", header: h.responsibleOrg, width: 26, value: (a) => a.responsibleOrg },
    { key: "owners", header: h.owners, width: 24, value: (a) => a.owners.join(", ") || undefined },
    { key: "dueDate", header: h.dueDate, width: 12, value: (a) => date(a.dueDate) },
    { key: "status", header: h.status, width: 12, value: (a) => t.status.label[a.status] },
    // Apart from the status: an activity can be reported försenad before its deadline, and be past
    // its deadline while still reported as pågår.
    {
      key: "pastDeadline",
      header: h.pastDeadline,
      width: 10,
      value: (a) => (a.pastDeadline ? t.exports.yes : undefined),
    },
    { key: "updatedOn", header: h.updatedOn, width: 12, value: (a) => date(a.latest?.on) },
    {
      key: "latestUpdate",
      header: h.latestUpdate,
      width: 40,
      value: (a) =>
        a.latest && t.exports.update(t.status.label[a.latest.status], a.latest.comment, a.latest.author),
    },
    { key: "commitment", header: h.commitment, width: 40, value: (a) => a.commitment },
    { key: "commissioner", header: h.commissioner, width: 26, value: (a) => a.commissioner },
    { key: "partners", header: h.partners, width: 26, value: (a) => a.partners },
    { key: "followUp", header: h.followUp, width: 26, value: (a) => a.followUp },
  ];
}

export function historyColumns(t: Messages): Column<FollowUpEvent>[] {
  const h = t.exports.columns;
  return [
    { key: "number", header: h.number, width: 6, value: (e) => e.number },
    { key: "activity", header: h.activity, width: 50, value: (e) => e.title },
    { key: "at", header: h.at, width: 17, value: (e) => e.at },
    { key: "status", header: h.status, width: 12, value: (e) => t.status.label[e.status] },
    { key: "comment", header: h.comment, width: 40, value: (e) => e.comment },
    { key: "author", header: h.author, width: 20, value: (e) => e.author },
    { key: "source", header: h.source, width: 10, value: (e) => t.exports.sources[e.source] ?? e.source },
  ];
}

export function summaryColumns(t: Messages): Column<PrincipleSummary>[] {
  const h = t.exports.columns;
  return [
    { key: "principle", header: h.principle, width: 22, value: (p) => p.principle },
    { key: "activities", header: h.activities, width: 11, value: (p) => p.total },
    ...ACTIVITY_STATUSES.map(
      (s): Column<PrincipleSummary> => ({
        key: s,
        header: t.status.label[s],
        width: 11,
        value: (p) => p.counts[s],
      }),
    ),
    {
      key: "doneShare",
      header: h.doneShare,
      width: 11,
      value: (p) => ({ share: p.total ? p.counts.klar / p.total : 0 }),
    },
    { key: "pastDeadline", header: h.pastDeadline, width: 13, value: (p) => p.pastDeadline },
    { key: "overdue", header: h.overdue, width: 13, value: (p) => p.overdue },
  ];
}

/** Under the summary: what the status columns and the two overdue columns count. */
export function summaryExplanation(t: Messages): readonly string[] {
  return t.exports.explanation(t.status.label);
}

/** The summary rows: each principle, then the total. */
export function summaryRows(f: FollowUp): PrincipleSummary[] {
  return [...f.report.principles, f.report.total];
}

/** A cell as text: dates ISO, shares as "50 %". */
export function cellAsText(cell: TableCell): string {
  if (cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  if ("date" in cell) return cell.date;
  return `${Math.round(cell.share * 100)} %`;
}
