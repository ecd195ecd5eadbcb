// A CSV file as a sheet: the encoding (UTF-8 with or without BOM, UTF-16 with or without BOM as Excel's
// "Unicode text", else Windows-1252/Latin-1) and the delimiter (; , or tab) are detected, never asked
// for. Line endings are made one kind first (a file edited on two systems mixes them), and the size of
// rows and fields is checked before csv-parse builds anything.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { PLAN_FILE_LIMITS as L } from "../core/plan-sheet/plan-file-refusal.ts";
import { columnLetter, type SheetData } from "../core/plan-sheet/sheet.ts";
import { PlanFileError } from "./plan-file-error.ts";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Decodes the bytes. A BOM decides; then UTF-16 without a BOM is recognised by its zero bytes; otherwise
 * strict UTF-8 is tried, and bytes that are not valid UTF-8 are read as Windows-1252 (a superset of
 * Latin-1's printable characters, what Swedish Excel writes as "CSV (semikolonavgränsad)"). Swedish text
 * in Latin-1 is practically never valid UTF-8: å, ä, ö are single bytes 0xE5, 0xE4, 0xF6 that UTF-8 only
 * allows as the start of a 3-byte sequence. Windows-1252 is decoded by iconv-lite, because Node 20's
 * TextDecoder reads its – ” € (0x80–0x9F) as Latin-1 control characters. Undefined when the bytes are
 * not text.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      return undefined;
    }
  }
  if (hasNul(bytes)) return undefined;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "windows-1252"), encoding: "windows-1252" };
  }
}

const SAMPLE = 4096;

/**
 * UTF-16 saved without a BOM: text in the Latin range has a zero byte in every other position (the
 * high byte), odd positions for little-endian and even for big-endian, and almost none in the others.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.3 && even <= odd * 0.05) return "utf-16le";
  if (even >= pairs * 0.3 && odd <= even * 0.05) return "utf-16be";
  return undefined;
}

// NUL bytes outside UTF-16 mean the file is not text.
function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

const DELIMITERS = [";", ",", "\t"] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

// Fields per line outside quotes, for the first lines (a quoted field may span lines).
function fieldCounts(text: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let fields = 1;
  let lineHasText = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) fields++;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      if (lineHasText || fields > 1) counts.push(fields);
      fields = 1;
      lineHasText = false;
      continue;
    }
    if (ch !== " ") lineHasText = true;
  }
  if ((lineHasText || fields > 1) && counts.length < maxLines) counts.push(fields);
  return counts;
}

/**
 * The delimiter that splits the most lines into the same number (> 1) of fields; Excel pads every row
 * of a sheet to the same width, while commas inside Swedish text do not line up. Ties go to `;`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ";", score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(text, delimiter, 50);
    const tally = new Map<number, number>();
    for (const n of counts) if (n > 1) tally.set(n, (tally.get(n) ?? 0) + 1);
    const score = Math.max(0, ...[...tally.entries()].map(([n, lines]) => lines * 1000 + n));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

export interface CsvSheet extends SheetData {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

/** "\r\n", "\r" and "\n" as one kind, inside quoted fields too (a cell's line break is only whitespace here). */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Rows, fields per row and field length, counted the way csv-parse will split the text (a quote opens
 * a quoted field only at its start), before it allocates a string for any of them.
 */
function checkCsvSize(text: string, delimiter: string, file: string): void {
  let row = 1;
  let field = 1;
  let length = 0;
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (ch === "\n") row++;
      length++;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
      continue;
    } else if (ch === delimiter) {
      if (++field > L.columns)
        throw new PlanFileError({
          code: "too_many_columns",
          file,
          sheet: file,
          row,
          column: columnLetter(field - 1),
        });
      length = 0;
      atStart = true;
      continue;
    } else if (ch === "\n") {
      if (++row > L.rows) throw new PlanFileError({ code: "too_many_rows", file, sheet: file, row });
      field = 1;
      length = 0;
      atStart = true;
      continue;
    } else length++;
    atStart = false;
    if (length > L.cellChars)
      throw new PlanFileError({
        code: "cell_too_long",
        file,
        sheet: file,
        row,
        column: columnLetter(field - 1),
      });
  }
}

/** Every record becomes a row (blank lines too), so row numbers are the ones Excel shows. */
export function readCsv(bytes: Uint8Array, name: string): CsvSheet {
  const decoded = decodeCsv(bytes);
  if (!decoded) throw new PlanFileError({ code: "not_text", file: name });
  const text = normalizeLineEndings(decoded.text);
  const delimiter = detectDelimiter(text);
  checkCsvSize(text, delimiter, name);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: "\n",
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    });
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new PlanFileError({
      code: "csv_unreadable",
      file: name,
      ...(typeof line === "number" ? { sheet: name, row: line } : {}),
    });
  }
  return {
    name,
    rows: records.map((r) => r.map((c) => (c.trim() === "" ? null : c))),
    encoding: decoded.encoding,
    delimiter,
  };
}
