// The follow-up as an Excel workbook: Aktiviteter (one row per activity), Sammanfattning (per
// principle, from the core's report) and Historik (every status update). Dates are real date cells.
import type ExcelJS from "exceljs";
import type { LocalDate } from "../core/local-date.ts";
import { localDateToDateColumn } from "../core/zoned-time.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { GroupRef } from "../services/actor.ts";
import type { PlanRef } from "../services/groups.ts";
import { loadExcelJS } from "./exceljs.ts";
import { type FollowUp, loadFollowUp } from "./follow-up-data.ts";
import {
  ACTIVITY_COLUMNS,
  type Column,
  followUpTitle,
  HISTORY_COLUMNS,
  SUMMARY_COLUMNS,
  SUMMARY_EXPLANATION,
  summaryRows,
  type TableCell,
} from "./follow-up-table.ts";

export const SHEET_NAMES = {
  activities: "Aktiviteter",
  summary: "Sammanfattning",
  history: "Historik",
} as const;

function excelValue(cell: TableCell): ExcelJS.CellValue {
  if (cell === undefined) return null;
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if ("date" in cell) return localDateToDateColumn(cell.date);
  return cell.share;
}

function addTable<T>(ws: ExcelJS.Worksheet, title: string, columns: Column<T>[], rows: T[]): void {
  ws.columns = columns.map((c) => ({ width: c.width }));
  const titleRow = ws.addRow([title]);
  titleRow.font = { bold: true, size: 13 };
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  for (const row of rows) {
    const added = ws.addRow(columns.map((c) => excelValue(c.value(row))));
    added.alignment = { vertical: "top", wrapText: true };
    columns.forEach((c, i) => {
      const v = c.value(row);
      if (v && typeof v === "object") added.getCell(i + 1).numFmt = "date" in v ? "yyyy-mm-dd" : "0%";
    });
  }
  ws.views = [{ state: "frozen", ySplit: 2 }];
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: columns.length } };
}

export async function followUpWorkbook(f: FollowUp): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = "LÖK-boten";
  wb.title = followUpTitle(f);
  addTable(wb.addWorksheet(SHEET_NAMES.activities), followUpTitle(f), ACTIVITY_COLUMNS, f.activities);
  const summary = wb.addWorksheet(SHEET_NAMES.summary);
  addTable(summary, `Uppföljning av ${f.planName} per princip, ${f.today}`, SUMMARY_COLUMNS, summaryRows(f));
  summary.addRow([]);
  for (const line of SUMMARY_EXPLANATION) summary.addRow([line]).font = { italic: true };
  addTable(wb.addWorksheet(SHEET_NAMES.history), `Statushistorik, ${f.planName}`, HISTORY_COLUMNS, f.history);
  return wb;
}

export async function followUpXlsx(f: FollowUp): Promise<Buffer> {
  return Buffer.from(await (await followUpWorkbook(f)).xlsx.writeBuffer());
}

/** The follow-up workbook for a plan, as bytes to write or upload (Slack's `rapport` for coordinators). */
export async function buildFollowUpWorkbook(
  prisma: PrismaClient,
  group: GroupRef,
  plan: PlanRef,
  today: LocalDate,
): Promise<Buffer> {
  return followUpXlsx(await loadFollowUp(prisma, group, plan, today));
}
