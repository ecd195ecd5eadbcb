// Dates and times as Swedes type them in chat: 2027-03-15, 15/3, 15/3-27, 15.3.2027, 15 mars, v12,
// idag, igår, fredag, nästa fredag, torsdag 2 mars, kl. 18-20. Pure calendar arithmetic on LocalDate
// strings: no clock, no time zone ("today" is passed in).

import {
  addDays,
  formatLocalDate,
  isoWeekDate,
  isoWeekday,
  isoWeekOf,
  isValidDate,
  MAX_YEAR,
  MIN_YEAR,
} from "./calendar.ts";
import type { LocalDate, LocalTime } from "./local-date.ts";
import { normalizeForMatch, stripTrailingPunctuation } from "./normalize-text.ts";

/**
 * A date was found (`byWeek` when it was given as a week number, whose Friday it is); or the words
 * clearly meant a date that does not exist (31/2, v54), or a weekday that the date does not fall on
 * (`wrongWeekday` is the date found, so a reply can name its real weekday).
 */
export type DateParse =
  | { ok: true; date: LocalDate; consumed: number; byWeek?: true }
  | { ok: false; consumed: number; wrongWeekday?: LocalDate };
export type TimeParse =
  | { ok: true; start: LocalTime; end?: LocalTime; consumed: number }
  | { ok: false; consumed: number };

