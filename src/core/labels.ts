// Swedish labels for stored values, shared by every reply.
import type { Party } from "./command.ts";
import type { LocalTime } from "./local-date.ts";

export const PARTY_LABEL: Record<Party, string> = {
  stad: "Kommunen",
  civilsamhalle: "Civilsamhället",
  gemensamt: "Gemensamt",
};

export const ROLE_LABEL: Record<string, string> = {
  medlem: "medlem",
  samordnare: "samordnare",
  admin: "administratör",
};

const MONTHS = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];
const WEEKDAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

/** "15 mars 2027" — how a date reads in a Swedish sentence. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "måndag 2 maj 2027" */
export function formatDateWithWeekday(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return `${WEEKDAYS[weekday]} ${formatDate(date)}`;
}

/** How much of what someone typed an error reply quotes back. */
export const EXCERPT_LENGTH = 40;

const graphemes = new Intl.Segmenter("sv", { granularity: "grapheme" });

/**
 * What was typed, as a reply quotes it: whitespace collapsed, and past `max` characters (as people
 * see them: an emoji with its skin tone is one) cut at the last word boundary, with "…". A pasted
 * page is not echoed back whole.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  // Only the start can be quoted: a huge paste is not segmented whole.
  const head = text.length > max * 8 ? text.slice(0, max * 8) : text;
  const chars = Array.from(graphemes.segment(head.replace(/\s+/g, " ").trim()), (s) => s.segment);
  if (head === text && chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "kl. 12:00" or "kl. 09:00–11:00" */
export function clockText(time: { start: LocalTime; end?: LocalTime | undefined }): string {
  return time.end ? `kl. ${time.start}–${time.end}` : `kl. ${time.start}`;
}

/** The weekday of a date, "tisdag". */
export function weekdayName(date: string): string {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? "";
}

/** "1–14" or "1–9, 11–14": a compact list of activity numbers for error messages. */
export function formatNumberRanges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || prev === undefined) break;
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    ranges.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return ranges.join(", ");
}

/** "Anna, Helena och Tina" */
export function joinSwedish(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}
