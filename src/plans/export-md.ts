// The follow-up as Markdown, for pasting into the minutes: summary per principle, the activities,
// what is overdue (reported försenad, or past its deadline), and the status history. Every piece of
// user text (titles, comments, names, plan and group names) goes through markdownText, so nothing typed
// in chat or in a plan becomes a link, an image, a tag or formatting in the minutes.
import { LATE_STATUS } from "../core/activity-rules.ts";
import { STATUS_LABEL } from "../core/activity-status.ts";
import { formatDate } from "../core/labels.ts";
import type { FollowUp, FollowUpActivity } from "./follow-up-data.ts";
import {
  ACTIVITY_COLUMNS,
  type Column,
  cellAsText,
  HISTORY_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_EXPLANATION,
  summaryRows,
  type TableCell,
} from "./follow-up-table.ts";

/**
 * User text as inline Markdown that renders as exactly that text: HTML's < > & as entities (no tag, no
 * autolink), Markdown's inline punctuation backslash-escaped (no link, image, emphasis, code or table
 * cell break), what would start a block at the start of a line (heading, list, quote), and the
 * beginnings of GFM's bare autolinks (www., ://, @). Whitespace, newlines too, becomes one space.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]{}()!|~]/g, "\\$&")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/:\/\//g, "\\://")
    .replace(/@/g, "\\@");
}

function mdCell(cell: TableCell): string {
  return markdownText(
    cell && typeof cell === "object" && "date" in cell ? formatDate(cell.date) : cellAsText(cell),
  );
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
    `# Uppföljning av ${markdownText(f.planName)}`,
    "",
    `${markdownText(f.groupName)} – statusrapportering av aktiviteter per ${formatDate(f.today)}.`,
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
