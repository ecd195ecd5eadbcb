// The statusrapport as bytes in a chosen format, for `lok export --year`, `rapport <år> fil` and the
// web page's download; and the request that names its parties and totals in the report's language.
import type { Party } from "../core/command.ts";
import type { Messages } from "../texts/index.ts";
import type { StatusReport, StatusReportRequest } from "./status-report-data.ts";
import { statusReportDocx } from "./status-report-docx.ts";
import { statusReportMarkdown } from "./status-report-md.ts";
import { statusReportXlsx } from "./status-report-xlsx.ts";

export type StatusReportFormat = "docx" | "xlsx" | "md";

export function statusReportRequest(
  t: Messages,
  scope: { year: number; principle?: string; party?: Party; preparedBy?: string },
): StatusReportRequest {
  return {
    ...scope,
    partyLabel: (p) => t.party.label[p],
    noPrinciple: t.report.noPrinciple,
    total: t.report.total,
  };
}

export async function statusReportFile(
  r: StatusReport,
  t: Messages,
  format: StatusReportFormat,
): Promise<Buffer> {
  if (format === "docx") return statusReportDocx(r, t);
  if (format === "xlsx") return statusReportXlsx(r, t);
  return Buffer.from(statusReportMarkdown(r, t), "utf8");
}
