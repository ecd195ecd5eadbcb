// Why a plan file cannot be read at all, as coded refusals whose texts are in the catalogue
// (`imports.refusal`): missing, the wrong kind, damaged, or larger than an import accepts. The limits
// are checked before any library unpacks or parses the file, so a few kilobytes that expand to
// gigabytes are refused, not read; they are generous for a real plan (a 10,000-row handlingsplan uses
// a fraction of each).

export const PLAN_FILE_LIMITS = {
  /** The file as it lies on disk. */
  fileBytes: 20 * 1024 * 1024,
  /** Parts (entries) of an xlsx zip. */
  zipEntries: 2_000,
  /** One part of an xlsx, unpacked. */
  entryBytes: 64 * 1024 * 1024,
  /** All parts of an xlsx together, unpacked. */
  unpackedBytes: 128 * 1024 * 1024,
  /** The highest row number used in a sheet. */
  rows: 100_000,
  /** The highest column used in a sheet (200 is column GR). */
  columns: 200,
  /** Filled cells of a workbook, merged ranges counted by their area. */
  cells: 400_000,
  /** Cells covered by merged ranges, all ranges of a sheet together. */
  mergedCells: 100_000,
  /** Characters in one cell (Excel's own limit). */
  cellChars: 32_767,
} as const;

export type PlanFileRefusal =
  | { code: "not_found"; path: string }
  | { code: "is_directory"; path: string }
  | { code: "not_a_file"; path: string }
  | { code: "unreadable"; path: string; reason?: string }
  | { code: "empty"; file: string }
  | { code: "file_too_large"; file: string; bytes: number }
  | { code: "old_xls"; file: string }
  | { code: "not_zip"; file: string }
  | { code: "xlsx_as_csv"; file: string }
  | { code: "unknown_type"; file: string }
  | { code: "not_text"; file: string }
  | { code: "zip_damaged"; file: string }
  | { code: "not_workbook"; file: string }
  | { code: "no_sheets"; file: string }
  | { code: "too_many_entries"; file: string; entries: number }
  | { code: "entry_too_large"; file: string; entry: string }
  | { code: "unpacked_too_large"; file: string }
  | { code: "sheet_damaged"; file: string; sheet: string }
  | { code: "too_many_rows"; file: string; sheet: string; row: number }
  | { code: "too_many_columns"; file: string; sheet: string; row?: number; column: string }
  | { code: "too_many_cells"; file: string; sheet: string }
  | { code: "merged_too_large"; file: string; sheet: string; range: string; cells: number }
  | { code: "cell_too_long"; file: string; sheet?: string; row?: number; column?: string }
  | { code: "workbook_unreadable"; file: string }
  | { code: "csv_unreadable"; file: string; sheet?: string; row?: number };
