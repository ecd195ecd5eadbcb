// ExcelJS weighs megabytes of memory: it is loaded when a workbook is first read or written, not at
// start, so a bot that never imports or exports a plan does not carry it.
import type ExcelJS from "exceljs";

export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}
