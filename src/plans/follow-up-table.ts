// The follow-up's tables, shared by the xlsx, CSV and Markdown exports: headings and cell values.
// The activity table's headings are ones the import recognises, so an export can be read back in.
import { ACTIVITY_STATUSES, STATUS_LABEL } from "../core/activity-status.ts";
import { PARTY_LABEL } from "../core/labels.ts";
import type { LocalDate } from "../core/local-date.ts";
import { COLUMN_LABEL } from "../core/plan-sheet/plan-columns.ts";
import type { PrincipleSummary } from "../core/replies/report.ts";
import type { FollowUp, FollowUpActivity, FollowUpEvent } from "./follow-up-data.ts";

/** A cell: text, a whole number, a share (0–1), or a calendar date. */
export type TableCell = string | number | { share: number } | { date: LocalDate } | undefined;

export interface Column<T> {
  header: string;
  width: number;
  value(row: T): TableCell;
}

export function followUpTitle(f: FollowUp): string {
  return `${f.planName} – statusrapportering av aktiviteter, ${f.groupName}, ${f.today}`;
}

const date = (d: LocalDate | undefined): TableCell => (d ? { date: d } : undefined);

export const PAST_DEADLINE_HEADER = "Passerad deadline";
export const OVERDUE_HEADER = "Försenade totalt";

export const ACTIVITY_COLUMNS: Column<FollowUpActivity>[] = [
  { header: COLUMN_LABEL.number, width: 6, value: (a) => a.number },
  { header: COLUMN_LABEL.principle, width: 16, value: (a) => a.principle },
  { header: COLUMN_LABEL.party, width: 14, value: (a) => PARTY_LABEL[a.party] },
  { header: COLUMN_LABEL.activity, width: 60, value: (a) => a.title },
  { header: COLUMN_LABEL.responsibleOrg, width: 26, value: (a) => a.responsibleOrg },
  { header: COLUMN_LABEL.owners, width: 24, value: (a) => a.owners.join(", ") || undefined },
  { header: COLUMN_LABEL.dueDate, width: 12, value: (a) => date(a.dueDate) },
  { header: COLUMN_LABEL.status, width: 12, value: (a) => STATUS_LABEL[a.status] },
  // Apart from the status: an activity can be reported försenad before its deadline, and be past
  // its deadline while still reported as pågår. ("Passerad deadline" and not "Deadline passerad",
  // which the import would take for the deadline column when the file is read back in.)
  { header: PAST_DEADLINE_HEADER, width: 10, value: (a) => (a.pastDeadline ? "ja" : undefined) },
  { header: "Senast uppdaterad", width: 12, value: (a) => date(a.latest?.on) },
  { header: "Senaste uppdatering", width: 40, value: (a) => a.latest?.text },
  { header: COLUMN_LABEL.commitment, width: 40, value: (a) => a.commitment },
  { header: COLUMN_LABEL.commissioner, width: 26, value: (a) => a.commissioner },
  { header: COLUMN_LABEL.partners, width: 26, value: (a) => a.partners },
  { header: COLUMN_LABEL.followUp, width: 26, value: (a) => a.followUp },
];

export const HISTORY_COLUMNS: Column<FollowUpEvent>[] = [
  { header: "Nr", width: 6, value: (e) => e.number },
  { header: "Aktivitet", width: 50, value: (e) => e.title },
  { header: "Tidpunkt", width: 17, value: (e) => e.at },
  { header: "Status", width: 12, value: (e) => STATUS_LABEL[e.status] },
  { header: "Kommentar", width: 40, value: (e) => e.comment },
  { header: "Av", width: 20, value: (e) => e.author },
  { header: "Källa", width: 10, value: (e) => e.source },
];

export const SUMMARY_COLUMNS: Column<PrincipleSummary>[] = [
  { header: "Princip", width: 22, value: (p) => p.principle },
  { header: "Aktiviteter", width: 11, value: (p) => p.total },
  ...ACTIVITY_STATUSES.map(
    (s): Column<PrincipleSummary> => ({ header: STATUS_LABEL[s], width: 11, value: (p) => p.counts[s] }),
  ),
  { header: "Andel klara", width: 11, value: (p) => ({ share: p.total ? p.counts.klar / p.total : 0 }) },
  { header: PAST_DEADLINE_HEADER, width: 13, value: (p) => p.pastDeadline },
  { header: OVERDUE_HEADER, width: 13, value: (p) => p.overdue },
];

/** Under the summary: what the status columns and the two overdue columns count. */
export const SUMMARY_EXPLANATION: readonly string[] = [
  "Så läser du tabellen:",
  `Kolumnerna ${ACTIVITY_STATUSES.map((s) => STATUS_LABEL[s]).join(", ")}: hur många aktiviteter som har den statusen nu. Status ${STATUS_LABEL.forsenad} är vad de ansvariga själva har rapporterat.`,
  `${PAST_DEADLINE_HEADER}: öppna aktiviteter (varken klara eller strukna) vars deadline har passerat, vilken status de än har.`,
  `${OVERDUE_HEADER}: aktiviteter med status ${STATUS_LABEL.forsenad} eller passerad deadline (de som rapporten och listorna kallar försenade). En aktivitet som är båda räknas en gång.`,
];

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
