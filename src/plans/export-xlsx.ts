// The follow-up as an Excel workbook, in the group's language: the activities (one row per activity),
// the summary (per principle, from the core's report) and the history (every status update). Dates
// are real date cells.
import type ExcelJS from "exceljs";
import type { LocalDate } from "../core/local-date.ts";
import { localDateToDateColumn } from "../core/zoned-time.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import type { GroupRef } from "../services/actor.ts";
import type { PlanRef } from "../services/groups.ts";
import { type Messages, textsFor } from "../texts/index.ts";
import { loadExcelJS } from "./exceljs.ts";
import { type FollowUp, loadFollowUp } from "./follow-up-data.ts";
import {
  activityColumns,
  type Column,
  followUpTitle,
  historyColumns,
  summaryColumns,
  summaryExplanation,
  summaryRows,
  type TableCell,
} from "./follow-up-table.ts";

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

export async function followUpWorkbook(f: FollowUp, t: Messages): Promise<ExcelJS.Workbook> {
  const x = t.exports;
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = x.creator;
  wb.title = followUpTitle(f, t);
  addTable(wb.addWorksheet(x.sheets.activities), followUpTitle(f, t), activityColumns(t), f.activities);
  const summary = wb.addWorksheet(x.sheets.summary);
  addTable(summary, x.summaryTitle(f.planName, f.today), summaryColumns(t), summaryRows(f));
  summary.addRow([]);
  for (const line of summaryExplanation(t)) summary.addRow([line]).font = { italic: true };
  addTable(wb.addWorksheet(x.sheets.history), x.historyTitle(f.planName), historyColumns(t), f.history);
  return wb;
}

export async function followUpXlsx(f: FollowUp, t: Messages): Promise<Buffer> {
  return Buffer.from(await (await followUpWorkbook(f, t)).xlsx.writeBuffer());
}

/**
 * The follow-up workbook for a plan, as bytes to write or upload (Slack's `rapport fil` for
 * coordinators), in the group's language like the rest of what the group is told.
 */
export async function buildFollowUpWorkbook(
  prisma: PrismaClient,
  group: GroupRef,
  plan: PlanRef,
  today: LocalDate,
): Promise<Buffer> {
  return followUpXlsx(await loadFollowUp(prisma, group, plan, today), textsFor(group.locale));
}
