// A CSV file as a sheet: the encoding (UTF-8 with or without BOM, UTF-16 with BOM as Excel's "Unicode
// text", else Windows-1252/Latin-1) and the delimiter (; , or tab) are detected, never asked for.
import { parse } from "csv-parse/sync";
import type { SheetData } from "../core/plan-sheet/sheet.js";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/**
 * Decodes the bytes. A BOM decides; otherwise strict UTF-8 is tried, and bytes that are not valid
 * UTF-8 are read as Windows-1252 (a superset of Latin-1's printable characters, what Swedish Excel
 * writes as "CSV (semikolonavgränsad)"). Swedish text in Latin-1 is practically never valid UTF-8:
 * å, ä, ö are single bytes 0xE5, 0xE4, 0xF6 that UTF-8 only allows as the start of a 3-byte sequence.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
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

/** Every record becomes a row (blank lines too), so row numbers are the ones Excel shows. */
export function readCsv(bytes: Uint8Array, name: string): CsvSheet {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const records: string[][] = parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  });
  return { name, rows: records.map((r) => r.map((c) => (c.trim() === "" ? null : c))), encoding, delimiter };
}
