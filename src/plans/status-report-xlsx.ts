// The statusrapport as an Excel workbook: the outline on one sheet in the same order as the document
// (numbers as numbers, each chart as a picture next to its table's numbers), and the year's status
// history on a sheet of its own, with a filter, for those who want to sort it.
import type ExcelJS from "exceljs";
import type { Messages } from "../texts/index.ts";
import { loadExcelJS } from "./exceljs.ts";
import { chartPng } from "./status-chart.ts";
import type { StatusReport } from "./status-report-data.ts";
import { type OutlineBlock, statusReportOutline } from "./status-report-outline.ts";

/** Rows a chart picture takes (rows are 20 px high). */
const rowsFor = (pixels: number) => Math.ceil(pixels / 20) + 1;

function addTable(ws: ExcelJS.Worksheet, b: Extract<OutlineBlock, { type: "table" }>): void {
  const header = ws.addRow(b.headers);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  for (const row of b.rows) ws.addRow(row).alignment = { vertical: "top", wrapText: true };
}

export async function statusReportXlsx(r: StatusReport, t: Messages): Promise<Buffer> {
  const d = t.followUp.doc;
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = t.exports.creator;
  wb.title = `${d.title(r.year)}, ${r.planName}`;
  const ws = wb.addWorksheet(d.sheetReport);
  ws.columns = [{ width: 60 }, { width: 14 }, ...Array.from({ length: 8 }, () => ({ width: 14 }))];
  const outline = statusReportOutline(r, t);
  for (const b of outline) {
    switch (b.type) {
      case "title":
        ws.addRow([b.title]).font = { bold: true, size: 18 };
        ws.addRow([b.subtitle]).font = { size: 13 };
        ws.addRow([]);
        break;
      case "facts":
        for (const [k, v] of b.rows) {
          const row = ws.addRow([k, v]);
          row.getCell(1).font = { bold: true };
        }
        ws.addRow([]);
        break;
      case "page_break":
        ws.addRow([]);
        break;
      case "heading":
        ws.addRow([b.text]).font = { bold: true, size: b.level === 1 ? 15 : b.level === 2 ? 13 : 11 };
        break;
      case "paragraph":
        ws.addRow([b.text]).alignment = { wrapText: true };
        break;
      case "bullets":
        for (const item of b.items) ws.addRow([`• ${item}`]).alignment = { wrapText: true };
        ws.addRow([]);
        break;
      case "table":
        addTable(ws, b);
        ws.addRow([]);
        break;
      case "chart": {
        const png = chartPng(b.rows);
        const image = wb.addImage({ buffer: png.png as unknown as ExcelJS.Buffer, extension: "png" });
        const top = ws.rowCount;
        ws.addImage(image, { tl: { col: 0, row: top }, ext: { width: png.width, height: png.height } });
        for (let i = 0; i < rowsFor(png.height); i++) ws.addRow([]);
        break;
      }
    }
  }
  const history = outline
    .filter((b): b is Extract<OutlineBlock, { type: "table" }> => b.type === "table")
    .at(-1);
  if (r.history.length && history) {
    const sheet = wb.addWorksheet(d.sheetHistory);
    sheet.columns = [{ width: 18 }, { width: 6 }, { width: 60 }, { width: 14 }, { width: 50 }, { width: 20 }];
    addTable(sheet, history);
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1 + history.rows.length, column: history.headers.length },
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
