// The plan's name as the sheet's title rows give it: "Handlingsplan år 2017-2018" → "Handlingsplan 2017–2018".
import type { LocalDate } from "../local-date.ts";
import { cellText } from "./cell-values.ts";
import type { SheetCell } from "./sheet.ts";

const TITLE = /handlingsplan\D{0,20}?((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)?\d{2}))?/iu;

export function planNameFromText(text: string): string | undefined {
  const m = TITLE.exec(text);
  if (!m?.[1]) return undefined;
  const to = m[2] && m[2].length === 2 ? `${m[1].slice(0, 2)}${m[2]}` : m[2];
  return `Handlingsplan ${m[1]}${to ? `–${to}` : ""}`;
}

/** The first plan name found in the rows above the header, else in the sheet's name. */
export function planNameFromTitleRows(
  rows: readonly (readonly SheetCell[])[],
  sheetName: string,
): string | undefined {
  for (const row of rows) {
    for (const cell of row) {
      const name = planNameFromText(cellText(cell));
      if (name) return name;
    }
  }
  return planNameFromText(sheetName);
}

/** "Handlingsplan 2017–2018" → 2017-01-01 … 2018-12-31; undefined without a year. */
export function periodFromPlanName(name: string): { from: LocalDate; to: LocalDate } | undefined {
  const years = /((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)\d{2}))?/u.exec(name);
  if (!years?.[1]) return undefined;
  return { from: `${years[1]}-01-01`, to: `${years[2] ?? years[1]}-12-31` };
}
