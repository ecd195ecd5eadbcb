// The follow-up's activity table as CSV for Swedish Excel: UTF-8 with BOM, `;` between fields, CRLF.
// (CSV holds one table; the summary and the history are in the xlsx and Markdown exports.) Every field
// goes through csvField, so no cell of the file is a live formula.
import type { Messages } from "../texts/index.ts";
import type { FollowUp } from "./follow-up-data.ts";
import { activityColumns, cellAsText, followUpTitle } from "./follow-up-table.ts";

// A field a spreadsheet would take for a formula (or DDE call) starts with =, +, -, @, a tab or a
// carriage return. As OWASP advises against CSV injection, such a field gets a single quote in front,
// which Excel and LibreOffice show as text, and is quoted.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(text: string): string {
  const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;
  if (FORMULA_START.test(text)) return quoted(`'${text}`);
  return /[;"\r\n]/.test(text) ? quoted(text) : text;
}

export function followUpCsv(f: FollowUp, t: Messages): Buffer {
  const columns = activityColumns(t);
  const lines = [
    csvField(followUpTitle(f, t)),
    columns.map((c) => csvField(c.header)).join(";"),
    ...f.activities.map((a) => columns.map((c) => csvField(cellAsText(c.value(a)))).join(";")),
  ];
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
