// The follow-up as Markdown, for pasting into the minutes: summary per principle, the activities,
// what is past its deadline, and the status history.
import { formatDate } from "../core/labels.js";
import type { FollowUp } from "./follow-up-data.js";
import {
  ACTIVITY_COLUMNS,
  type Column,
  cellAsText,
  HISTORY_COLUMNS,
  SUMMARY_COLUMNS,
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
    `## Aktiviteter (${f.activities.length})`,
    "",
    ...table(
      ACTIVITY_COLUMNS.filter((c) => MD_ACTIVITY_HEADERS.has(c.header)),
      f.activities,
    ),
    "",
    `## Efter deadline (${overdue.length})`,
    "",
    ...(overdue.length
      ? overdue.map(
          (a) => `- ${a.number}. ${mdCell(a.title)} (klart senast ${formatDate(a.dueDate ?? f.today)})`,
        )
      : ["Inga aktiviteter är efter sin deadline."]),
    "",
    `## Historik (${f.history.length})`,
    "",
    ...(f.history.length ? table(HISTORY_COLUMNS, f.history) : ["Inga statusuppdateringar än."]),
    "",
  ];
  return lines.join("\n");
}
