// An .xlsx workbook as sheets of plain values (exceljs). Rich text, formulas (their cached result),
// hyperlinks (their text) and dates become plain cells; a cell merged downwards from the one above
// (a Princip or Åtagande spanning several activities) repeats its value on every row it covers.
import type ExcelJS from "exceljs";
import type { SheetCell, SheetData } from "../core/plan-sheet/sheet.ts";
import { loadExcelJS } from "./exceljs.ts";

type ExcelValue = ExcelJS.CellValue;

export function plainValue(value: ExcelValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value)
      return plainValue((value as { result?: ExcelValue }).result ?? null);
    if ("hyperlink" in value) {
      const text = (value as { text?: unknown }).text;
      return typeof text === "string" ? text : plainValue(text as ExcelValue);
    }
    if ("error" in value) return null;
  }
  return null;
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetData[]> {
  const workbook = new (await loadExcelJS()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return workbook.worksheets.map((ws) => {
    const rows: SheetCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: SheetCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const master = cell.isMerged ? cell.master : cell;
        // Only a vertical merge carries a value; a heading merged across columns is one cell.
        if (master !== cell && master.col !== cell.col) return;
        cells[colNumber - 1] = plainValue(master.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= null;
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows, date1904 };
  });
}