const MONTHS: Record<string, number> = {};
const MONTH_WORDS: readonly (readonly string[])[] = [
  ["januari", "jan", "january"],
  ["februari", "feb", "february"],
  ["mars", "mar", "march"],
  ["april", "apr"],
  ["maj", "may"],
  ["juni", "jun", "june"],
  ["juli", "jul", "july"],
  ["augusti", "aug", "august"],
  ["september", "sep", "sept"],
  ["oktober", "okt", "october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];
MONTH_WORDS.forEach((words, i) => {
  for (const w of words) MONTHS[w] = i + 1;
});

const WEEK_WORDS = new Set(["v", "vecka", "veckan", "vn", "w", "week"]);

// Folded weekday words → ISO weekday (1 = Monday); the definite form ("fredagen") too.
const WEEKDAYS: Record<string, number> = {};
const WEEKDAY_WORDS: readonly (readonly string[])[] = [
  ["mandag", "mandagen", "man", "monday", "mon"],
  ["tisdag", "tisdagen", "tis", "tuesday", "tue"],
  ["onsdag", "onsdagen", "ons", "wednesday", "wed"],
  ["torsdag", "torsdagen", "tors", "tor", "thursday", "thu"],
  ["fredag", "fredagen", "fre", "friday", "fri"],
  ["lordag", "lordagen", "lor", "saturday", "sat"],
  ["sondag", "sondagen", "son", "sunday", "sun"],
];
WEEKDAY_WORDS.forEach((words, i) => {
  for (const w of words) WEEKDAYS[w] = i + 1;
});
const NEXT_WORDS = new Set(["nasta", "next"]);
// The plural, as in "varje måndag" said as "måndagar" or "mondays".
WEEKDAY_WORDS.forEach((words, i) => {
  const english = words.find((w) => w.endsWith("day")) ?? words[0];
  for (const w of [`${words[0]}ar`, `${words[0]}arna`, `${english}s`]) WEEKDAYS[w] ??= i + 1;
});

/** The ISO weekday (1 = Monday) a single word names ("torsdag", "torsdagar", "thursday"), if any. */
export function weekdayWord(word: string): number | undefined {
  return WEEKDAYS[stripTrailingPunctuation(normalizeForMatch(word))];
}

// Folded, punctuation-free tokens; a string input is split on whitespace.
function prepare(input: readonly string[] | string): string[] {
  const tokens = typeof input === "string" ? input.split(/\s+/).filter(Boolean) : input;
  return tokens.map((t) => stripTrailingPunctuation(normalizeForMatch(t)));
}

function yearToken(token: string | undefined): number | undefined {
  if (token === undefined || !/^\d{4}$/.test(token)) return undefined;
  const year = Number(token);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

// A day and month without a year: the next time it happens on or after today (29/2 waits for a leap year).
function nextOccurrence(month: number, day: number, today: LocalDate): LocalDate | null {
  const start = Number(today.slice(0, 4));
  for (let year = start; year <= start + 8; year++) {
    if (!isValidDate(year, month, day)) continue;
    const date = formatLocalDate(year, month, day);
    if (date >= today) return date;
  }
  return null;
}

function dayMonth(
  day: number,
  month: number,
  year: number | undefined,
  consumed: number,
  today: LocalDate,
): DateParse {
  if (year === undefined) {
    const date =
      month >= 1 && month <= 12 && day >= 1 && day <= 31 ? nextOccurrence(month, day, today) : null;
    return date ? { ok: true, date, consumed } : { ok: false, consumed };
  }
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidDate(year, month, day)) return { ok: false, consumed };
  return { ok: true, date: formatLocalDate(year, month, day), consumed };
}

// A week without a year: this ISO year's, unless its Friday has passed; then next ISO year's.
function weekFriday(week: number, year: number | undefined, consumed: number, today: LocalDate): DateParse {
  if (year !== undefined) {
    const date = isoWeekDate(year, week);
    return date ? { ok: true, date, consumed, byWeek: true } : { ok: false, consumed };
  }
  // A week this ISO year lacks (v53 in a 52-week year) is an error, not a jump a year or more ahead.
  const current = isoWeekOf(today).year;
  const thisYear = isoWeekDate(current, week);
  if (thisYear === null) return { ok: false, consumed };
  const date = thisYear >= today ? thisYear : isoWeekDate(current + 1, week);
  return date ? { ok: true, date, consumed, byWeek: true } : { ok: false, consumed };
}

/**
 * Reads a date from the start of `input`. Returns null when the words do not look like a date at all,
 * `{ ok: false }` when they do but name no real day (31/2, 2027-13-01, v54) or the wrong weekday for
 * the date (torsdag 2 mars in a year where it is a Tuesday), else the date and how many tokens it
 * used. A date in the past (an explicit year, igår) is accepted; judging it is the caller's business.
 */
export function parseSwedishDate(input: readonly string[] | string, today: LocalDate): DateParse | null {
  const t = prepare(input).slice(0, 8);
  const day = weekdayAt(t);
  if (!day) return dateAt(t, today);
  // "fredag", "nästa fredag", or a weekday in front of a date: "torsdag (den) 2 mars", "måndag v12".
  const dated = dateAt(t.slice(day.consumed), today);
  if (dated === null) {
    const date = day.next ? weekdayOfNextWeek(day.weekday, today) : nextWeekday(day.weekday, today);
    return { ok: true, date, consumed: day.consumed };
  }
  const consumed = day.consumed + dated.consumed;
  if (!dated.ok) return { ...dated, consumed };
  if (dated.byWeek)
    return {
      ok: true,
      date: addDays(dated.date, day.weekday - isoWeekday(dated.date)),
      consumed,
      byWeek: true,
    };
  if (isoWeekday(dated.date) !== day.weekday) return { ok: false, consumed, wrongWeekday: dated.date };
  return { ok: true, date: dated.date, consumed };
}

/** A weekday word at the start, after "nästa" or "på" if there: "fredag", "nästa fredag", "på fre". */
function weekdayAt(t: readonly string[]): { weekday: number; next: boolean; consumed: number } | null {
  const lead = NEXT_WORDS.has(t[0] ?? "") || t[0] === "pa" ? 1 : 0;
  const weekday = WEEKDAYS[t[lead] ?? ""];
  if (weekday === undefined) return null;
  return { weekday, next: lead === 1 && t[0] !== "pa", consumed: lead + 1 };
}

/** The first day after today with this ISO weekday: "fredag" typed on a Friday is next week's. */
function nextWeekday(weekday: number, today: LocalDate): LocalDate {
  return addDays(today, ((weekday - isoWeekday(today) + 6) % 7) + 1);
}

/** "nästa fredag": the Friday of next week (ISO weeks begin on Monday). */
function weekdayOfNextWeek(weekday: number, today: LocalDate): LocalDate {
  return addDays(today, 7 - isoWeekday(today) + weekday);
}

function dateAt(all: readonly string[], today: LocalDate): DateParse | null {
  const skip = all[0] === "den" && all.length > 1 ? 1 : 0; // "den 15 mars"
  const found = parseAt(all.slice(skip, skip + 4), today);
  return found && { ...found, consumed: found.consumed + skip };
}

// A year typed with two digits (15/3-27) is this century's.
const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

function parseAt(t: readonly string[], today: LocalDate): DateParse | null {
  const [a = "", b, c] = t;
  if (a === "idag" || a === "today") return { ok: true, date: today, consumed: 1 };
  if (a === "imorgon" || a === "tomorrow") return { ok: true, date: addDays(today, 1), consumed: 1 };
  if (a === "overmorgon") return { ok: true, date: addDays(today, 2), consumed: 1 };
  if (a === "igar" || a === "yesterday") return { ok: true, date: addDays(today, -1), consumed: 1 };
  if (a === "forrgar") return { ok: true, date: addDays(today, -2), consumed: 1 };
  if (a === "i" && b === "dag") return { ok: true, date: today, consumed: 2 };
  if (a === "i" && b === "morgon") return { ok: true, date: addDays(today, 1), consumed: 2 };
  if (a === "i" && b === "overmorgon") return { ok: true, date: addDays(today, 2), consumed: 2 };
  if (a === "i" && b === "gar") return { ok: true, date: addDays(today, -1), consumed: 2 };
  if (a === "i" && b === "forrgar") return { ok: true, date: addDays(today, -2), consumed: 2 };

  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(a);
  if (m) return dayMonth(Number(m[3]), Number(m[2]), Number(m[1]), 1, today);
  m = /^(\d{4})-?w(\d{1,2})$/.exec(a); // ISO "2027-W12"
  if (m) return weekFriday(Number(m[2]), Number(m[1]), 1, today);
  // "15/3", "15/3 2027", "15/3/2027", "15/3-2027", "15/3-27"; "15.3", "15.3.2027", "15.3.27"
  m =
    /^(\d{1,2})\/(\d{1,2})(?:[/-](\d{4}|\d{2}))?$/.exec(a) ??
    /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?$/.exec(a);
  if (m) {
    if (m[3] !== undefined) return dayMonth(Number(m[1]), Number(m[2]), fullYear(m[3]), 1, today);
    const year = yearToken(b);
    return dayMonth(Number(m[1]), Number(m[2]), year, year === undefined ? 1 : 2, today);
  }
  m = /^(\d{1,2})(?::[ae])?$/.exec(a); // "15", "1:a", "15:e"
  const month = b === undefined ? undefined : MONTHS[b];
  if (m && month !== undefined) {
    const year = yearToken(c);
    return dayMonth(Number(m[1]), month, year, year === undefined ? 2 : 3, today);
  }
  m = /^(?:v|vecka|w|week)\.?(\d{1,2})$/.exec(a); // "v12", "v.12"
  if (m) {
    const year = yearToken(b);
    return weekFriday(Number(m[1]), year, year === undefined ? 1 : 2, today);
  }
  if (WEEK_WORDS.has(a) && b !== undefined && /^\d{1,2}$/.test(b)) {
    const year = yearToken(c);
    return weekFriday(Number(b), year, year === undefined ? 2 : 3, today);
  }
  return null;
}

const TIME_ATOM = /^(\d{1,2})(?:[:.](\d{2}))?$/;
const RANGE_WORDS = new Set(["-", "till", "to"]);

// "18" → "18:00", "18.30" → "18:30"; null if the shape is wrong, "invalid" if it is no real time.
function timeAtom(text: string | undefined): LocalTime | "invalid" | null {
  const m = text === undefined ? null : TIME_ATOM.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return "invalid";
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * Reads a time or time span from the start of `input`: `18`, `18:00`, `18.30`, `kl 18`, `kl. 18-20`,
 * `18:00-20:00`, `18 – 20`, `18 till 20`. Null when it does not look like a time; `{ ok: false }` when it
 * does but is impossible (25:00, 18:75, an end not after the start, `kl` followed by nothing usable).
 */
export function parseTime(input: readonly string[] | string): TimeParse | null {
  const tokens = typeof input === "string" ? input.split(/\s+/).filter(Boolean) : input;
  const t = tokens.slice(0, 5).map((x) => normalizeForMatch(x).replace(/[,;:!?]+$/, ""));
  let skip = 0;
  const klGlued = /^(?:kl|klockan)\.?(\d.*)$/.exec(t[0] ?? "");
  if (klGlued?.[1] !== undefined) t[0] = klGlued[1];
  else if (/^(?:kl|klockan)\.?$/.test(t[0] ?? "")) skip = 1;
  const rest = t.slice(skip).map((x) => (x.endsWith(".") ? x.slice(0, -1) : x));
  const found = spanAt(rest);
  if (found === null) return skip ? { ok: false, consumed: skip + (rest.length ? 1 : 0) } : null;
  return { ...found, consumed: found.consumed + skip };
}

function spanAt(t: readonly string[]): TimeParse | null {
  const [a = "", b, c] = t;
  let start: string | undefined = a;
  let end: string | undefined;
  let consumed = 1;
  const glued = /^([\d:.]+)-([\d:.]*)$/.exec(a); // "18-20" or "18-"
  if (glued) {
    start = glued[1];
    end = glued[2] || b;
    consumed = glued[2] ? 1 : b === undefined ? 1 : 2;
  } else if (b !== undefined && /^-[\d:.]+$/.test(b)) {
    end = b.slice(1);
    consumed = 2;
  } else if (b !== undefined && RANGE_WORDS.has(b) && c !== undefined && TIME_ATOM.test(c)) {
    end = c;
    consumed = 3;
  }
  const s = timeAtom(start);
  if (s === null) return glued ? { ok: false, consumed } : null;
  if (end === undefined) return s === "invalid" ? { ok: false, consumed } : { ok: true, start: s, consumed };
  const e = timeAtom(end);
  if (s === "invalid" || e === "invalid" || e === null || e <= s) return { ok: false, consumed };
  return { ok: true, start: s, end: e, consumed };
}
