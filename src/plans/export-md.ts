// The follow-up as Markdown, for pasting into the minutes: summary per principle, the activities,
// what is overdue (reported försenad, or past its deadline), and the status history.
import { LATE_STATUS } from "../core/activity-rules.js";
import { STATUS_LABEL } from "../core/activity-status.js";
import { formatDate } from "../core/labels.js";
import type { FollowUp, FollowUpActivity } from "./follow-up-data.js";
import {
  ACTIVITY_COLUMNS,
  type Column,
  cellAsText,
  HISTORY_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_EXPLANATION,
  summaryRows,
  type TableCell,
} from "./follow-up-table.js";

function mdCell(cell: TableCell): string {
  const text = cell && typeof cell === "object" && "date" in cell ? formatDate(cell.date) : cellAsText(cell);
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

function table<T>(columns: Column<T>[], rows: T[]): string[] {
  return [
    `| ${columns.map((c) => c.header).join(" | ")} |`,
    `| ${columns.map((c) => (c.header === "Nr" || /^\d/.test(c.header) ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${columns.map((c) => mdCell(c.value(r))).join(" | ")} |`),
  ];
}

// The columns worth reading in minutes; the xlsx has the rest.
const MD_ACTIVITY_HEADERS = new Set([
  "Nr",
  "Princip",
  "Part",
  "Aktivitet",
  "Ägare",
  "Klart senast",
  "Status",
  "Senaste uppdatering",
]);

/** "status försenad, klart senast 1 mars 2027 har passerat" — why an activity counts as overdue. */
function overdueReason(a: FollowUpActivity): string {
  const reasons = [
    ...(a.status === LATE_STATUS ? [`status ${STATUS_LABEL[LATE_STATUS]}`] : []),
    ...(a.pastDeadline && a.dueDate ? [`klart senast ${formatDate(a.dueDate)} har passerat`] : []),
  ];
  return reasons.join(", ");
}

export function followUpMarkdown(f: FollowUp): string {
  const overdue = f.activities.filter((a) => a.overdue);
  const lines = [
    `# Uppföljning av ${f.planName}`,
    "",
    `${f.groupName} – statusrapportering av aktiviteter per ${formatDate(f.today)}.`,
    "",
    "## Sammanfattning per princip",
    "",
    ...table(SUMMARY_COLUMNS, summaryRows(f)),
    "",
    ...SUMMARY_EXPLANATION.map((line, i) => (i === 0 ? line : `- ${line}`)),
    "",
    `## Aktiviteter (${f.activities.length})`,
    "",
    ...table(
      ACTIVITY_COLUMNS.filter((c) => MD_ACTIVITY_HEADERS.has(c.header)),
      f.activities,
    ),
    "",
    `## Försenade (${overdue.length})`,
    "",
    ...(overdue.length
      ? overdue.map((a) => `- ${a.number}. ${mdCell(a.title)} (${overdueReason(a)})`)
      : ["Inga aktiviteter är försenade."]),
    "",
    `## Historik (${f.history.length})`,
    "",
    ...(f.history.length ? table(HISTORY_COLUMNS, f.history) : ["Inga statusuppdateringar än."]),
    "",
  ];
  return lines.join("\n");
}
