// Why a plan file cannot be read at all, as coded refusals with one polite Swedish text each: missing,
// the wrong kind, damaged, or larger than an import accepts. The limits are checked before any library
// unpacks or parses the file, so a few kilobytes that expand to gigabytes are refused, not read; they
// are generous for a real plan (a 10,000-row handlingsplan uses a fraction of each).

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
  | { code: "unreadable"; path: string; reason: string }
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

const SAVE_AGAIN =
  "Öppna den i Excel eller LibreOffice och spara den igen som .xlsx, eller spara bladet som CSV.";
// Thousands grouped as Swedes write them, with a plain space (the terminal copies it as typed).
const number = (n: number) => n.toLocaleString("sv-SE").replace(/\s/g, " ");
const mb = (bytes: number) => `${number(Math.round(bytes / (1024 * 1024)))} MB`;

/** `Blad "Plan", rad 12, kolumn C` as far as it is known. */
function where(r: { file: string; sheet?: string; row?: number; column?: string }): string {
  const parts = [
    // A CSV file is its one sheet.
    ...(r.sheet !== undefined && r.sheet !== r.file ? [`blad "${r.sheet}"`] : []),
    ...(r.row !== undefined ? [`rad ${r.row}`] : []),
    ...(r.column !== undefined ? [`kolumn ${r.column}`] : []),
  ];
  return parts.length ? ` (${parts.join(", ")})` : "";
}

export function planFileRefusalText(r: PlanFileRefusal): string {
  const L = PLAN_FILE_LIMITS;
  switch (r.code) {
    case "not_found":
      return `Hittar ingen fil som heter ${r.path}.`;
    case "is_directory":
      return `${r.path} är en mapp, inte en fil.`;
    case "not_a_file":
      return `${r.path} är ingen vanlig fil (utan till exempel en enhet eller en pipe). Spara planen som en fil och försök igen.`;
    case "unreadable":
      return `Kunde inte läsa ${r.path} (${r.reason}). Finns filen, och får du läsa den?`;
    case "empty":
      return `${r.file} är tom.`;
    case "file_too_large":
      return (
        `${r.file} är ${mb(r.bytes)}, och en handlingsplan som läses in får vara högst ${mb(L.fileBytes)}. ` +
        "Spara bara bladet med handlingsplanen, utan bilder och andra blad, och försök igen."
      );
    case "old_xls":
      return `${r.file} är en äldre Excel-fil (.xls). Öppna den i Excel eller LibreOffice och spara som .xlsx eller CSV.`;
    case "not_zip":
      return `${r.file} ser inte ut som en Excel-fil (.xlsx). Spara om den från Excel som .xlsx.`;
    case "xlsx_as_csv":
      return `${r.file} är en Excel-fil, inte CSV. Döp om den till .xlsx eller spara som CSV.`;
    case "unknown_type":
      return `${r.file} är varken en Excel-fil (.xlsx) eller en CSV-fil (.csv). Spara handlingsplanen i något av de formaten.`;
    case "not_text":
      return `${r.file} innehåller inte text och kan inte läsas som CSV. Spara handlingsplanen som CSV (UTF-8) eller .xlsx.`;
    case "zip_damaged":
      return `${r.file} är skadad eller ofullständig (kanske avbröts kopieringen) och kan inte packas upp. ${SAVE_AGAIN}`;
    case "not_workbook":
      return `${r.file} är en zip-fil men ingen Excel-arbetsbok. ${SAVE_AGAIN}`;
    case "no_sheets":
      return `${r.file} är en Excel-arbetsbok utan blad, så det finns inget att läsa in.`;
    case "too_many_entries":
      return `${r.file} består av ${number(r.entries)} delar; en arbetsbok som läses in får ha högst ${number(L.zipEntries)}. ${SAVE_AGAIN}`;
    case "entry_too_large":
      return (
        `${r.file} packas upp till mer än ${mb(L.entryBytes)} (delen ${r.entry}), mer än en handlingsplan ` +
        `behöver, så den läses inte in. ${SAVE_AGAIN}`
      );
    case "unpacked_too_large":
      return `${r.file} packas upp till mer än ${mb(L.unpackedBytes)}, mer än en handlingsplan behöver, så den läses inte in. ${SAVE_AGAIN}`;
    case "sheet_damaged":
      return `${r.file}: bladet "${r.sheet}" är skadat och kan inte läsas. ${SAVE_AGAIN}`;
    case "too_many_rows":
      return (
        `${r.file}: bladet "${r.sheet}" använder rader ända ned till rad ${number(r.row)}; en handlingsplan som ` +
        `läses in får ha högst ${number(L.rows)} rader. Ta bort tomma eller formaterade rader längst ned och försök igen.`
      );
    case "too_many_columns":
      return (
        `${r.file}${where({ file: r.file, sheet: r.sheet, ...(r.row !== undefined ? { row: r.row } : {}) })}: det finns något i ` +
        `kolumn ${r.column}; en handlingsplan som läses in får använda högst ${L.columns} kolumner. ` +
        "Ta bort innehållet längst till höger och försök igen."
      );
    case "too_many_cells":
      return `${r.file}: bladet "${r.sheet}" har fler än ${number(L.cells)} ifyllda celler, mer än en handlingsplan behöver, så filen läses inte in.`;
    case "merged_too_large":
      return (
        `${r.file}: bladet "${r.sheet}" har sammanfogade celler ${r.range} (${number(r.cells)} celler); ` +
        `sammanfogningar får täcka högst ${number(L.mergedCells)} celler. Dela upp de sammanfogade cellerna och försök igen.`
      );
    case "cell_too_long":
      return (
        `${r.file}${where(r)}: en cell har fler än ${number(L.cellChars)} tecken, det mesta Excel tillåter i en ` +
        "cell. Korta texten och försök igen."
      );
    case "workbook_unreadable":
      return `${r.file} gick inte att läsa som Excel-arbetsbok. ${SAVE_AGAIN}`;
    case "csv_unreadable":
      return `${r.file}${where(r)} gick inte att läsa som CSV. Spara handlingsplanen igen som CSV (UTF-8) eller .xlsx.`;
  }
}
