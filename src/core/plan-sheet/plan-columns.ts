// The columns of a handlingsplan sheet and the headings people give them (plan-vocabulary.ts). Headings
// are compared folded (case, å/ä/ö, punctuation and spacing ignored), so "Ansvarig
// förvaltning/förening/org." and "ANSVARIG FORVALTNING" are one column; the longest known heading that
// starts a cell wins.
import { normalizeForMatch } from "../normalize-text.ts";
import { COLUMN_HEADINGS } from "./plan-vocabulary.ts";
import type { SheetCell } from "./sheet.ts";

export const PLAN_COLUMNS = [
  "number",
  "principle",
  "party",
  "activity",
  "commitment",
  "responsibleOrg",
  "commissioner",
  "partners",
  "followUp",
  "owners",
  "dueDate",
  "status",
  /** A principle's goals: a row with only this column (and perhaps Princip) filled is a goal. */
  "goal",
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** Folded text with punctuation turned into spaces: "Ansvarig förvaltning/förening/org." → "ansvarig forvaltning forening org". */
export function foldHeading(text: string): string {
  return normalizeForMatch(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const ALL_HEADINGS: { folded: string; column: PlanColumn }[] = PLAN_COLUMNS.flatMap((column) =>
  COLUMN_HEADINGS[column].map((folded) => ({ folded, column })),
).sort((a, b) => b.folded.length - a.folded.length);

/** The column a heading names, if any. */
export function matchHeading(text: string): PlanColumn | undefined {
  const folded = foldHeading(text);
  if (!folded) return undefined;
  return ALL_HEADINGS.find((h) => folded === h.folded || folded.startsWith(`${h.folded} `))?.column;
}

export interface HeaderRow {
  /** 0-based index in the sheet's rows. */
  index: number;
  /** Column key → 0-based cell index. The first cell naming a column wins; others are ignored. */
  columns: Partial<Record<PlanColumn, number>>;
  /** The heading as written, per column, for messages. */
  labels: Partial<Record<PlanColumn, string>>;
}

export function matchHeaderCells(cells: readonly SheetCell[]): Omit<HeaderRow, "index"> {
  const columns: Partial<Record<PlanColumn, number>> = {};
  const labels: Partial<Record<PlanColumn, string>> = {};
  cells.forEach((cell, i) => {
    if (typeof cell !== "string") return;
    const column = matchHeading(cell);
    if (column && columns[column] === undefined) {
      columns[column] = i;
      labels[column] = cell.replace(/\s+/g, " ").trim();
    }
  });
  return { columns, labels };
}

/** How far down a header row is looked for (title rows, decisions, blank lines come first). */
export const HEADER_SEARCH_ROWS = 40;

/**
 * The first row that names the Aktivitet column and at least one other known column. Title rows above
 * it ("Handlingsplan 2017-2018", "Beslutad av …") are skipped.
 */
export function findHeaderRow(rows: readonly (readonly SheetCell[])[]): HeaderRow | undefined {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const found = matchHeaderCells(rows[index] ?? []);
    if (found.columns.activity !== undefined && Object.keys(found.columns).length >= 2)
      return { index, ...found };
  }
  return undefined;
}

/** True for a row that repeats the header (sheets printed over several pages repeat it). */
export function isRepeatedHeader(cells: readonly SheetCell[], header: HeaderRow): boolean {
  const activity = cells[header.columns.activity ?? -1];
  if (typeof activity !== "string" || activity.length > 80 || matchHeading(activity) !== "activity")
    return false;
  const again = matchHeaderCells(cells);
  const keys = Object.keys(header.columns) as PlanColumn[];
  const same = keys.filter((k) => again.columns[k] === header.columns[k]).length;
  return again.columns.activity === header.columns.activity && same >= Math.min(2, keys.length);
}
