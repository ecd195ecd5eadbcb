// A spreadsheet as the import rules see it: rows of plain cell values, whatever file it came from.
// Row i of `rows` is the sheet's row i + 1, so problems can name the row the user sees in Excel.
import type { Messages } from "../../texts/index.ts";

/** A cell's value: text, a number (an Excel serial date is a number too), a date cell, or nothing. */
export type SheetCell = string | number | boolean | Date | null;

export interface SheetData {
  /** The worksheet's name, or the CSV file's name. */
  name: string;
  rows: SheetCell[][];
  /** Excel's 1904 date system (old Mac workbooks): serial dates count from 1904-01-01. */
  date1904?: boolean;
}

/** Something wrong in the file, placed where the user can find it. */
export interface SheetProblem {
  sheet: string;
  /** 1-based, as Excel numbers rows. */
  row?: number;
  /** 0-based column index. */
  column?: number;
  /** The column's heading as written in the file, for the message. */
  columnLabel?: string;
  /** In the language of the texts the sheet was read with. */
  message: string;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `Blad "Handlingsplan", rad 12, kolumn C (Klart senast): …` */
export function formatProblem(p: SheetProblem, t: Messages): string {
  const column = p.column !== undefined ? columnLetter(p.column) : undefined;
  return `${t.imports.problemAt(p.sheet, p.row, column, p.columnLabel)}: ${p.message}`;
}
