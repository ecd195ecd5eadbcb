// The follow-up's activity table as CSV for Swedish Excel: UTF-8 with BOM, `;` between fields, CRLF.
// (CSV holds one table; the summary and the history are in the xlsx and Markdown exports.)
import type { FollowUp } from "./follow-up-data.js";
import { ACTIVITY_COLUMNS, cellAsText, followUpTitle } from "./follow-up-table.js";

export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function followUpCsv(f: FollowUp): Buffer {
  const lines = [
    csvField(followUpTitle(f)),
    ACTIVITY_COLUMNS.map((c) => csvField(c.header)).join(";"),
    ...f.activities.map((a) => ACTIVITY_COLUMNS.map((c) => csvField(cellAsText(c.value(a)))).join(";")),
  ];
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
