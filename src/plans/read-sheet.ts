// Reads a plan file into sheets: .xlsx through exceljs, .csv (and .txt) through csv-parse. The content
// is checked, not only the name, so a renamed or old-format file gets a clear message instead of a crash,
// and sizes are checked before anything is unpacked or parsed (plan-file-refusal.ts has the limits).
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { PLAN_FILE_LIMITS } from "../core/plan-sheet/plan-file-refusal.ts";
import type { SheetData } from "../core/plan-sheet/sheet.ts";
import { checkXlsx } from "./check-xlsx.ts";
import { PlanFileError } from "./plan-file-error.ts";
import { readCsv } from "./read-csv.ts";
import { readXlsx } from "./read-xlsx.ts";

export { PlanFileError } from "./plan-file-error.ts";

export interface PlanFile {
  kind: "xlsx" | "csv";
  sheets: SheetData[];
  /** For CSV: what was detected, for the user's information. */
  detected?: { encoding: string; delimiter: string };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls (Excel 97–2003)

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function readPlanFile(path: string): Promise<PlanFile> {
  return parsePlanBytes(await readPlanFileBytes(path), basename(path));
}

/** A plan file's bytes from disk, refused (PlanFileError) before reading when it cannot be a plan. */
export async function readPlanFileBytes(
  path: string,
  limit = PLAN_FILE_LIMITS.fileBytes,
): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PlanFileError({ code: "is_directory", path });
    // A device or a pipe has no size to check and may never end (/dev/zero): only regular files are read.
    if (!info.isFile()) throw new PlanFileError({ code: "not_a_file", path });
    // Before reading: a file too large to be a plan is not read into memory at all.
    if (info.size > limit)
      throw new PlanFileError({ code: "file_too_large", file: basename(path), bytes: info.size });
    return await readFile(path);
  } catch (error) {
    if (error instanceof PlanFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new PlanFileError({ code: "not_found", path });
    if (code === "EISDIR") throw new PlanFileError({ code: "is_directory", path });
    throw new PlanFileError({ code: "unreadable", path, ...(code ? { reason: code } : {}) });
  }
}

export async function parsePlanBytes(bytes: Uint8Array, fileName: string): Promise<PlanFile> {
  const ext = extname(fileName).toLowerCase();
  const file = fileName;
  if (bytes.length === 0) throw new PlanFileError({ code: "empty", file });
  if (bytes.length > PLAN_FILE_LIMITS.fileBytes)
    throw new PlanFileError({ code: "file_too_large", file, bytes: bytes.length });
  if (startsWith(bytes, OLE)) throw new PlanFileError({ code: "old_xls", file });
  if (ext === ".xlsx" || ext === ".xlsm") {
    if (!startsWith(bytes, ZIP)) throw new PlanFileError({ code: "not_zip", file });
    await checkXlsx(bytes, file);
    let sheets: SheetData[];
    try {
      sheets = await readXlsx(bytes);
    } catch {
      // Within the limits but still not something exceljs can read: say so in the reader's words.
      throw new PlanFileError({ code: "workbook_unreadable", file });
    }
    if (sheets.length === 0) throw new PlanFileError({ code: "no_sheets", file });
    return { kind: "xlsx", sheets };
  }
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") {
    if (startsWith(bytes, ZIP)) throw new PlanFileError({ code: "xlsx_as_csv", file });
    const sheet = readCsv(bytes, basename(fileName));
    return {
      kind: "csv",
      sheets: [sheet],
      detected: { encoding: sheet.encoding, delimiter: sheet.delimiter },
    };
  }
  throw new PlanFileError({ code: "unknown_type", file });
}
