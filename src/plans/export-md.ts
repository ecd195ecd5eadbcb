// The follow-up as Markdown, for pasting into the minutes: summary per principle, the activities,
// what is overdue (reported försenad, or past its deadline), and the status history. Every piece of
// user text (titles, comments, names, plan and group names) goes through markdownText, so nothing typed
// in chat or in a plan becomes a link, an image, a tag or formatting in the minutes.
import { LATE_STATUS } from "../core/activity-rules.ts";
import type { Messages } from "../texts/index.ts";
import type { FollowUp, FollowUpActivity } from "./follow-up-data.ts";
import {
  activityColumns,
  type Column,
  cellAsText,
  historyColumns,
  summaryColumns,
  summaryExplanation,
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

function mdCell(t: Messages, cell: TableCell): string {
  return markdownText(
    cell && typeof cell === "object" && "date" in cell ? t.dates.date(cell.date) : cellAsText(cell),
  );
}

function table<T>(t: Messages, columns: Column<T>[], rows: T[]): string[] {
  return [
    `| ${columns.map((c) => c.header).join(" | ")} |`,
    `| ${columns.map((c) => (c.key === "number" ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${columns.map((c) => mdCell(t, c.value(r))).join(" | ")} |`),
  ];
}

// The columns worth reading in minutes; the xlsx has the rest.
const MD_ACTIVITY_COLUMNS = new Set([
  "number",
  "principle",
  "party",
  "activity",
  "owners",
  "dueDate",
  "status",
  "latestUpdate",
]);

/** "status försenad, klart senast 1 mars 2027 har passerat" — why an activity counts as overdue. */
function overdueReason(t: Messages, a: FollowUpActivity): string {
  const m = t.exports.markdown;
  const reasons = [
    ...(a.status === LATE_STATUS ? [m.lateStatus(t.status.label[LATE_STATUS])] : []),
    ...(a.pastDeadline && a.dueDate ? [m.deadlinePassed(t.dates.date(a.dueDate))] : []),
  ];
  return reasons.join(", ");
}

export function followUpMarkdown(f: FollowUp, t: Messages): string {
  const m = t.exports.markdown;
  const overdue = f.activities.filter((a) => a.overdue);
  const lines = [
    `# ${m.heading(markdownText(f.planName))}`,
    "",
    m.intro(markdownText(f.groupName), t.dates.date(f.today)),
    "",
    `## ${m.summary}`,
    "",
    ...table(t, summaryColumns(t), summaryRows(f)),
    "",
    ...summaryExplanation(t).map((line, i) => (i === 0 ? line : `- ${line}`)),
    "",
    `## ${m.activities(f.activities.length)}`,
    "",
    ...table(
      t,
      activityColumns(t).filter((c) => MD_ACTIVITY_COLUMNS.has(c.key)),
      f.activities,
    ),
    "",
    `## ${m.overdue(overdue.length)}`,
    "",
    ...(overdue.length
      ? overdue.map((a) => `- ${a.number}. ${mdCell(t, a.title)} (${overdueReason(t, a)})`)
      : [m.noOverdue]),
    "",
    `## ${m.history(f.history.length)}`,
    "",
    ...(f.history.length ? table(t, historyColumns(t), f.history) : [m.noHistory]),
    "",
  ];
  return lines.join("\n");
}
