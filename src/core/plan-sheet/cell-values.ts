// Reading one cell: text, an activity number, a date (Date cell, Excel serial number or Swedish text),
// a status word, a list of owners. Each reader returns a value or a message, in the texts' language,
// saying what is wrong.
import type { Messages } from "../../texts/index.ts";
import type { ActivityStatus } from "../activity-status.ts";
import { formatLocalDate, isValidDate, MAX_YEAR, MIN_YEAR } from "../calendar.ts";
import type { LocalDate } from "../local-date.ts";
import { parseStatus, suggestStatus } from "../status-vocabulary.ts";
import { parseSwedishDate } from "../swedish-dates.ts";
import { OWNER_SEPARATOR } from "./plan-vocabulary.ts";
import type { SheetCell } from "./sheet.ts";

export type CellRead<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/** The cell as one line of text, whitespace collapsed; "" for an empty cell. */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, " ").trim();
}

const LEADING_NUMBER = /^(\d{1,6})\s*[.):]\s+(\S.*)$/su;

/** "13. Se över föreningsregistret" → 13 and the text after the number. */
export function splitLeadingNumber(text: string): { number: number; rest: string } | undefined {
  const m = LEADING_NUMBER.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const number = Number(m[1]);
  return number > 0 ? { number, rest: m[2].trim() } : undefined;
}

/** An activity number from a Nr cell: 13, "13", "13." */
export function readNumber(cell: SheetCell | undefined, t: Messages): CellRead<number> {
  const text = cellText(cell);
  if (!text) return { ok: true, value: undefined };
  const n = typeof cell === "number" ? cell : /^\d{1,6}\.?$/.test(text) ? Number(text.replace(".", "")) : NaN;
  if (Number.isInteger(n) && n > 0 && n <= 999_999) return { ok: true, value: n };
  return { ok: false, message: t.imports.cell.notANumber(text) };
}

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30); // serial 0; serial 60 is Lotus' 29 Feb 1900
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/** An Excel serial day number as a calendar date (1900 or 1904 date system). */
export function excelSerialToLocalDate(serial: number, date1904 = false): LocalDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const d = new Date((date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900) + Math.floor(serial) * DAY_MS);
  return formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A deadline: a date cell (read as the calendar day it shows), an Excel serial number, or a date as
 * Swedes write it. A date without a year is the next such day after `today`.
 */
export function readDate(
  cell: SheetCell | undefined,
  today: LocalDate,
  t: Messages,
  date1904 = false,
): CellRead<LocalDate> {
  const says = t.imports.cell;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: says.unreadableDate };
    // Spreadsheet dates carry no zone; readers hand them over as midnight UTC of the day shown.
    return { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  if (typeof cell === "number") {
    const date = excelSerialToLocalDate(cell, date1904);
    return date ? { ok: true, value: date } : { ok: false, message: says.serialNotDate(cell) };
  }
  const text = cellText(cell).replace(/[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/, "");
  if (!text) return { ok: true, value: undefined };
  if (/^\d{5}(?:[.,]\d+)?$/.test(text)) return readDate(Number(text.replace(",", ".")), today, t, date1904);
  const dotted = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (dotted) {
    const [y, m, d] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    return isValidDate(y, m, d) && y >= MIN_YEAR && y <= MAX_YEAR
      ? { ok: true, value: formatLocalDate(y, m, d) }
      : { ok: false, message: says.noSuchDate(text) };
  }
  const words = text.split(/\s+/);
  const parsed = parseSwedishDate(words, today);
  if (parsed?.ok && parsed.consumed === words.length) return { ok: true, value: parsed.date };
  if (parsed && !parsed.ok) return { ok: false, message: says.noSuchDate(text) };
  return { ok: false, message: says.notADate(text) };
}

/** A status through the core's vocabulary: "Pågår", "klart", "ej påbörjad", "done". */
export function readStatus(cell: SheetCell | undefined, t: Messages): CellRead<ActivityStatus> {
  const text = cellText(cell);
  if (!text) return { ok: true, value: undefined };
  const words = text.split(/\s+/);
  const parsed = parseStatus(words);
  if (parsed && parsed.consumed === words.length) return { ok: true, value: parsed.status };
  const guess = suggestStatus(text);
  const suggestion = guess ? t.status.label[guess] : undefined;
  return { ok: false, message: t.imports.cell.notAStatus(text, t.status.choices, suggestion) };
}

/** Owners as names or e-mail addresses: "Anna Fogel, tina@example.se; Helena Astvald och KG Granberg". */
export function readOwners(cell: SheetCell | undefined): string[] {
  const raw = typeof cell === "string" ? cell : cellText(cell);
  return raw
    .split(OWNER_SEPARATOR)
    .map((s) =>
      s
        .replace(/^mailto:/i, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
}
