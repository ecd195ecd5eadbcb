// Reads a plan file into sheets: .xlsx through exceljs, .csv (and .txt) through csv-parse. The content
// is checked, not only the name, so a renamed or old-format file gets a clear message instead of a crash.
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { SheetData } from "../core/plan-sheet/sheet.js";
import { readCsv } from "./read-csv.js";
import { readXlsx } from "./read-xlsx.js";

/** A file that cannot be read as a plan at all; the message is for the user, in Swedish. */
export class PlanFileError extends Error {
  override readonly name = "PlanFileError";
}

export interface PlanFile {
  kind: "xlsx" | "csv";
  sheets: SheetData[];
  /** For CSV: what was detected, for the user's information. */
  detected?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls (Excel 97–2003)

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function readPlanFile(path: string): Promise<PlanFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanFileError(
      code === "ENOENT"
        ? `Hittar ingen fil som heter ${path}.`
        : code === "EISDIR"
          ? `${path} är en mapp, inte en fil.`
          : `Kunde inte läsa ${path} (${code ?? (error as Error).message}).`,
    );
  }
  return parsePlanBytes(bytes, basename(path));
}

export async function parsePlanBytes(bytes: Uint8Array, fileName: string): Promise<PlanFile> {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length === 0) throw new PlanFileError(`${fileName} är tom.`);
  if (startsWith(bytes, OLE))
    throw new PlanFileError(
      `${fileName} är en äldre Excel-fil (.xls). Öppna den i Excel eller LibreOffice och spara som .xlsx eller CSV.`,
    );
  if (ext === ".xlsx" || ext === ".xlsm") {
    if (!startsWith(bytes, ZIP))
      throw new PlanFileError(
        `${fileName} ser inte ut som en Excel-fil (.xlsx). Spara om den från Excel som .xlsx.`,
      );
    try {
      return { kind: "xlsx", sheets: await readXlsx(bytes) };
    } catch (error) {
      throw new PlanFileError(`${fileName} gick inte att läsa som Excel-fil: ${(error as Error).message}`);
    }
  }
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") {
    if (startsWith(bytes, ZIP))
      throw new PlanFileError(
        `${fileName} är en Excel-fil, inte CSV. Döp om den till .xlsx eller spara som CSV.`,
      );
    if (looksBinary(bytes))
      throw new PlanFileError(`${fileName} innehåller inte text och kan inte läsas som CSV.`);
    try {
      const sheet = readCsv(bytes, basename(fileName));
      const delimiter = sheet.delimiter === "\t" ? "tab" : sheet.delimiter;
      return { kind: "csv", sheets: [sheet], detected: `${sheet.encoding}, avgränsare ${delimiter}` };
    } catch (error) {
      throw new PlanFileError(`${fileName} gick inte att läsa som CSV: ${(error as Error).message}`);
    }
  }
  throw new PlanFileError(
    `${fileName} är varken en Excel-fil (.xlsx) eller en CSV-fil (.csv). Spara handlingsplanen i något av de formaten.`,
  );
}

// NUL bytes outside a UTF-16 file mean it is not text.
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
